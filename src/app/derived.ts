// Everything the screen shows that is computed from the store: declared once here, cached per
// app instance, and read by the map, the legend, the panels and the status line alike.
import { isCrossDivision, VINTAGES, type Vintage } from "../model/types.ts";
import type { FlowMatrix } from "../model/flows.ts";
import { isEmptyFilter, type FilterState } from "../graph/filters/types.ts";
import type { SummaryData } from "../graph/summary/columns.ts";
import { summaryFlowMatrix, type SummaryWithout } from "../graph/summary/flows.ts";
import { NO_FILTER } from "../graph/filters/types.ts";
import { flowChanges, type FlowChange } from "../graph/resilience/flowChanges.ts";
import { visibility } from "../graph/filters/visibility.ts";
import { flowsOfGraph, flowsOfRows } from "../graph/flows/divisionFlows.ts";
import type { Removal } from "../graph/filters/whatIfRemoval.ts";
import { chainList, type ChainList } from "../graph/paths/chainList.ts";
import { supplyFocus } from "../graph/paths/tiers.ts";
import { supplyPath, type SupplyPath } from "../graph/paths/path.ts";
import type { KeepEdge, SupplyGraph } from "../graph/types.ts";
import { categoryPalette, industryPalette } from "../style/palette.ts";
import { limitFlows } from "../graph/flows/limit.ts";
import { attributeValue, categoricalColumns, type CategoricalColumn } from "../graph/build/categories.ts";
import { summariseCommunities, type CommunitySummary } from "../graph/metrics/communitySummary.ts";
import { rankingLookups } from "../graph/ranking/lookups.ts";
import { scoreCompanies } from "../graph/ranking/score.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import { currentMetrics } from "../state/analyticsSlice.ts";
import { choroplethScale, type ChoroplethScale } from "../style/choropleth.ts";
import { fittedDomain, fixedDomain, thicknessScale, type ThicknessScale } from "../style/flowScale.ts";
import { linksPassingSelection, passesDivisionSelection } from "../graph/flows/select.ts";
import { flowMeasureValue, type Flow } from "../model/flows.ts";
import type { AtlasState } from "../state/store.ts";
import { effectiveLevel, type DrawLevel } from "./map/drawLevel.ts";
import { memoLast } from "../schedule/memo.ts";
import { countedParts, displayDivisionOf, type CountedParts } from "./map/linkShowing.ts";

/** What is shown after filters and any what-if removal: one predicate pair for every view. */
export interface Visible {
  graph: SupplyGraph;
  keepNode: (node: string) => boolean;
  keepEdge: KeepEdge;
  /** keepEdge by graphIndex row (graph/filters/visibility.ts). */
  keepRow: (e: number) => boolean;
  /** Nothing filtered or removed: callers take their fast paths. */
  all: boolean;
}

/** What a national what-if changes in the nation's flows. */
export interface SummaryChange {
  before: FlowMatrix;
  after: FlowMatrix;
  linksLost: number;
  flows: FlowChange[];
}

/** A supply-tier focus or a shortest supply path: the companies (tier or position) and links it lights. */
export interface Trace {
  /** Company -> supply tier (0 the focus, negative suppliers, positive buyers; path: 0 at the ends, 1 between). */
  nodes: Map<string, number>;
  edges: Set<string>;
}

/** What the status line counts: the companies and links the map draws, a hover aside. */
export interface ShownCounts {
  companies: number;
  links: number;
  /** Of `links`, those between two divisions (as the vintage shown draws them). */
  cross: number;
  /** What is lit: a supply chain, a path, or else what the filters and division selection leave. */
  lit: "chain" | "path" | null;
}

export interface Derived {
  visible(state: AtlasState): Visible | null;
  /** The unfiltered flows of a graph under a vintage. */
  flowMatrix(graph: SupplyGraph, vintage: Vintage): FlowMatrix;
  /** Every vintage's unfiltered flows: what fixed scales span. */
  allMatrices(graph: SupplyGraph): readonly FlowMatrix[];
  /** A matrix aggregated elsewhere (the parse worker) for a graph built from the same data. */
  seedFlowMatrix(graph: SupplyGraph, matrix: FlowMatrix): void;
  /**
   * A summary bundle's aggregates for the graph of its ego networks: from now on that graph's
   * flows (flowMatrix, allMatrices, visibleMatrix and all that reads them) are the nation's,
   * from the summary, not the few links the graph holds.
   */
  seedSummary(graph: SupplyGraph, summary: SummaryData): void;
  /**
   * Summary mode with a what-if: the nation's flows before and after it, every link counted
   * (the division part at once, a company's part when the summary worker has answered).
   */
  summaryChange(state: AtlasState): SummaryChange | null;
  /** Division flows of what is shown; the cached full matrix when nothing is filtered. */
  visibleMatrix(state: AtlasState): FlowMatrix | null;
  drawLevel(state: AtlasState): DrawLevel;
  /** The shortest supply path between the chosen ends, under the filters. */
  path(state: AtlasState): SupplyPath | null;
  trace(state: AtlasState): Trace | null;
  /** The supply chain the map lights, by tier, for the company panel; null without one (or while a path is lit). */
  chain(state: AtlasState): ChainList | null;
  /** Companies the filters and what-if removal keep. */
  shownCompanies(state: AtlasState): number;
  /**
   * The companies and links the map draws, for the status line: a lit chain or path, else what
   * the filters keep and the division selection passes. The selected company (its links alone
   * drawn) and the hover are a highlight, not counted as narrowing what is shown.
   */
  shownCounts(state: AtlasState): ShownCounts | null;
  /** The predicates behind shownCounts (linkShowing.ts countedParts): what a "what is shown" export carries. */
  counted(state: AtlasState): CountedParts | null;
  industryColors(graph: SupplyGraph | null): ReadonlyMap<string, string>;
  /** Flows the division selection, the measure and the flow limit leave on the map, largest first. */
  shownFlows(state: AtlasState): readonly Flow[];
  /** How many flows the selection passes before the limit, and the share of their total the shown ones carry. */
  flowCoverage(state: AtlasState): { shown: number; candidates: number; share: number };
  /** Kept data columns with few distinct values: what companies can be coloured by. */
  categoricalColumns(graph: SupplyGraph | null): readonly CategoricalColumn[];
  /** Colours of a categorical column's values (the eight most common), for colouring by attribute. */
  attributeColors(graph: SupplyGraph | null, column: string | null): ReadonlyMap<string, string>;
  /** Communities of the current metrics, largest first; null before metrics are computed. */
  communities(state: AtlasState): readonly CommunitySummary[] | null;
  /** Company id -> its size metric relative to the largest (0..1); null when sizes are fixed or metrics missing. */
  nodeSizes(state: AtlasState): { relative: ReadonlyMap<string, number>; max: number } | null;
  /** The flow thickness scale the map draws and the legend states: fixed spans every vintage's unfiltered flows, fitted only what is drawn. */
  flowThickness(state: AtlasState): ThicknessScale | null;
  choropleth(state: AtlasState): ChoroplethScale | null;
}

export function createDerived(): Derived {
  const matrices = new WeakMap<SupplyGraph, Map<Vintage, FlowMatrix>>();
  const summaries = new WeakMap<SupplyGraph, SummaryData>();
  const byVintage = (graph: SupplyGraph) => {
    let map = matrices.get(graph);
    if (!map) matrices.set(graph, (map = new Map()));
    return map;
  };
  const flowMatrix = (graph: SupplyGraph, vintage: Vintage): FlowMatrix => {
    const map = byVintage(graph);
    let matrix = map.get(vintage);
    if (!matrix) {
      const summary = summaries.get(graph);
      map.set(vintage, (matrix = summary ? summaryFlowMatrix(summary, vintage) : flowsOfGraph(graph, vintage)));
    }
    return matrix;
  };

  const visibleOf = memoLast((graph: SupplyGraph | null, filter: FilterState, removal: Removal | null, vintage: Vintage): Visible | null =>
    graph ? { graph, ...visibility(graph, filter, removal, vintage) } : null,
  );
  const visible = (s: AtlasState) => visibleOf(s.graph, s.filter, s.removal, s.vintage);

  const matrixOf = memoLast((v: Visible | null, vintage: Vintage): FlowMatrix | null => {
    if (!v) return null;
    return v.all ? flowMatrix(v.graph, vintage) : flowsOfRows(v.graph, vintage, v.keepRow);
  });
  // Summary mode: the filters that speak of division pairs, types and years apply to the aggregated
  // rows, and a what-if takes out of them what the national tables say the removal loses.
  const withoutOf = memoLast((removal: Removal | null, impact: AtlasState["summaryImpact"]): SummaryWithout | undefined => {
    if (!removal) return undefined;
    const answer = impact?.removal === removal ? impact.impact : null;
    return { division: removal.division, parts: answer?.parts ?? [], companies: answer?.companies ?? [] };
  });
  const summaryWithout = (s: AtlasState) => withoutOf(s.removal, s.summaryImpact);
  const summaryMatrixOf = memoLast((summary: SummaryData, graph: SupplyGraph, vintage: Vintage, filter: FilterState, without: SummaryWithout | undefined): FlowMatrix =>
    isEmptyFilter(filter) && !without ? flowMatrix(graph, vintage) : summaryFlowMatrix(summary, vintage, filter, without),
  );
  const visibleMatrix = (s: AtlasState) => {
    const summary = s.graph ? summaries.get(s.graph) : undefined;
    return summary && s.graph ? summaryMatrixOf(summary, s.graph, s.vintage, s.filter, summaryWithout(s)) : matrixOf(visible(s), s.vintage);
  };
  // The what-if's own comparison: every link, no filter, as the full mode's removalImpact counts.
  const summaryChangeOf = memoLast((summary: SummaryData, graph: SupplyGraph, vintage: Vintage, without: SummaryWithout): SummaryChange => {
    const before = flowMatrix(graph, vintage);
    const after = summaryFlowMatrix(summary, vintage, NO_FILTER, without);
    return { before, after, linksLost: before.links - after.links, flows: flowChanges(before, after) };
  });

  const allMatrices = memoLast((graph: SupplyGraph) => VINTAGES.map((v) => flowMatrix(graph, v)));

  const pathOf = memoLast((v: Visible | null, ends: AtlasState["pathEnds"]): SupplyPath | null => {
    if (!v || !ends) return null;
    return supplyPath(v.graph, ends.from, ends.to, { ...(v.all ? {} : { keepEdge: v.keepEdge, keepNode: v.keepNode }), undirectedFallback: true });
  });
  const path = (s: AtlasState) => pathOf(visible(s), s.pathEnds);

  const traceOf = memoLast((v: Visible | null, found: SupplyPath | null, ends: AtlasState["pathEnds"], focus: AtlasState["focus"]): Trace | null => {
    if (!v) return null;
    if (ends) {
      if (!found) return { nodes: new Map([[ends.from, 0], [ends.to, 0]]), edges: new Set() };
      const last = found.nodes.length - 1;
      return { nodes: new Map(found.nodes.map((n, i) => [n, i === 0 || i === last ? 0 : 1])), edges: new Set(found.edges) };
    }
    if (!focus || !v.graph.hasNode(focus.id)) return null;
    const filter = v.all ? {} : { keepEdge: v.keepEdge, keepNode: v.keepNode };
    const tiers = supplyFocus(v.graph, focus.id, { depth: focus.depth, direction: focus.direction, ...filter });
    return { nodes: tiers.tiers, edges: new Set(tiers.edges) };
  });

  const shownOf = memoLast((v: Visible | null) => {
    if (!v) return 0;
    return v.all ? v.graph.order : v.graph.filterNodes((node) => v.keepNode(node)).length;
  });

  const trace = (s: AtlasState) => traceOf(visible(s), path(s), s.pathEnds, s.focus);

  const chainOf = memoLast((v: Visible | null, trace: Trace | null, focus: AtlasState["focus"], ends: AtlasState["pathEnds"], vintage: Vintage): ChainList | null =>
    v && trace && focus && !ends ? chainList(v.graph, focus.id, trace.nodes, trace.edges, vintage) : null,
  );

  // A lit chain or path: its companies and links that the reducers draw, by their own rule
  // (countedParts, which a "what is shown" export carries too).
  const litCountsOf = memoLast((v: Visible | null, trace: Trace, s: Pick<AtlasState, "selectedDivisions" | "divisionMode" | "vintage">, lit: "chain" | "path"): ShownCounts | null => {
    if (!v) return null;
    const parts = countedParts(v.graph, v.all ? null : v, trace, s);
    const divisionOf = displayDivisionOf(v.graph, s.vintage);
    let companies = 0;
    for (const node of trace.nodes.keys()) if (parts.keepNode(node)) companies++;
    let links = 0;
    let cross = 0;
    for (const edge of trace.edges) {
      const [source, target] = v.graph.extremities(edge);
      if (!parts.keepEdge(edge, source, target)) continue;
      links++;
      if (isCrossDivision(divisionOf(source), divisionOf(target))) cross++;
    }
    return { companies, links, cross, lit };
  });
  const selectionOf = memoLast((selectedDivisions: AtlasState["selectedDivisions"], divisionMode: AtlasState["divisionMode"], vintage: Vintage) => ({ selectedDivisions, divisionMode, vintage }));
  // Counted from the matrix: the same links countedParts keeps (the division selection is by the
  // ends' divisions, which the matrix's cells are), without a pass over every link.
  const passingOf = memoLast((matrix: FlowMatrix | null, companies: number, selectedDivisions: AtlasState["selectedDivisions"], mode: AtlasState["divisionMode"]): ShownCounts | null =>
    matrix ? { companies, ...linksPassingSelection(matrix, new Set(selectedDivisions), mode), lit: null } : null,
  );
  const shownCounts = (s: AtlasState): ShownCounts | null => {
    const lit = trace(s);
    if (lit) return litCountsOf(visible(s), lit, selectionOf(s.selectedDivisions, s.divisionMode, s.vintage), s.pathEnds ? "path" : "chain");
    return passingOf(visibleMatrix(s), shownOf(visible(s)), s.selectedDivisions, s.divisionMode);
  };

  const industryColors = memoLast((graph: SupplyGraph | null): ReadonlyMap<string, string> =>
    graph ? industryPalette(graph.mapNodes((_n, a) => a.company.industry)) : new Map(),
  );

  const limitedOf = memoLast(
    (matrix: FlowMatrix | null, measure: AtlasState["flowMeasure"], selectedDivisions: AtlasState["selectedDivisions"], mode: AtlasState["divisionMode"], limit: AtlasState["flowLimit"]) => {
      if (!matrix) return { kept: [] as Flow[], candidates: 0, share: 1 };
      const selected = new Set(selectedDivisions);
      // The matrix counts only the filter's link types already, so every flow is read whole.
      const passing = matrix.flows.filter((f) => passesDivisionSelection(f.from, f.to, selected, mode) && flowMeasureValue(f, measure, "all") > 0);
      return limitFlows(passing, (f) => flowMeasureValue(f, measure, "all"), limit);
    },
  );
  const limited = (s: AtlasState) => limitedOf(visibleMatrix(s), s.flowMeasure, s.selectedDivisions, s.divisionMode, s.flowLimit);
  const shownFlows = (s: AtlasState): readonly Flow[] => limited(s).kept;
  const coverageOf = memoLast((l: ReturnType<typeof limited>) => ({ shown: l.kept.length, candidates: l.candidates, share: l.share }));

  const attributeColors = memoLast((graph: SupplyGraph | null, column: string | null): ReadonlyMap<string, string> =>
    graph && column ? categoryPalette(graph.mapNodes((_n, a) => attributeValue(a.company.attributes, column))) : new Map(),
  );

  const communitiesOf = memoLast((graph: SupplyGraph | null, metrics: MetricsResult | null): readonly CommunitySummary[] | null =>
    graph && metrics ? summariseCommunities(graph, metrics.companies) : null,
  );

  const sizesOf = memoLast((graph: SupplyGraph | null, metrics: MetricsResult | null, by: AtlasState["nodeSizeBy"], weights: AtlasState["rankingWeights"]) => {
    if (!graph || !metrics || by === "fixed") return null;
    const values = new Map<string, number>();
    if (by === "score") {
      const lookups = rankingLookups(graph);
      for (const r of scoreCompanies(metrics.companies, lookups.tiers, lookups.labels, weights)) values.set(r.id, r.score);
    } else {
      for (const m of metrics.companies) values.set(m.id, m[by]);
    }
    let max = 0;
    for (const v of values.values()) if (v > max) max = v;
    const relative = new Map<string, number>();
    for (const [id, v] of values) relative.set(id, max > 0 ? Math.max(0, v) / max : 0);
    return { relative, max };
  });

  const thicknessOf = memoLast(
    (graph: SupplyGraph | null, flows: readonly Flow[], measure: AtlasState["flowMeasure"], scaleMode: AtlasState["scaleMode"]) => {
      if (!graph) return null;
      return thicknessScale(scaleMode === "fixed" ? fixedDomain(allMatrices(graph), measure) : fittedDomain(flows, measure, "all"));
    },
  );

  const choroplethOf = memoLast(
    (matrix: FlowMatrix | null, graph: SupplyGraph | null, choropleth: AtlasState["choropleth"], flowMeasure: AtlasState["flowMeasure"], scaleMode: AtlasState["scaleMode"], selectedDivisions: AtlasState["selectedDivisions"]) =>
      matrix && graph ? choroplethScale({ choropleth, flowMeasure, scaleMode, selectedDivisions }, matrix, allMatrices(graph)) : null,
  );

  return {
    visible,
    flowMatrix,
    allMatrices,
    seedFlowMatrix: (graph, matrix) => void (summaries.has(graph) || byVintage(graph).set(matrix.vintage, matrix)),
    seedSummary: (graph, summary) => {
      summaries.set(graph, summary);
      // Matrices seeded from the ego networks' links would stand for the nation: drop them.
      matrices.delete(graph);
    },
    visibleMatrix,
    summaryChange: (s) => {
      const summary = s.graph ? summaries.get(s.graph) : undefined;
      const without = summaryWithout(s);
      return summary && s.graph && without ? summaryChangeOf(summary, s.graph, s.vintage, without) : null;
    },
    drawLevel: effectiveLevel,
    path,
    trace,
    chain: (s) => chainOf(visible(s), trace(s), s.focus, s.pathEnds, s.vintage),
    shownCompanies: (s) => shownOf(visible(s)),
    shownCounts,
    counted: (s) => {
      const v = visible(s);
      return v ? countedParts(v.graph, v.all ? null : v, trace(s), s) : null;
    },
    industryColors,
    shownFlows,
    flowCoverage: (s) => coverageOf(limited(s)),
    attributeColors,
    categoricalColumns: memoLast((graph: SupplyGraph | null) => (graph ? categoricalColumns(graph) : [])),
    communities: (s) => communitiesOf(s.graph, currentMetrics(s)),
    nodeSizes: (s) => sizesOf(s.graph, currentMetrics(s), s.nodeSizeBy, s.rankingWeights),
    flowThickness: (s) => thicknessOf(s.graph, shownFlows(s), s.flowMeasure, s.scaleMode),
    choropleth: (s) => choroplethOf(visibleMatrix(s), s.graph, s.choropleth, s.flowMeasure, s.scaleMode, s.selectedDivisions),
  };
}
