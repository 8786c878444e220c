import type Sigma from "sigma";
import type { Attributes } from "graphology-types";

/** Affine map from graph space to CSS pixels: x' = a*x + c*y + e, y' = b*x + d*y + f. */
export type GraphToScreen = [a: number, b: number, c: number, d: number, e: number, f: number];

export function toScreen(t: GraphToScreen, p: { x: number; y: number }): { x: number; y: number } {
  const [a, b, c, d, e, f] = t;
  return { x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f };
}

export function transformOf<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): GraphToScreen {
  // graphToViewport is affine (camera + framing), so three points fix it.
  const o = renderer.graphToViewport({ x: 0, y: 0 });
  const ex = renderer.graphToViewport({ x: 1, y: 0 });
  const ey = renderer.graphToViewport({ x: 0, y: 1 });
  return [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y, o.x, o.y];
}
