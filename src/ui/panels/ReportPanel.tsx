import type { ImportIssue } from "../../model/types.ts";
import { reportToCsv } from "../../io/write/reportCsv.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { downloadText } from "../dialogs/download.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { Dialog } from "../dialogs/Dialog.tsx";
import { useFieldLabel } from "../useFieldLabel.ts";

const ENCODINGS = new Set(["utf-8", "utf-8-bom", "euc-kr", "utf-16le", "utf-16be", "parquet", "arrow"]);

/** The reader's encoding name in words; a name it may add later is shown as it is. */
function encodingText(t: ReturnType<typeof useT>, encoding: string): string {
  return ENCODINGS.has(encoding) ? t(`report.encoding.${encoding}` as MessageKey) : t("report.encoding.other", { encoding });
}

/** Rows drawn in the dialog; the CSV always has every row. */
const SHOWN_ROWS = 300;

export function ReportPanel() {
  const t = useT();
  const field = useFieldLabel();
  // The fields an issue names, in the UI's words (시도, not "division"); the CSV keeps the English detail.
  const detailOf = (issue: ImportIssue) =>
    issue.named
      ? issue.named.map((n) => (n.value === undefined ? field(n.field) : `${field(n.field)} ${n.value || t("report.emptyValue")}`)).join(", ")
      : issue.detail;
  const actions = useActions();
  const report = useAtlas((s) => s.report);
  const open = useAtlas((s) => s.reportOpen);
  if (!open || !report) return null;
  const rows: Array<ImportIssue & { severity: "rejected" | "warning" }> = [
    ...report.rejected.map((issue) => ({ ...issue, severity: "rejected" as const })),
    ...report.warnings.map((issue) => ({ ...issue, severity: "warning" as const })),
  ];
  const close = () => actions.setReportOpen(false);
  return (
    <Dialog titleId="report-title" title={t("report.title")} className="report" testId="import-report" onClose={close}>
        <p data-testid="report-summary">
          {t("report.summary", {
            companies: report.companies,
            links: report.links,
            rejected: report.rejected.length,
            warnings: report.warnings.length,
          })}
        </p>
        <ul className="muted">
          {report.files.map((f) => (
            <li key={f.name}>
              {t("report.fileLine", { name: f.name, kind: t(`report.kind.${f.kind}`), encoding: encodingText(t, f.encoding), rows: f.rows })}
            </li>
          ))}
        </ul>
        {rows.length === 0 ? (
          <p>{t("report.clean")}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="report-table">
              <thead>
                <tr>
                  <th>{t("report.file")}</th>
                  <th>{t("report.row")}</th>
                  <th>{t("report.reason")}</th>
                  <th>{t("report.detail")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, SHOWN_ROWS).map((issue, i) => (
                  <tr key={i} className={issue.severity} data-row={issue.row} data-reason={issue.reason}>
                    <td>{issue.file}</td>
                    <td>{issue.row || "—"}</td>
                    <td>
                      {t(`reason.${issue.reason}` as MessageKey)}{" "}
                      <span className="muted">({t(issue.severity === "rejected" ? "report.rejected" : "report.warning")})</span>
                    </td>
                    <td>{detailOf(issue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {rows.length > SHOWN_ROWS && <p className="muted">{t("report.more", { count: rows.length - SHOWN_ROWS })}</p>}
          </div>
        )}
        <button type="button" onClick={() => downloadText("import-report.csv", reportToCsv(report))}>
          {t("report.download")}
        </button>
      </Dialog>
  );
}
