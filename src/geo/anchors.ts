// One anchor point per division (labels, flow arrows): well inside the division, and as
// central as that allows. The area centroid alone fails for ring-shaped divisions: Gyeonggi's
// centroid falls inside Seoul, Jeonnam's close to Gwangju.

import type { DivisionCode } from "../model/types.ts";
import type { DivisionShape, GraphPoint } from "./types.ts";
import { buildRingIndex, indexContains, indexDistance } from "./polygon.ts";

const GRID = 48;
/** Candidates must keep at least this share of the best clearance found. */
const MIN_CLEARANCE_SHARE = 0.5;

/**
 * Anchor of one division: among grid points inside the shape whose distance to the outline is
 * at least half the largest such distance, the one nearest the area centroid (estimated from
 * the same grid, so ring winding does not matter).
 */
export function divisionAnchor(shape: DivisionShape, grid = GRID): GraphPoint {
  const index = buildRingIndex(shape.rings);
  const [x0, x1] = shape.bbox.x, [y0, y1] = shape.bbox.y;
  const step = Math.max(x1 - x0, y1 - y0) / grid;
  const xs: number[] = [], ys: number[] = [], clear: number[] = [];
  let cx = 0, cy = 0, best = 0;
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) {
      if (!indexContains(index, x, y)) continue;
      const c = indexDistance(index, x, y);
      xs.push(x);
      ys.push(y);
      clear.push(c);
      cx += x;
      cy += y;
      if (c > best) best = c;
    }
  }
  if (xs.length === 0) return { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  cx /= xs.length;
  cy /= xs.length;
  let pick = 0, pickD = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if ((clear[i] as number) < best * MIN_CLEARANCE_SHARE) continue;
    const d = Math.hypot((xs[i] as number) - cx, (ys[i] as number) - cy);
    if (d < pickD) [pick, pickD] = [i, d];
  }
  return { x: xs[pick] as number, y: ys[pick] as number };
}

/** Anchor per division, in graph space. Pass `projection.provincePaths(features)`. */
export function divisionAnchors(shapes: readonly DivisionShape[]): Map<DivisionCode, GraphPoint> {
  return new Map(shapes.map((s) => [s.code, divisionAnchor(s)]));
}
