// Graph + import report + metrics + metadata → the Snapshot every writer takes. Pure: the app
// calls it with the drawn graph and its filters, the CLI with a graph built from files.

import { unitOf } from "../../regions/units.ts";
import { levelOf, vintageOf, type RegionScale } from "../../model/scale.ts";
import { flowsOfGraph } from "../../graph/flows/divisionFlows.ts";
import { crossRegionalStats } from "../../graph/ranking/crossRegional.ts";
import { DEFAULT_WEIGHTS } from "../../graph/ranking/weights.ts";
import { rankingLookups } from "../../graph/ranking/lookups.ts";
import { scoreCompanies } from "../../graph/ranking/score.ts";
import type { RankedCompany } from "../../graph/ranking/types.ts";
import type { CompanyNode, LinkEdge, Point, SupplyGraph } from "../../graph/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import { isCrossDivision, type ImportReport } from "../../model/types.ts";
import { toVintage } from "../../regions/divisions.ts";
import { METRIC_PREFIX, NETWORK_METRIC_PREFIX } from "../../graph/metrics/keys.ts";
import { orderMetricKeys } from "./columns.ts";
import type { Snapshot, SnapshotEdge, SnapshotMetadata, SnapshotNode, SourceFileMeta } from "./types.ts";
import type { SnapshotDrawing } from "./drawing.ts";

export interface Visual {
  color?: string;
  size?: number;
}

export interface SnapshotInputs {
  /** The scale (boundary vintage and region level) cross links, flows and the ranking are counted at. */
  vintage: RegionScale;
  /**
   * Scope "view": what the filters and what-if keep. Without both, the whole network. The m_*
   * metrics on the graph's nodes are then the whole graph's, so they are written as network_m_*;
   * for a view's own metrics pass the view as a graph of its own (graph/metrics/viewGraph.ts)
   * with `scope: "view"`.
   */
  keepNode?: (node: string, attributes: CompanyNode) => boolean;
  keepEdge?: (edge: string, attributes: LinkEdge) => boolean;
  /** What the graph passed stands for; default "view" with keepNode or keepEdge, else "network". */
  scope?: "network" | "view";
  /** How the positions were drawn, when the caller knows (the app: which view and layout). */
  drawing?: SnapshotDrawing;
  /** "drawn": the nodes' current x/y; a map: those positions; omitted: no positions written. */
  positions?: "drawn" | ReadonlyMap<string, Point>;
  /** Colour and size as drawn (the app passes its reducers' output); omitted: none written. */
  nodeVisual?: (node: string, attributes: CompanyNode) => Visual | undefined;
  edgeVisual?: (edge: string, attributes: LinkEdge) => Visual | undefined;
  report: ImportReport;
  label: string;
  appVersion: string;
  sources: SourceFileMeta[];
  filters?: unknown;
  whatIf?: unknown;
  viewFragment?: string;
  /** Time of the snapshot; default now. Tests pass a fixed one. */
  created?: Date;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) [value, made] = [make(), true];
    return value as T;
  };
}

interface MetricNames {
  own: Set<string>;
  network: Set<string>;
  /** The nodes' m_* are the graph's and the snapshot keeps part of it: they are the network's. */
  mAreNetwork: boolean;
}

function nodeOf(id: string, a: CompanyNode, inputs: SnapshotInputs, names: MetricNames): SnapshotNode {
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(a)) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    if (key.startsWith(NETWORK_METRIC_PREFIX) || (names.mAreNetwork && key.startsWith(METRIC_PREFIX))) {
      const name = key.startsWith(METRIC_PREFIX) ? NETWORK_METRIC_PREFIX + key.slice(METRIC_PREFIX.length) : key;
      metrics[name] = value;
      names.network.add(name);
    } else if (key.startsWith(METRIC_PREFIX)) {
      metrics[key] = value;
      names.own.add(key);
    }
  }
  const node: SnapshotNode = { company: a.company, metrics, division2026: toVintage(a.company.division, "2026-07") };
  const at = inputs.positions === "drawn" ? a : inputs.positions?.get(id);
  if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) [node.x, node.y] = [at.x, at.y];
  const visual = inputs.nodeVisual?.(id, a);
  if (visual?.color) node.color = visual.color;
  if (visual?.size !== undefined && Number.isFinite(visual.size)) node.size = visual.size;
  return node;
}

function edgeOf(id: string, a: LinkEdge, source: string, target: string, cross: boolean, inputs: SnapshotInputs): SnapshotEdge {
  const edge: SnapshotEdge = { id, source, target, type: a.linkType, illustrative: a.illustrative, cross, attributes: a.attributes };
  if (a.weight !== undefined) edge.weight = a.weight;
  if (a.year !== undefined) edge.year = a.year;
  const visual = inputs.edgeVisual?.(id, a);
  if (visual?.color) edge.color = visual.color;
  if (visual?.size !== undefined && Number.isFinite(visual.size)) edge.size = visual.size;
  return edge;
}

/** The kept part of the graph as a graph of its own, for flows and ranking of a view. */
function keptGraph(graph: SupplyGraph, nodes: readonly SnapshotNode[], edges: readonly SnapshotEdge[]): SupplyGraph {
  if (nodes.length === graph.order && edges.length === graph.size) return graph;
  const sub = graph.nullCopy();
  for (const n of nodes) sub.addNode(n.company.id, graph.getNodeAttributes(n.company.id));
  for (const e of edges) sub.addDirectedEdgeWithKey(e.id, e.source, e.target, graph.getEdgeAttributes(e.id));
  return sub;
}

export function buildSnapshot(graph: SupplyGraph, inputs: SnapshotInputs): Snapshot {
  const { vintage, keepNode, keepEdge } = inputs;
  const names: MetricNames = { own: new Set(), network: new Set(), mAreNetwork: Boolean(keepNode || keepEdge) };
  const nodes: SnapshotNode[] = [];
  const kept = new Set<string>();
  graph.forEachNode((id, a) => {
    if (keepNode && !keepNode(id, a)) return;
    kept.add(id);
    nodes.push(nodeOf(id, a, inputs, names));
  });
  const edges: SnapshotEdge[] = [];
  let illustrative = false;
  graph.forEachEdge((id, a, source, target, sa, ta) => {
    if (!kept.has(source) || !kept.has(target) || (keepEdge && !keepEdge(id, a))) return;
    const cross = isCrossDivision(unitOf(sa.place, vintage), unitOf(ta.place, vintage));
    edges.push(edgeOf(id, a, source, target, cross, inputs));
    if (a.illustrative) illustrative = true;
  });
  const { report } = inputs;
  const metadata: SnapshotMetadata = {
    app: "Supply Atlas",
    appVersion: inputs.appVersion,
    created: (inputs.created ?? new Date()).toISOString(),
    label: inputs.label,
    vintage: vintageOf(vintage),
    ...(levelOf(vintage) !== "division" ? { level: levelOf(vintage) } : {}),
    scope: inputs.scope ?? (keepNode || keepEdge ? "view" : "network"),
    sources: inputs.sources,
    report: {
      companies: report.companies,
      links: report.links,
      crossProvinceLinks: report.crossProvinceLinks,
      rejected: report.rejected.length,
      warnings: report.warnings.length,
    },
    exported: { companies: nodes.length, links: edges.length },
    filters: inputs.filters ?? null,
    whatIf: inputs.whatIf ?? null,
    viewFragment: inputs.viewFragment ?? "",
    illustrative,
    metrics: { scope: inputs.scope ?? (keepNode || keepEdge ? "view" : "network"), names: orderMetricKeys(names.own) },
    networkMetrics: orderMetricKeys(names.network),
    ...(inputs.drawing ? { drawing: inputs.drawing } : {}),
  };
  const sub = once(() => keptGraph(graph, nodes, edges));
  const flows = once((): FlowMatrix => flowsOfGraph(sub(), vintage));
  const ranking = once((): RankedCompany[] => {
    const g = sub();
    const { tiers, labels } = rankingLookups(g);
    return scoreCompanies(crossRegionalStats(g, vintage), tiers, labels, DEFAULT_WEIGHTS);
  });
  return { nodes, edges, metadata, report, flows, ranking };
}
