// A graph snapshot written in a standard format, as a plain function the export worker runs.
// It reads the user's files again (the readers are deterministic, so the graph is the one on
// screen, node for node and link for link), keeps what the status line counts (scope "view"),
// computes the metrics of what the file holds (the view's own, under the usual m_* names; the
// whole network's beside them as network_m_* on request), and writes.
import type { RegionScale } from "../../model/scale.ts";
import { readFiles } from "../../io/read/readFiles.ts";
import type { Lang } from "../../i18n/index.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import { buildSnapshot } from "../../io/snapshot/buildSnapshot.ts";
import { exportSnapshot } from "../../io/write/writers.ts";
import type { GexfVersion } from "../../io/write/gexf.ts";
import type { ExportFormat, WrittenFile } from "../../io/formats/types.ts";
import { sourceFiles } from "../../io/snapshot/metadata.ts";
import { buildGraph } from "../../graph/build/buildGraph.ts";
import type { FilterState } from "../../graph/filters/types.ts";
import type { Removal } from "../../graph/filters/whatIfRemoval.ts";
import { visibility } from "../../graph/filters/visibility.ts";
import { assignMetrics } from "../../graph/metrics/assign.ts";
import { computeMetrics } from "../../graph/metrics/computeMetrics.ts";
import { keptSubgraph, metricsAsNetwork } from "../../graph/metrics/viewGraph.ts";
import type { BundleDrawing, Extent } from "../../io/snapshot/drawing.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { unpackMetricsResult, type MetricsResultPayload } from "../../graph/metrics/resultTransfer.ts";
import type { Point } from "../../graph/types.ts";
import type { ForceSettings } from "../../model/forceSettings.ts";
import type { InputFile } from "../../model/types.ts";
import { withSummaryScope, type SummaryExportInput } from "../../io/summary/scope.ts";

export interface ExportRequest {
  files: InputFile[];
  label: string;
  mappings: MappingSet;
  format: ExportFormat;
  /** The view's scale: its boundary vintage and region level (flows, cross links and ranking follow it). */
  vintage: RegionScale;
  /** "view": what the status line counts (`shown`; without it, what `filter` and `removal` keep). */
  scope: "network" | "view";
  /** Scope "view": the ids of the companies and links the status line counts (app/map/linkShowing.ts countedParts). */
  shown?: { nodes: string[]; edges: string[] };
  filter: FilterState;
  removal: Removal | null;
  /** The app's metrics of the whole network for this graph and vintage; null: compute them here when needed. */
  packedMetrics: MetricsResultPayload | null;
  /** m_* metrics of what the file holds. */
  metrics: boolean;
  /** Scope "view": the whole network's metrics too, as network_m_*. */
  networkMetrics?: boolean;
  /** Bundle only: which view drew the positions in `drawn`, and each drawn company's community (aligned with drawn.ids). */
  drawing?: { view: "map" | "force"; community: Int32Array | null; settings?: ForceSettings };
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
  /**
   * Summary mode: the files read are a summary bundle, whose graph is the ego networks; this
   * says what the nation is, and for a workbook carries the nation's flows and ranking.
   */
  summary?: SummaryExportInput;
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
  const view = request.scope === "view";
  const networkWanted = view ? request.networkMetrics === true : request.metrics;
  onProgress(0.35, "metrics");
  if (networkWanted) {
    if (request.packedMetrics) assignMetrics(graph, unpackMetricsResult(request.packedMetrics));
    else assignMetrics(graph, computeMetrics(graph, { vintage: request.vintage, onProgress: (f) => onProgress(0.35 + f * (view ? 0.2 : 0.45), "metrics") }));
  }
  let target: SupplyGraph = graph;
  if (view) {
    target = keptSubgraph(graph, ...keptBy(graph, request));
    metricsAsNetwork(target, networkWanted);
    // A view that keeps everything is the network: the app's metrics are its own.
    const whole = target.order === graph.order && target.size === graph.size;
    if (request.metrics && whole && request.packedMetrics) assignMetrics(target, unpackMetricsResult(request.packedMetrics));
    else if (request.metrics) assignMetrics(target, computeMetrics(target, { vintage: request.vintage, onProgress: (f) => onProgress(0.55 + f * 0.25, "metrics") }));
  }
  onProgress(0.8, "write");
  const drawingView = request.drawing?.view;
  const bundleDrawing = drawingView && request.drawn ? drawingOf(target, request.drawing!, request.drawn) : undefined;
  const built = buildSnapshot(target, {
    vintage: request.vintage,
    scope: request.scope,
    ...(drawingView ? { drawing: { view: drawingView, layout: layoutOf(drawingView), communities: bundleDrawing?.community !== undefined } } : {}),
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
  const snapshot = request.summary ? withSummaryScope(built, request.summary) : built;
  const files = exportSnapshot(snapshot, request.format, {
    baseName: "supply-atlas",
    ...(request.lang ? { lang: request.lang } : {}),
    ...(request.view !== undefined ? { view: request.view } : {}),
    ...(request.png ? { png: request.png } : {}),
    ...(bundleDrawing ? { drawing: bundleDrawing } : {}),
    ...(request.gexfVersion ? { gexfVersion: request.gexfVersion } : {}),
  });
  onProgress(1, "write");
  return files;
}

/** What a view export keeps: the ids the app counted, else what the filters and what-if keep. */
function keptBy(graph: SupplyGraph, request: ExportRequest): [(node: string) => boolean, (edge: string) => boolean] {
  if (request.shown) {
    const nodes = new Set(request.shown.nodes);
    const edges = new Set(request.shown.edges);
    return [(node) => nodes.has(node), (edge) => edges.has(edge)];
  }
  const shown = visibility(graph, request.filter, request.removal, request.vintage);
  return [shown.keepNode, (edge) => shown.keepEdge(edge, graph.getEdgeAttributes(edge))];
}

/** The layout that placed a view's companies, as the metadata and drawing.json name it. */
const layoutOf = (view: "map" | "force"): "forceatlas2" | "geographic" => (view === "force" ? "forceatlas2" : "geographic");

/** drawing.json for the exported companies and links: their drawn positions, communities and curvature. */
function drawingOf(graph: SupplyGraph, drawing: NonNullable<ExportRequest["drawing"]>, drawn: NonNullable<ExportRequest["drawn"]>): BundleDrawing {
  const { view, community } = drawing;
  const ids = graph.nodes();
  const at = new Map(drawn.ids.map((id, i) => [id, i]));
  const x: number[] = [];
  const y: number[] = [];
  const communities: number[] = [];
  for (const id of ids) {
    const i = at.get(id) ?? -1;
    x.push(i >= 0 ? drawn.xy[2 * i]! : 0);
    y.push(i >= 0 ? drawn.xy[2 * i + 1]! : 0);
    if (community) communities.push(i >= 0 ? community[i]! : -1);
  }
  // A company the app drew without a community (never, while metrics cover the graph) leaves the communities out.
  const whole = community !== null && communities.every((c) => c >= 0);
  const links = { ids: graph.edges(), curvature: graph.mapEdges((_e, a) => a.curvature) };
  return { view, layout: layoutOf(view), ids, x, y, ...(whole ? { community: communities } : {}), links, ...extentOf(drawn.xy), ...(view === "force" && drawing.settings ? { settings: drawing.settings } : {}) };
}

/** The extent of every drawn company, exported or not: the frame the picture was fitted to. */
function extentOf(xy: Float32Array): { extent?: Extent } {
  if (xy.length < 2) return {};
  const extent: Extent = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
  for (let i = 0; i + 1 < xy.length; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    extent.x = [Math.min(extent.x[0], x), Math.max(extent.x[1], x)];
    extent.y = [Math.min(extent.y[0], y), Math.max(extent.y[1], y)];
  }
  return extent.x[0] <= extent.x[1] ? { extent } : {};
}
