// Arrowheads of exported links, as points: sigma draws them in WebGL, the pictures as polygons.
import type { Point } from "../pen/types.ts";
import type { PictureEdge } from "./types.ts";

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
