// Arrowheads of exported links and flows, as points: the painter fills them, the SVG writer
// writes them as polygons.
import type { FlowCurve } from "../flowGeometry.ts";
import type { PictureEdge } from "./types.ts";

export interface Point {
  x: number;
  y: number;
}

/** A link's curve ends where its arrowhead begins; the tip touches the target's rim (as sigma draws it). */
export function edgeShape(e: PictureEdge): { end: Point; arrow: [Point, Point, Point] | null } {
  const tx = e.x1 - e.cx;
  const ty = e.y1 - e.cy;
  const len = Math.hypot(tx, ty) || 1;
  const ux = tx / len;
  const uy = ty / len;
  const tip = { x: e.x1 - ux * e.r1, y: e.y1 - uy * e.r1 };
  if (e.head <= 0) return { end: tip, arrow: null };
  const base = { x: tip.x - ux * e.head, y: tip.y - uy * e.head };
  // Sigma's arrowhead is twice as wide as the line at its base.
  const half = e.width;
  return { end: base, arrow: [tip, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }] };
}

/** A flow's arrowhead, the same triangle the flow layer fills on screen. */
export function flowArrow(c: FlowCurve): [Point, Point, Point] {
  const tx = c.x1 - c.cx;
  const ty = c.y1 - c.cy;
  const len = Math.hypot(tx, ty) || 1;
  const ux = tx / len;
  const uy = ty / len;
  const head = 5 + c.width * 1.3;
  const half = 2.5 + c.width * 0.9;
  return [
    { x: c.x1 + ux * head * 0.3, y: c.y1 + uy * head * 0.3 },
    { x: c.x1 - ux * head - uy * half, y: c.y1 - uy * head + ux * half },
    { x: c.x1 - ux * head + uy * half, y: c.y1 - uy * head - ux * half },
  ];
}

/** Flow glyph bars (outgoing, incoming, internal) under a division's name, as the flow layer draws them. */
export function glyphBars(anchor: Point, values: readonly number[]): { x: number; y: number; width: number; height: number }[] {
  const height = 26;
  const bar = 5;
  return values.map((value, i) => {
    const h = Math.max(1, value * height);
    return { x: anchor.x - (bar * 3) / 2 + i * bar, y: anchor.y + 10 + height - h, width: bar - 1, height: h };
  });
}
