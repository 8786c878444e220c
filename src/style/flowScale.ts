// Scales shared by the flow renderer and its legend, so a legend line is exactly as thick as
// the flow it stands for.

import type { LinkType } from "../model/types.ts";
import { flowMeasureValue, type FlowCell, type FlowMatrix, type FlowMeasure } from "../model/flows.ts";

/** Default stroke widths in CSS pixels: thin enough to stay readable, thick enough to see. */
export const DEFAULT_THICKNESS_RANGE: readonly [number, number] = [0.8, 9];


export interface ThicknessScale {
  (value: number): number;
  readonly domainMax: number;
  readonly range: readonly [number, number];
}

/**
 * Square-root scale so a flow's area, not its width, grows with its value. Nothing (0) draws
 * nothing; anything positive gets at least range[0] so small flows stay visible; values past
 * domainMax (a fitted domain, then a wider filter) clamp to range[1].
 */
export function thicknessScale(domainMax: number, range: readonly [number, number] = DEFAULT_THICKNESS_RANGE): ThicknessScale {
  const [min, max] = range;
  const scale = (value: number): number => {
    if (!(value > 0)) return 0;
    if (!(domainMax > 0) || value >= domainMax) return max;
    return min + (max - min) * Math.sqrt(value / domainMax);
  };
  return Object.assign(scale, { domainMax, range });
}

const LADDER = [1, 2, 5];

/**
 * Up to four round values (1-2-5 steps, ascending) for a thickness legend, the largest not above
 * `max`. When max >= 1 nothing below 1 is offered: a fraction of a link means nothing, so a
 * small max gives fewer steps (max 3 -> [1, 2]).
 */
export function niceLegendSteps(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [];
  // Walk the 1-2-5 ladder as (exponent, rung) so no division can leave a 4.999... behind.
  let exponent = Math.floor(Math.log10(max));
  let rung = LADDER.length - 1;
  const value = () => Number(`${LADDER[rung]!}e${exponent}`);
  // log10 can land one off near powers of ten; settle on the largest rung not above max.
  while (value() > max) if (--rung < 0) [rung, exponent] = [LADDER.length - 1, exponent - 1];
  const steps: number[] = [];
  while (steps.length < 4) {
    const v = value();
    if (max >= 1 && v < 1) break;
    steps.unshift(v);
    if (--rung < 0) [rung, exponent] = [LADDER.length - 1, exponent - 1];
  }
  return steps;
}

/**
 * Domain of a "fixed" scale: the largest all-types flow of the unfiltered matrix, so thickness
 * means the same thing whatever the filter. Pass both vintages' matrices to keep it put across
 * a vintage switch too (merged flows are sums, so they can only be larger).
 */
export function fixedDomain(matrixAll: FlowMatrix | readonly FlowMatrix[], measure: FlowMeasure): number {
  const matrices: readonly FlowMatrix[] = Array.isArray(matrixAll) ? matrixAll : [matrixAll as FlowMatrix];
  let max = 0;
  for (const m of matrices) for (const f of m.flows) max = Math.max(max, flowMeasureValue(f, measure));
  return max;
}

/** Domain of a "fitted" scale: the largest of the flows on screen, so the thickest always uses range[1]. */
export function fittedDomain(visibleFlows: Iterable<FlowCell>, measure: FlowMeasure, type?: LinkType | "all"): number {
  let max = 0;
  for (const f of visibleFlows) max = Math.max(max, flowMeasureValue(f, measure, type));
  return max;
}
