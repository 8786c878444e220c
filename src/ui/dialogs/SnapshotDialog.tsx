import { useMemo, useState } from "react";
import type { ExportFormat, WrittenFile } from "../../io/formats/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS, type GexfVersion } from "../../io/write/gexf.ts";
import { asOneFile } from "../../io/write/zipFiles.ts";
import { downloadBlob } from "./download.ts";
import { useT } from "../useT.ts";
import { useActions, useApp, useAtlas, useDerived } from "../useAtlas.ts";
import { Dialog } from "./Dialog.tsx";
import { countedIds } from "../../app/exportService.ts";
import { SummaryDownloads } from "../summary/SummaryDownloads.tsx";

const FORMATS: ExportFormat[] = ["gexf", "graphml", "json", "csv", "parquet", "arrow", "xlsx", "bundle"];

/** Written bytes saved exactly as they are: no BOM added, the writers decide (UTF-8 CSV stays BOM-free for Gephi). */
const download = (file: WrittenFile) => downloadBlob(file.name, new Blob([file.data as BlobPart], { type: file.mime }));

/** A graph snapshot for Gephi, NetworkX, igraph, Cytoscape or a spreadsheet: format, scope and metrics chosen by the user. */
export function SnapshotDialog() {
  const t = useT();
  const { exports } = useApp();
  const actions = useActions();
  const open = useAtlas((s) => s.snapshotOpen);
  // What the status line counts, which a "what is shown" export carries (derived.counted).
  // One primitive per selector: a new object per call would make every store change a render.
  const counts = {
    companies: useDerived((d, s) => d.shownCounts(s)?.companies ?? 0),
    links: useDerived((d, s) => d.shownCounts(s)?.links ?? 0),
    allCompanies: useAtlas((s) => s.graph?.order ?? 0),
    allLinks: useAtlas((s) => s.graph?.size ?? 0),
  };
  const summary = useSummaryScope(open);
  const [format, setFormat] = useState<ExportFormat>("gexf");
  const [scope, setScope] = useState<"network" | "view">("view");
  const [metrics, setMetrics] = useState(true);
  const [networkMetrics, setNetworkMetrics] = useState(false);
  const [gexfVersion, setGexfVersion] = useState<GexfVersion>(DEFAULT_GEXF_VERSION);
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
      const files = await exports.snapshot({ format, scope, metrics, networkMetrics: scope === "view" && networkMetrics, gexfVersion }, (fraction, step) => setProgress({ fraction, step }));
      // Several files (the CSV pair and its metadata) as one zip: browsers ask once per download, or block the rest.
      const file = asOneFile(format, files);
      download(file);
      setWritten([file.name]);
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
        {format === "gexf" && (
          <fieldset aria-describedby="snapshot-gexf-hint">
            <legend>{t("snapshot.gexfVersion")}</legend>
            {GEXF_VERSIONS.map((v) => (
              <label key={v} className="facet-option">
                <input type="radio" name="snapshot-gexf-version" value={v} checked={gexfVersion === v} onChange={() => setGexfVersion(v)} data-testid={`snapshot-gexf-${v}`} />
                <span>{v === DEFAULT_GEXF_VERSION ? t("snapshot.gexfVersion.default", { version: v }) : v}</span>
              </label>
            ))}
            <p id="snapshot-gexf-hint" className="muted" data-testid="snapshot-gexf-hint">{t("snapshot.gexfVersion.hint")}</p>
          </fieldset>
        )}
        <fieldset>
          <legend>{t("snapshot.scope")}</legend>
          <label className="facet-option">
            <input type="radio" name="snapshot-scope" checked={scope === "view"} onChange={() => setScope("view")} data-testid="snapshot-scope-view" aria-describedby="snapshot-scope-hint" />
            {summary ? (
              <span data-testid="snapshot-scope-view-text" data-companies={summary.view.companies} data-links={summary.view.links}>
                {t("snapshot.scope.summary.view", { companies: summary.view.companies, links: summary.view.links, total: summary.nation.links })}
              </span>
            ) : (
              <span data-testid="snapshot-scope-view-text" data-companies={counts.companies} data-links={counts.links}>{t("snapshot.scope.view", { companies: counts.companies, links: counts.links })}</span>
            )}
          </label>
          <label className="facet-option">
            <input type="radio" name="snapshot-scope" checked={scope === "network"} onChange={() => setScope("network")} data-testid="snapshot-scope-network" />
            <span data-testid="snapshot-scope-network-text">
              {summary
                ? t("snapshot.scope.summary.network", { top: summary.top, companies: counts.allCompanies, links: counts.allLinks, total: summary.nation.links })
                : t("snapshot.scope.network", { companies: counts.allCompanies, links: counts.allLinks })}
            </span>
          </label>
          <p className="muted" id="snapshot-scope-hint">{t("snapshot.scope.view.hint")}</p>
          {summary && (
            <p data-testid="snapshot-summary-scope" data-companies={summary.nation.companies} data-links={summary.nation.links}>
              {t("snapshot.scope.summary", { companies: summary.nation.companies, links: summary.nation.links, top: summary.top })}
            </p>
          )}
        </fieldset>
        <label className="facet-option">
          <input type="checkbox" checked={metrics} onChange={(e) => setMetrics(e.currentTarget.checked)} data-testid="snapshot-metrics" />
          <span>{t("snapshot.metrics")}</span>
        </label>
        {/* The whole network's metrics beside the view's own: only a view export has two kinds. */}
        <label className="facet-option">
          <input type="checkbox" checked={scope === "view" && networkMetrics} disabled={scope !== "view"} onChange={(e) => setNetworkMetrics(e.currentTarget.checked)} data-testid="snapshot-network-metrics" />
          <span>{t(summary ? "snapshot.networkMetrics.summary" : "snapshot.networkMetrics")}</span>
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
        {summary && <SummaryDownloads />}
      </Dialog>
  );
}

/**
 * Summary mode: the nation the summary stands for, and what a "what is shown" export of its ego
 * networks holds. The status line counts the nation's links there, so its counts would misstate
 * a file of the ego networks; these are counted on the graph itself, as the export keeps them.
 */
function useSummaryScope(open: boolean): { nation: { companies: number; links: number }; top: number; view: { companies: number; links: number } } | null {
  const app = useApp();
  const summary = useAtlas((s) => s.summary);
  const graph = useAtlas((s) => s.graph);
  // What derived.counted reads: a change to any of these changes what a view export holds.
  const filter = useAtlas((s) => s.filter);
  const removal = useAtlas((s) => s.removal);
  const vintage = useAtlas((s) => s.vintage);
  const selectedDivisions = useAtlas((s) => s.selectedDivisions);
  const divisionMode = useAtlas((s) => s.divisionMode);
  const focus = useAtlas((s) => s.focus);
  const pathEnds = useAtlas((s) => s.pathEnds);
  return useMemo(() => {
    if (!open || !summary || !graph) return null;
    const parts = app.derived.counted(app.store.getState());
    const ids = parts ? countedIds(graph, parts) : { nodes: graph.nodes(), edges: graph.edges() };
    const companies = summary.pending ? summary.manifest.rows.companies : summary.companies.count;
    return { nation: { companies, links: summary.manifest.rows.links }, top: summary.manifest.ego.topK, view: { companies: ids.nodes.length, links: ids.edges.length } };
  }, [app, open, summary, graph, filter, removal, vintage, selectedDivisions, divisionMode, focus, pathEnds]);
}
