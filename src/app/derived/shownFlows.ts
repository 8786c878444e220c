// The flows the map draws and the scales it draws them with: the division selection, the measure
// and the flow limit applied to the shown matrix; thickness and choropleth fixed (every vintage's
// unfiltered flows) or fitted to what is drawn.
import { selectedUnits } from "../../regions/units.ts";
import type { RegionScale } from "../../model/scale.ts";
import { scaleOf } from "../../state/regionScale.ts";
import { flowMeasureValue, type Flow, type FlowMatrix } from "../../model/flows.ts";
import { limitFlows } from "../../graph/flows/limit.ts";
import { passesDivisionSelection } from "../../graph/flows/select.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { choroplethScale, type ChoroplethScale } from "../../style/choropleth.ts";
import { fittedDomain, fixedDomain, thicknessScale, type ThicknessScale } from "../../style/flowScale.ts";
import type { AtlasState } from "../../state/store.ts";
import { memoLast } from "../../schedule/memo.ts";
import type { MatrixValues } from "./matrices.ts";

export interface ShownFlowValues {
  /** Flows the division selection, the measure and the flow limit leave on the map, largest first. */
  shownFlows(state: AtlasState): readonly Flow[];
  /** How many flows the selection passes before the limit, and the share of their total the shown ones carry. */
  flowCoverage(state: AtlasState): { shown: number; candidates: number; share: number };
  /** The flow thickness scale the map draws and the legend states: fixed spans every vintage's unfiltered flows, fitted only what is drawn. */
  flowThickness(state: AtlasState): ThicknessScale | null;
  choropleth(state: AtlasState): ChoroplethScale | null;
}

export function shownFlowValues({ visibleMatrix, allMatrices }: Pick<MatrixValues, "visibleMatrix" | "allMatrices">): ShownFlowValues {
  const limitedOf = memoLast(
    (matrix: FlowMatrix | null, measure: AtlasState["flowMeasure"], selectedDivisions: AtlasState["selectedDivisions"], mode: AtlasState["divisionMode"], limit: AtlasState["flowLimit"]) => {
      if (!matrix) return { kept: [] as Flow[], candidates: 0, share: 1 };
      const selected = selectedUnits(selectedDivisions, matrix.vintage);
      // The matrix counts only the filter's link types already, so every flow is read whole.
      const passing = matrix.flows.filter((f) => passesDivisionSelection(f.from, f.to, selected, mode) && flowMeasureValue(f, measure, "all") > 0);
      return limitFlows(passing, (f) => flowMeasureValue(f, measure, "all"), limit);
    },
  );
  const limited = (s: AtlasState) => limitedOf(visibleMatrix(s), s.flowMeasure, s.selectedDivisions, s.divisionMode, s.flowLimit);
  const shownFlows = (s: AtlasState): readonly Flow[] => limited(s).kept;
  const coverageOf = memoLast((l: ReturnType<typeof limited>) => ({ shown: l.kept.length, candidates: l.candidates, share: l.share }));

  const thicknessOf = memoLast(
    (graph: SupplyGraph | null, flows: readonly Flow[], measure: AtlasState["flowMeasure"], scaleMode: AtlasState["scaleMode"], scale: RegionScale) => {
      if (!graph) return null;
      return thicknessScale(scaleMode === "fixed" ? fixedDomain(allMatrices(graph, scale), measure) : fittedDomain(flows, measure, "all"));
    },
  );
  const choroplethOf = memoLast(
    (matrix: FlowMatrix | null, graph: SupplyGraph | null, choropleth: AtlasState["choropleth"], flowMeasure: AtlasState["flowMeasure"], scaleMode: AtlasState["scaleMode"], selectedDivisions: AtlasState["selectedDivisions"], scale: RegionScale) =>
      matrix && graph ? choroplethScale({ choropleth, flowMeasure, scaleMode, selectedDivisions }, matrix, allMatrices(graph, scale)) : null,
  );

  return {
    shownFlows,
    flowCoverage: (s) => coverageOf(limited(s)),
    flowThickness: (s) => thicknessOf(s.graph, shownFlows(s), s.flowMeasure, s.scaleMode, scaleOf(s)),
    choropleth: (s) => choroplethOf(visibleMatrix(s), s.graph, s.choropleth, s.flowMeasure, s.scaleMode, s.selectedDivisions, scaleOf(s)),
  };
}
