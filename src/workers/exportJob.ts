// A graph snapshot written in a standard format, as a plain function the export worker runs.
// It reads the user's files again (the readers are deterministic, so the graph is the one on
// screen, node for node and link for link), applies the same filters and what-if removal the
// view applies, takes the metrics the app already has or computes them, and writes.
import { readFiles } from "../io/read.ts";
import type { Lang } from "../i18n/index.ts";
import type { MappingSet } from "../io/mapping.ts";
import { buildSnapshot } from "../io/snapshot.ts";
import { exportSnapshot } from "../io/formatWriters.ts";
import type { GexfVersion } from "../io/write/gexf.ts";
import type { ExportFormat, WrittenFile } from "../io/formats.ts";
import { sourceFiles } from "../io/metadata.ts";
import { buildGraph } from "../graph/build.ts";
import type { FilterState } from "../graph/filters/types.ts";
import type { Removal } from "../graph/removal.ts";
import { visibility } from "../graph/visibility.ts";
import { assignMetrics } from "../graph/metrics/assign.ts";
import { computeMetrics } from "../graph/metrics/computeMetrics.ts";
import { unpackMetricsResult, type MetricsResultPayload } from "../graph/metrics/resultTransfer.ts";
import type { Point } from "../graph/types.ts";
import type { InputFile, Vintage } from "../model/types.ts";

export interface ExportRequest {
  files: InputFile[];
  label: string;
  mappings: MappingSet;
  format: ExportFormat;
  vintage: Vintage;
  /** "view": only what the filters and what-if keep (the status line's count while no division selection or supply chain narrows the map). */
  scope: "network" | "view";
  filter: FilterState;
  removal: Removal | null;
  /** The app's metrics for this graph and vintage; null: compute them here (when `metrics`). */
  packedMetrics: MetricsResultPayload | null;
  metrics: boolean;
  /** As drawn: node ids with their positions and, when known, colour and size. */
  drawn: { ids: string[]; xy: Float32Array; colors: string[]; sizes: Float32Array } | null;
  appVersion: string;
  viewFragment: string;
  /** The UI's language: sheet names and headers of a workbook. */
  lang?: Lang;
  /** Bundle only. */
  view?: unknown;
  png?: Uint8Array;
  /** GEXF only. */
  gexfVersion?: GexfVersion;
  created?: string;
}

export async function runExport(request: ExportRequest, onProgress: (fraction: number, step: string) => void = () => undefined): Promise<WrittenFile[]> {
  onProgress(0, "read");
  const dataset = readFiles(request.files, { label: request.label, mappings: request.mappings, onProgress: (f) => onProgress(f * 0.3, "read") });
  const positions = new Map<string, Point>();
  const visual = new Map<string, { color?: string; size?: number }>();
  if (request.drawn) {
    const { ids, xy, colors, sizes } = request.drawn;
    ids.forEach((id, i) => {
      positions.set(id, { x: xy[2 * i]!, y: xy[2 * i + 1]! });
      const color = colors[i];
      visual.set(id, { ...(color ? { color } : {}), ...(sizes[i]! > 0 ? { size: sizes[i]! } : {}) });
    });
  }
  const graph = buildGraph(dataset, { positions });
  onProgress(0.35, "metrics");
  if (request.packedMetrics) assignMetrics(graph, unpackMetricsResult(request.packedMetrics));
  else if (request.metrics) {
    assignMetrics(graph, computeMetrics(graph, { vintage: request.vintage, onProgress: (f) => onProgress(0.35 + f * 0.45, "metrics") }));
  }
  onProgress(0.8, "write");
  const shown = request.scope === "view" ? visibility(graph, request.filter, request.removal, request.vintage) : null;
  const scope = shown && !shown.all ? shown : null;
  const snapshot = buildSnapshot(graph, {
    vintage: request.vintage,
    ...(scope ? { keepNode: (node: string) => scope.keepNode(node), keepEdge: scope.keepEdge } : {}),
    positions: "drawn",
    nodeVisual: (id, a) => visual.get(id) ?? { color: a.color, size: a.size },
    edgeVisual: (_id, a) => ({ color: a.color, size: a.size }),
    report: dataset.report,
    label: dataset.label,
    appVersion: request.appVersion,
    sources: await sourceFiles(request.files, dataset.report.files),
    filters: request.filter,
    whatIf: request.removal,
    viewFragment: request.viewFragment,
    ...(request.created ? { created: new Date(request.created) } : {}),
  });
  const files = exportSnapshot(snapshot, request.format, {
    baseName: "supply-atlas",
    ...(request.lang ? { lang: request.lang } : {}),
    ...(request.view !== undefined ? { view: request.view } : {}),
    ...(request.png ? { png: request.png } : {}),
    ...(request.gexfVersion ? { gexfVersion: request.gexfVersion } : {}),
  });
  onProgress(1, "write");
  return files;
}
