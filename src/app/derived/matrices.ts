// Division flow matrices, cached per graph and vintage: the unfiltered ones fixed scales span,
// what is shown under the filters, and in summary mode the nation's (from the summary bundle,
// not the few links of its ego networks) with a what-if's change.
import { levelOf, regionScale, type RegionScale } from "../../model/scale.ts";
import { VINTAGES } from "../../model/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import { isEmptyFilter, NO_FILTER, type FilterState } from "../../graph/filters/types.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import type { Removal } from "../../graph/filters/whatIfRemoval.ts";
import type { SummaryData } from "../../graph/summary/columns.ts";
import { summaryFlowMatrix, type SummaryWithout } from "../../graph/summary/flows.ts";
import { flowChanges, type FlowChange } from "../../graph/resilience/flowChanges.ts";
import { flowsOfAll, flowsOfRows } from "../../graph/flows/divisionFlows.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { AtlasState } from "../../state/store.ts";
import { scaleOf } from "../../state/regionScale.ts";
import { memoLast } from "../../schedule/memo.ts";

/** What a national what-if changes in the nation's flows. */
export interface SummaryChange {
  before: FlowMatrix;
  after: FlowMatrix;
  linksLost: number;
  flows: FlowChange[];
}

export interface MatrixValues {
  /** The unfiltered flows of a graph under a vintage. */
  flowMatrix(graph: SupplyGraph, vintage: RegionScale): FlowMatrix;
  /** Every vintage's unfiltered flows at the level of `scale`: what fixed scales span. */
  allMatrices(graph: SupplyGraph, scale: RegionScale): readonly FlowMatrix[];
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
}

export function matrixValues(visible: (state: AtlasState) => Visible | null): MatrixValues {
  const matrices = new WeakMap<SupplyGraph, Map<RegionScale, FlowMatrix>>();
  const summaries = new WeakMap<SupplyGraph, SummaryData>();
  const byVintage = (graph: SupplyGraph) => {
    let map = matrices.get(graph);
    if (!map) matrices.set(graph, (map = new Map()));
    return map;
  };
  const flowMatrix = (graph: SupplyGraph, vintage: RegionScale): FlowMatrix => {
    const map = byVintage(graph);
    let matrix = map.get(vintage);
    if (!matrix) {
      const summary = summaries.get(graph);
      map.set(vintage, (matrix = summary ? summaryFlowMatrix(summary, vintage) : flowsOfAll(graph, vintage)));
    }
    return matrix;
  };

  const matrixOf = memoLast((v: Visible | null, vintage: RegionScale): FlowMatrix | null => {
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
  const summaryMatrixOf = memoLast((summary: SummaryData, graph: SupplyGraph, vintage: RegionScale, filter: FilterState, without: SummaryWithout | undefined): FlowMatrix =>
    isEmptyFilter(filter) && !without ? flowMatrix(graph, vintage) : summaryFlowMatrix(summary, vintage, filter, without),
  );
  // The what-if's own comparison: every link, no filter, as the full mode's removalImpact counts.
  const summaryChangeOf = memoLast((summary: SummaryData, graph: SupplyGraph, vintage: RegionScale, without: SummaryWithout): SummaryChange => {
    const before = flowMatrix(graph, vintage);
    const after = summaryFlowMatrix(summary, vintage, NO_FILTER, without);
    return { before, after, linksLost: before.links - after.links, flows: flowChanges(before, after) };
  });

  return {
    flowMatrix,
    allMatrices: memoLast((graph: SupplyGraph, scale: RegionScale) => VINTAGES.map((v) => flowMatrix(graph, regionScale(levelOf(scale), v)))),
    seedFlowMatrix: (graph, matrix) => void (summaries.has(graph) || byVintage(graph).set(matrix.vintage, matrix)),
    seedSummary: (graph, summary) => {
      summaries.set(graph, summary);
      // Matrices seeded from the ego networks' links would stand for the nation: drop them.
      matrices.delete(graph);
    },
    summaryChange: (s) => {
      const summary = s.graph ? summaries.get(s.graph) : undefined;
      const without = summaryWithout(s);
      return summary && s.graph && without ? summaryChangeOf(summary, s.graph, scaleOf(s), without) : null;
    },
    visibleMatrix: (s) => {
      const summary = s.graph ? summaries.get(s.graph) : undefined;
      return summary && s.graph ? summaryMatrixOf(summary, s.graph, scaleOf(s), s.filter, summaryWithout(s)) : matrixOf(visible(s), scaleOf(s));
    },
  };
}
