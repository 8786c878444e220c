// Everything the screen shows that is computed from the store: declared once here, cached per
// app instance, and read by the map, the legend, the panels and the status line alike. Each
// group of values is built in its own module of derived/, from the values it reads.
import { scaleOf } from "../state/regionScale.ts";
import type { RegionScale } from "../model/scale.ts";
import type { FilterState } from "../graph/filters/types.ts";
import { visibility, type Visible } from "../graph/filters/visibility.ts";
import type { Removal } from "../graph/filters/whatIfRemoval.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { AtlasState } from "../state/store.ts";
import { memoLast } from "../schedule/memo.ts";
import { effectiveLevel, type DrawLevel } from "./map/drawLevel.ts";
import { matrixValues, type MatrixValues } from "./derived/matrices.ts";
import { shownFlowValues, type ShownFlowValues } from "./derived/shownFlows.ts";
import { litValues, type LitValues } from "./derived/lit.ts";
import { shownValues, type ShownValues } from "./derived/shown.ts";
import { companyValues, type CompanyValues } from "./derived/companies.ts";

export interface Derived extends MatrixValues, ShownFlowValues, LitValues, ShownValues, CompanyValues {
  /** What the filters and any what-if removal keep; null without a graph. */
  visible(state: AtlasState): Visible | null;
  drawLevel(state: AtlasState): DrawLevel;
}

export function createDerived(): Derived {
  const visibleOf = memoLast((graph: SupplyGraph | null, filter: FilterState, removal: Removal | null, vintage: RegionScale): Visible | null =>
    graph ? { graph, ...visibility(graph, filter, removal, vintage) } : null,
  );
  const visible = (s: AtlasState) => visibleOf(s.graph, s.filter, s.removal, scaleOf(s));
  const matrices = matrixValues(visible);
  const lit = litValues(visible);
  return {
    visible,
    drawLevel: effectiveLevel,
    ...matrices,
    ...shownFlowValues(matrices),
    ...lit,
    ...shownValues(visible, lit.trace, matrices.visibleMatrix),
    ...companyValues(),
  };
}
