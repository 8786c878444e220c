// Planar geometry on graph-space rings: bounding boxes, even-odd point-in-polygon
// (plain and band-indexed), distance to the outline.

import type { GraphBBox, GraphRing } from "./types.ts";

export function ringsBBox(rings: readonly GraphRing[]): GraphBBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      const x = ring[i] as number, y = ring[i + 1] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return { x: [x0, x1], y: [y0, y1] };
}

/** Even-odd test against every edge of every ring: holes and islands need no special case. */
export function pointInRings(rings: readonly GraphRing[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 2; i + 1 < ring.length; i += 2) {
      const ax = ring[i - 2] as number, ay = ring[i - 1] as number;
      const bx = ring[i] as number, by = ring[i + 1] as number;
      if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  }
  return inside;
}

/** Distance from (x, y) to the nearest edge of any ring. */
export function distanceToRings(rings: readonly GraphRing[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 2; i + 1 < ring.length; i += 2) {
      const ax = ring[i - 2] as number, ay = ring[i - 1] as number;
      const dx = (ring[i] as number) - ax, dy = (ring[i + 1] as number) - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      const ex = x - (ax + t * dx), ey = y - (ay + t * dy);
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
  }
  return Math.sqrt(best);
}

/**
 * Edges bucketed into horizontal bands, so a point test only looks at the edges whose
 * y-range can cross the point's band: a few dozen instead of thousands for Jeonnam.
 */
export interface RingIndex {
  readonly bbox: GraphBBox;
  readonly y0: number;
  readonly bandHeight: number;
  readonly bands: number;
  /** Edges of band b are bandEdges[bandStart[b] .. bandStart[b + 1]). */
  readonly bandStart: Int32Array;
  readonly bandEdges: Int32Array;
  /** Edge e runs from (ex[2e], ey[2e]) to (ex[2e+1], ey[2e+1]). */
  readonly ex: Float64Array;
  readonly ey: Float64Array;
}

export function buildRingIndex(rings: readonly GraphRing[], bands = 256): RingIndex {
  const bbox = ringsBBox(rings);
  let edgeCount = 0;
  for (const ring of rings) edgeCount += Math.max(0, ring.length / 2 - 1);
  const ex = new Float64Array(edgeCount * 2), ey = new Float64Array(edgeCount * 2);
  let e = 0;
  for (const ring of rings) {
    for (let i = 2; i + 1 < ring.length; i += 2, e++) {
      ex[2 * e] = ring[i - 2] as number;
      ey[2 * e] = ring[i - 1] as number;
      ex[2 * e + 1] = ring[i] as number;
      ey[2 * e + 1] = ring[i + 1] as number;
    }
  }
  const y0 = bbox.y[0];
  const bandHeight = (bbox.y[1] - y0) / bands || 1;
  const bandOf = (y: number): number => Math.min(bands - 1, Math.max(0, Math.floor((y - y0) / bandHeight)));
  const counts = new Int32Array(bands + 1);
  for (let i = 0; i < edgeCount; i++) {
    const a = bandOf(Math.min(ey[2 * i] as number, ey[2 * i + 1] as number));
    const b = bandOf(Math.max(ey[2 * i] as number, ey[2 * i + 1] as number));
    for (let k = a; k <= b; k++) counts[k + 1]!++;
  }
  for (let k = 0; k < bands; k++) counts[k + 1]! += counts[k]!;
  const bandStart = counts.slice();
  const fill = counts.slice(0, bands);
  const bandEdges = new Int32Array(bandStart[bands]!);
  for (let i = 0; i < edgeCount; i++) {
    const a = bandOf(Math.min(ey[2 * i] as number, ey[2 * i + 1] as number));
    const b = bandOf(Math.max(ey[2 * i] as number, ey[2 * i + 1] as number));
    for (let k = a; k <= b; k++) bandEdges[fill[k]!++] = i;
  }
  return { bbox, y0, bandHeight, bands, bandStart, bandEdges, ex, ey };
}

/** Same answer as pointInRings, using the band index. */
export function indexContains(index: RingIndex, x: number, y: number): boolean {
  const { bbox } = index;
  if (x < bbox.x[0] || x > bbox.x[1] || y < bbox.y[0] || y > bbox.y[1]) return false;
  const band = Math.min(index.bands - 1, Math.max(0, Math.floor((y - index.y0) / index.bandHeight)));
  const { bandEdges, ex, ey } = index;
  let inside = false;
  for (let k = index.bandStart[band]!, end = index.bandStart[band + 1]!; k < end; k++) {
    const e = bandEdges[k]!;
    const ax = ex[2 * e]!, ay = ey[2 * e]!, bx = ex[2 * e + 1]!, by = ey[2 * e + 1]!;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

/** The smaller of `best` and the squared distance from (x, y) to the edges listed in `band`. */
function bandDistance2(index: RingIndex, band: number, x: number, y: number, best: number): number {
  const { bandStart, bandEdges, ex, ey } = index;
  for (let k = bandStart[band]!, end = bandStart[band + 1]!; k < end; k++) {
    const e = bandEdges[k]!;
    const ax = ex[2 * e]!, ay = ey[2 * e]!;
    const dx = ex[2 * e + 1]! - ax, dy = ey[2 * e + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
    const qx = x - (ax + t * dx), qy = y - (ay + t * dy);
    const d2 = qx * qx + qy * qy;
    if (d2 < best) best = d2;
  }
  return best;
}

const homeBand = (index: RingIndex, y: number) => Math.min(index.bands - 1, Math.max(0, Math.floor((y - index.y0) / index.bandHeight)));

/**
 * Distance from (x, y) to the nearest edge in its own band: never less than distanceToRings (it
 * looks at some of the edges), and cheap. Infinity when the band has none.
 */
export function bandDistance(index: RingIndex, x: number, y: number): number {
  return Math.sqrt(bandDistance2(index, homeBand(index, y), x, y, Infinity));
}

/**
 * Same answer as distanceToRings, using the band index: bands are scanned outward from the
 * point's own until the next band is further away, vertically, than the nearest edge found.
 */
export function indexDistance(index: RingIndex, x: number, y: number): number {
  const { y0, bandHeight, bands } = index;
  const home = homeBand(index, y);
  let best = bandDistance2(index, home, x, y, Infinity);
  // Slack for rounding at band boundaries (an edge's band comes from a division, the gap from a product).
  const slack = bandHeight * 1e-6;
  const near = (gap: number) => gap <= slack || (gap - slack) * (gap - slack) < best;
  for (let r = 1; home - r >= 0 || home + r < bands; r++) {
    const below = home - r >= 0 ? y - (y0 + (home - r + 1) * bandHeight) : Infinity;
    const above = home + r < bands ? y0 + (home + r) * bandHeight - y : Infinity;
    if (!near(below) && !near(above)) break;
    if (near(below)) best = bandDistance2(index, home - r, x, y, best);
    if (near(above)) best = bandDistance2(index, home + r, x, y, best);
  }
  return Math.sqrt(best);
}
