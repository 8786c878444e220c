import { scaleDiverging, scaleSequential } from "d3-scale";
import { interpolateBlues, interpolatePuOr } from "d3-scale-chromatic";
import type { DivisionCode } from "../model/types.ts";
import type { DivisionMeasure, FlowMatrix, FlowMeasure } from "../model/flows.ts";
import { divisionMeasure, divisionMeasureExtent } from "../model/divisionMeasure.ts";

export interface ChoroplethScale {
  measure: DivisionMeasure;
  domain: [number, number];
  /** "net" is diverging around 0 (suppliers one way, buyers the other); the rest sequential. */
  diverging: boolean;
  color: (value: number) => string;
  valueOf: (code: DivisionCode) => number | null;
  unit: string;
}

interface ChoroplethState {
  choropleth: DivisionMeasure | "none";
  flowMeasure: FlowMeasure;
  scaleMode: "fixed" | "fitted";
  selectedDivisions: readonly DivisionCode[];
}

/**
 * Colour for each division under the chosen measure. Fixed: domain over every vintage's
 * divisions, so colours stay comparable; fitted: over the selected divisions (or all shown).
 */
export function choroplethScale(state: ChoroplethState, matrix: FlowMatrix, allMatrices: readonly FlowMatrix[]): ChoroplethScale | null {
  if (state.choropleth === "none") return null;
  const measure = state.choropleth;
  const extentOf = (m: FlowMatrix) => divisionMeasureExtent(m, measure, state.flowMeasure);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  if (state.scaleMode === "fixed") {
    for (const m of allMatrices) {
      const [a, b] = extentOf(m);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
  } else {
    const codes = state.selectedDivisions.length > 0 ? state.selectedDivisions : matrix.divisions;
    for (const code of codes) {
      const totals = matrix.totals[code];
      if (!totals) continue;
      const { value } = divisionMeasure(totals, measure, state.flowMeasure);
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
  }
  if (!(lo <= hi)) [lo, hi] = [0, 0];
  const valueOf = (code: DivisionCode) => {
    const totals = matrix.totals[code];
    return totals ? divisionMeasure(totals, measure, state.flowMeasure).value : null;
  };
  const unit = matrix.totals[matrix.divisions[0] ?? ""] ? divisionMeasure(matrix.totals[matrix.divisions[0]!]!, measure, state.flowMeasure).unit : "";
  if (measure === "net") {
    const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
    // PuOr runs orange (low) to purple (high): net buyers orange, net suppliers purple.
    const scale = scaleDiverging(interpolatePuOr).domain([-m, 0, m]);
    return { measure, domain: [-m, m], diverging: true, color: (v) => scale(v), valueOf, unit };
  }
  const scale = scaleSequential(interpolateBlues).domain([Math.min(0, lo), hi || 1]);
  // The lightest fifth of Blues is hard to tell from the plain map; start a little in.
  return { measure, domain: [Math.min(0, lo), hi || 1], diverging: false, color: (v) => scale(v * 0.85 + (hi || 1) * 0.15), valueOf, unit };
}
