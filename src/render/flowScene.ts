// From store state and the flow matrix to what the flow layer draws and the legend states.
import type { DivisionCode } from "../model/types.ts";
import type { FlowMatrix } from "../model/flows.ts";
import { fittedDomain, fixedDomain, thicknessScale, type ThicknessScale } from "../style/flowScale.ts";
import { flowMeasureValue } from "../model/flows.ts";
import { passesDivisionSelection } from "../graph/flowSelect.ts";
import { LINK_TYPE_COLORS } from "../style/palette.ts";
import type { AtlasState } from "../state/store.ts";
import type { DivisionGlyph, FlowScene } from "./flowLayer.ts";
import type { FlowToDraw } from "./flowGeometry.ts";

/** All link types together: one neutral ink, so colour is free to mean a type when one is chosen. */
export const ALL_TYPES_FLOW_COLOR = "#34495E";

type FlowState = Pick<AtlasState, "flowMeasure" | "flowType" | "scaleMode" | "selectedDivisions" | "divisionMode" | "hoveredFlow">;

/** The thickness scale in force: fixed spans every vintage's unfiltered flows, fitted only what is drawn. */
export function flowThickness(state: FlowState, matrix: FlowMatrix, allMatrices: readonly FlowMatrix[]): ThicknessScale {
  if (state.scaleMode === "fixed") return thicknessScale(fixedDomain(allMatrices, state.flowMeasure));
  return thicknessScale(fittedDomain(visibleFlows(state, matrix), state.flowMeasure, state.flowType));
}

export function visibleFlows(state: FlowState, matrix: FlowMatrix) {
  const selected = new Set(state.selectedDivisions);
  return matrix.flows.filter(
    (f) => passesDivisionSelection(f.from, f.to, selected, state.divisionMode) && flowMeasureValue(f, state.flowMeasure, state.flowType) > 0,
  );
}

export function buildFlowScene(
  state: FlowState,
  matrix: FlowMatrix,
  allMatrices: readonly FlowMatrix[],
  anchors: ReadonlyMap<DivisionCode, { x: number; y: number }>,
  labels: FlowScene["labels"] = [],
): FlowScene {
  const scale = flowThickness(state, matrix, allMatrices);
  const color = state.flowType === "all" ? ALL_TYPES_FLOW_COLOR : LINK_TYPE_COLORS[state.flowType];
  const flows: FlowToDraw[] = visibleFlows(state, matrix).map((f) => {
    const value = flowMeasureValue(f, state.flowMeasure, state.flowType);
    return { from: f.from, to: f.to, value, width: scale(value), color };
  });
  return { visible: true, flows, anchors, glyphs: divisionGlyphs(matrix, state), highlight: state.hoveredFlow, labels };
}

/** Bars of outgoing, incoming and internal links at each division, relative to the largest of any. */
export function divisionGlyphs(matrix: FlowMatrix, state: Pick<AtlasState, "flowMeasure">): DivisionGlyph[] {
  const m = state.flowMeasure;
  let max = 0;
  for (const code of matrix.divisions) {
    const t = matrix.totals[code];
    if (t) max = Math.max(max, t.outgoing[m], t.incoming[m], t.internal[m]);
  }
  if (max === 0) return [];
  const rel = (v: number) => Math.sqrt(v / max);
  return matrix.divisions.flatMap((code) => {
    const t = matrix.totals[code];
    if (!t || t.outgoing.count + t.incoming.count + t.internal.count === 0) return [];
    return [{ division: code, out: rel(t.outgoing[m]), in: rel(t.incoming[m]), internal: rel(t.internal[m]) }];
  });
}
