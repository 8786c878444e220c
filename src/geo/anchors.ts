// One anchor point per division (labels, flow arrows): well inside the division, and as
// central as that allows. The area centroid alone fails for ring-shaped divisions: Gyeonggi's
// centroid falls inside Seoul, Jeonnam's close to Gwangju.

import type { DivisionCode } from "../model/types.ts";
import type { DivisionShape, GraphPoint } from "./types.ts";
import { bandDistance, buildRingIndex, indexContains, indexDistance } from "./polygon.ts";

const GRID = 48;
/** Candidates must keep at least this share of the best clearance found. */
const MIN_CLEARANCE_SHARE = 0.5;

/**
 * Anchor of one division: among grid points inside the shape whose distance to the outline is
 * at least half the largest such distance, the one nearest the area centroid (estimated from
 * the same grid, so ring winding does not matter).
 *
 * The distance to the outline is the costly part (250 municipalities: over 100 ms measured at
 * every point). Each point's distance to the edges of its own band bounds it from above for
 * almost nothing, so the exact distance is measured only where that bound can still matter:
 * the largest first, until no bound beats the best found; then from the centroid outward,
 * until a point clears the bar. The same point as measuring every one.
 */
export function divisionAnchor(shape: DivisionShape, grid = GRID): GraphPoint {
  const index = buildRingIndex(shape.rings);
  const [x0, x1] = shape.bbox.x, [y0, y1] = shape.bbox.y;
  const step = Math.max(x1 - x0, y1 - y0) / grid;
  const xs: number[] = [], ys: number[] = [], bound: number[] = [];
  let cx = 0, cy = 0;
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) {
      if (!indexContains(index, x, y)) continue;
      xs.push(x);
      ys.push(y);
      bound.push(bandDistance(index, x, y));
      cx += x;
      cy += y;
    }
  }
  // A shape of small islands (옹진군) may slip between grid points: look again, finer.
  if (xs.length === 0) return grid < GRID * 8 ? divisionAnchor(shape, grid * 4) : { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  cx /= xs.length;
  cy /= xs.length;
  const clear = new Map<number, number>();
  const clearance = (i: number) => {
    let c = clear.get(i);
    if (c === undefined) clear.set(i, (c = indexDistance(index, xs[i] as number, ys[i] as number)));
    return c;
  };
  const order = xs.map((_, i) => i);
  let best = 0;
  for (const i of [...order].sort((a, b) => (bound[b] as number) - (bound[a] as number) || a - b)) {
    if ((bound[i] as number) <= best) break;
    best = Math.max(best, clearance(i));
  }
  const d = xs.map((x, i) => Math.hypot(x - cx, (ys[i] as number) - cy));
  for (const i of order.sort((a, b) => (d[a] as number) - (d[b] as number) || a - b)) {
    if ((bound[i] as number) < best * MIN_CLEARANCE_SHARE) continue;
    if (clearance(i) >= best * MIN_CLEARANCE_SHARE) return { x: xs[i] as number, y: ys[i] as number };
  }
  return { x: xs[0] as number, y: ys[0] as number };
}

/** Anchor per division, in graph space. Pass `projection.provincePaths(features)`. */
export function divisionAnchors(shapes: readonly DivisionShape[]): Map<DivisionCode, GraphPoint> {
  return new Map(shapes.map((s) => [s.code, divisionAnchor(s)]));
}
