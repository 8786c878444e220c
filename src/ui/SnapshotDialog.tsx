import { useState } from "react";
import type { ExportFormat, WrittenFile } from "../io/formats.ts";
import type { MessageKey } from "../i18n/index.ts";
import { downloadBlob } from "./download.ts";
import { useT } from "./useT.ts";
import { useActions, useApp, useAtlas, useDerived } from "./useAtlas.ts";
import { Dialog } from "./Dialog.tsx";

const FORMATS: ExportFormat[] = ["gexf", "graphml", "json", "csv", "parquet", "arrow", "xlsx", "bundle"];

/** Written bytes saved exactly as they are: no BOM added, the writers decide (UTF-8 CSV stays BOM-free for Gephi). */
const download = (file: WrittenFile) => downloadBlob(file.name, new Blob([file.data as BlobPart], { type: file.mime }));

/** A graph snapshot for Gephi, NetworkX, igraph, Cytoscape or a spreadsheet: format, scope and metrics chosen by the user. */
export function SnapshotDialog() {
  const t = useT();
  const { exports } = useApp();
  const actions = useActions();
  const open = useAtlas((s) => s.snapshotOpen);
  // One primitive per selector: a new object per call would make every store change a render.
  const counts = {
    companies: useDerived((d, s) => d.shownCompanies(s)),
    links: useDerived((d, s) => d.visibleMatrix(s)?.links ?? 0),
    all: useAtlas((s) => s.graph?.size ?? 0),
  };
  const [format, setFormat] = useState<ExportFormat>("gexf");
  const [scope, setScope] = useState<"network" | "view">("view");
  const [metrics, setMetrics] = useState(true);
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string[]>([]);
  if (!open) return null;
  const close = () => actions.setSnapshotOpen(false);
  const run = async () => {
    setError(null);
    setWritten([]);
    setProgress({ fraction: 0, step: "read" });
    try {
      const files = await exports.snapshot({ format, scope, metrics }, (fraction, step) => setProgress({ fraction, step }));
      files.forEach(download);
      setWritten(files.map((f) => f.name));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };
  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <Dialog titleId="snapshot-title" title={t("snapshot.title")} className="snapshot" testId="snapshot-dialog" onClose={close}>
        <fieldset>
          <legend>{t("snapshot.format")}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="facet-option">
              <input type="radio" name="snapshot-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`snapshot-format-${f}`} />
              <span>{t(`snapshot.format.${f}` as MessageKey)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("snapshot.scope")}</legend>
          <label className="facet-option">
            <input type="radio" name="snapshot-scope" checked={scope === "view"} onChange={() => setScope("view")} data-testid="snapshot-scope-view" />
            <span>{t("snapshot.scope.view", { companies: counts.companies, links: counts.links })}</span>
          </label>
          <label className="facet-option">
            <input type="radio" name="snapshot-scope" checked={scope === "network"} onChange={() => setScope("network")} data-testid="snapshot-scope-network" />
            <span>{t("snapshot.scope.network", { links: counts.all })}</span>
          </label>
        </fieldset>
        <label className="facet-option">
          <input type="checkbox" checked={metrics} onChange={(e) => setMetrics(e.currentTarget.checked)} data-testid="snapshot-metrics" />
          <span>{t("snapshot.metrics")}</span>
        </label>
        {progress && (
          <div className="notice progress" role="progressbar" aria-valuenow={percent} aria-label={t("snapshot.title")} data-testid="snapshot-progress">
            <span>{t(`snapshot.step.${progress.step}` as MessageKey)} {percent}%</span>
            <span className="bar"><span style={{ width: `${percent}%` }} /></span>
          </div>
        )}
        {error && <p className="notice error" role="alert">{error}</p>}
        {written.length > 0 && <p data-testid="snapshot-written">{t("snapshot.written", { files: written.join(", ") })}</p>}
        <div className="actions">
          <button type="button" data-testid="snapshot-run" disabled={progress !== null} onClick={() => void run()}>{t("snapshot.run")}</button>
          <button type="button" onClick={close}>{t("mapping.cancel")}</button>
        </div>
      </Dialog>
  );
}
