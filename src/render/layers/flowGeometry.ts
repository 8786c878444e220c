// Screen geometry of division flows: pure numbers, so hit-testing and drawing agree
// and both run in tests without a canvas.
import type { DivisionCode } from "../../model/types.ts";
import { toScreen, type GraphToScreen } from "./viewTransform.ts";

export interface FlowToDraw {
  from: DivisionCode;
  to: DivisionCode;
  value: number;
  /** Stroke width in CSS pixels. */
  width: number;
  color: string;
}

/** A quadratic curve from (x0, y0) through control (cx, cy) to (x1, y1). */
export interface QuadCurve {
  x0: number;
  y0: number;
  cx: number;
  cy: number;
  x1: number;
  y1: number;
}

export interface FlowCurve extends FlowToDraw, QuadCurve {}

/** How far the curve bows, as a share of its length: enough to split A→B from B→A. */
const BEND = 0.18;
/**
 * Radius around a division's anchor (its name and totals bars) that flows stay out of, in CSS
 * pixels: an arrow stops at this circle where its curve meets it, so arrows from different
 * divisions end at different points around the destination instead of piling up on its centre.
 */
export const END_RADIUS = 17;
/** Flows leave closer to the anchor: their start carries no head. */
export const START_RADIUS = 8;


/**
 * Quadratic curves bowing to the right of travel: A→B and B→A bow to opposite
 * sides, so the two directions never sit on one line.
 */
export function flowCurves(
  flows: readonly FlowToDraw[],
  anchors: ReadonlyMap<DivisionCode, { x: number; y: number }>,
  transform: GraphToScreen,
): FlowCurve[] {
  const curves: FlowCurve[] = [];
  for (const flow of flows) {
    const a = anchors.get(flow.from);
    const b = anchors.get(flow.to);
    if (!a || !b) continue;
    const p = toScreen(transform, a);
    const q = toScreen(transform, b);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const length = Math.hypot(dx, dy);
    if (length < 1) continue;
    const ux = dx / length;
    const uy = dy / length;
    // Screen y grows downward, so (-uy, ux) is the right-hand normal of travel.
    const cx = (p.x + q.x) / 2 - uy * length * BEND;
    const cy = (p.y + q.y) / 2 + ux * length * BEND;
    // Each end moves to where the curve leaves or meets the circle around its anchor: along the
    // direction of the control point, which is the curve's own tangent there. Short flows keep
    // at least half their length.
    const start = towards(p, cx, cy, Math.min(START_RADIUS, length / 4));
    const end = towards(q, cx, cy, Math.min(END_RADIUS, length / 4));
    curves.push({ ...flow, x0: start.x, y0: start.y, cx, cy, x1: end.x, y1: end.y });
  }
  // Biggest on top: drawn last.
  return curves.sort((m, n) => m.value - n.value);
}

function towards(from: { x: number; y: number }, x: number, y: number, distance: number): { x: number; y: number } {
  const dx = x - from.x;
  const dy = y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / d) * distance, y: from.y + (dy / d) * distance };
}

export function pointOnCurve(c: FlowCurve, t: number): { x: number; y: number } {
  const u = 1 - t;
  return { x: u * u * c.x0 + 2 * u * t * c.cx + t * t * c.x1, y: u * u * c.y0 + 2 * u * t * c.cy + t * t * c.y1 };
}

const SAMPLES = 24;

/** The flow under the pointer: nearest curve within its half-width plus `tolerance` pixels; top-most wins ties. */
export function hitFlow(curves: readonly FlowCurve[], x: number, y: number, tolerance = 4): FlowCurve | null {
  let best: FlowCurve | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = curves.length - 1; i >= 0; i--) {
    const c = curves[i]!;
    const reach = c.width / 2 + tolerance;
    for (let s = 0; s <= SAMPLES; s++) {
      const p = pointOnCurve(c, s / SAMPLES);
      const d = Math.hypot(p.x - x, p.y - y);
      if (d <= reach && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
  }
  return best;
}
