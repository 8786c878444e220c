// Summary mode: the national company table and the national ranking as CSV or XLSX, every
// company of the nation. Written in the summary worker, which holds the table; the bytes come
// back in parts and are saved as one file, with the share written shown meanwhile.
import { useId, useState } from "react";
import type { SummaryDownloadFormat, SummaryDownloadTable } from "../../app/summary/summaryService.ts";
import { summaryReading } from "../../graph/summary/columns.ts";
import { downloadBlob } from "../dialogs/download.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import "./summary.css";

const TABLES: SummaryDownloadTable[] = ["ranking", "companies"];
const FORMATS: SummaryDownloadFormat[] = ["csv", "xlsx"];

interface Done {
  file: string;
  rows: number;
  bytes: number;
  table: SummaryDownloadTable;
  format: SummaryDownloadFormat;
}

/** `tables`: which tables it offers (the Ranking tab: the ranking alone). */
export function SummaryDownloads({ tables = TABLES }: { tables?: readonly SummaryDownloadTable[] }) {
  const t = useT();
  const hintId = useId();
  const app = useApp();
  const count = useAtlas((s) => (s.summary && !summaryReading(s.summary) ? s.summary.companies.count : null));
  const [busy, setBusy] = useState<{ table: SummaryDownloadTable; format: SummaryDownloadFormat; percent: number } | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (count === null) return null;
  const tableName = (table: SummaryDownloadTable) => t(table === "ranking" ? "summary.download.ranking" : "summary.download.companies");
  const run = async (table: SummaryDownloadTable, format: SummaryDownloadFormat) => {
    setDone(null);
    setError(null);
    setBusy({ table, format, percent: 0 });
    try {
      const file = await app.summary.download(table, format, (fraction) => {
        const percent = Math.floor(fraction * 100);
        setBusy((b) => (b && b.percent !== percent ? { ...b, percent } : b));
      });
      downloadBlob(file.name, file.blob);
      setDone({ file: file.name, rows: file.rows, bytes: file.bytes, table, format });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <fieldset data-testid="summary-downloads" aria-describedby={hintId} className="summary-downloads">
      <legend>{t("summary.download.title")}</legend>
      <p className="muted" id={hintId}>{t("summary.download.hint", { count })}</p>
      <div className="summary-download-buttons">
        {tables.flatMap((table) =>
          FORMATS.map((format) => (
            <button key={`${table}-${format}`} type="button" disabled={busy !== null} onClick={() => void run(table, format)} data-testid={`summary-download-${table}-${format}`}>
              {t("summary.download.button", { table: tableName(table), format: format.toUpperCase() })}
            </button>
          )),
        )}
      </div>
      {busy && (
        <div className="notice progress" role="progressbar" aria-valuenow={busy.percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("summary.download.title")} data-testid="summary-download-progress">
          <span>{t("summary.download.working", { table: tableName(busy.table), format: busy.format.toUpperCase(), percent: busy.percent })}</span>
          <span className="bar"><span style={{ width: `${busy.percent}%` }} /></span>
        </div>
      )}
      {error && <p className="notice error" role="alert">{t("summary.download.failed", { message: error })}</p>}
      {done && (
        <p role="status" data-testid="summary-download-result" data-file={done.file} data-rows={done.rows} data-bytes={done.bytes} data-table={done.table} data-format={done.format}>
          {t("summary.download.done", { file: done.file, rows: done.rows })}
        </p>
      )}
    </fieldset>
  );
}
