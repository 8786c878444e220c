import type { SupplyGraph } from "../graph/types.ts";

export interface Targets {
  /** Node id -> target x, y. */
  get: (node: string) => { x: number; y: number } | undefined;
}

/** Smoothstep: eases in and out so the motion reads as one movement. */
export const ease = (t: number) => t * t * (3 - 2 * t);

/** Captures start positions; `at(t)` writes the blend for t in [0, 1] in a single bulk update. */
export function positionBlend(graph: SupplyGraph, targets: Targets) {
  const start = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node, a) => start.set(node, { x: a.x, y: a.y }));
  return {
    at(t: number) {
      const k = ease(Math.min(1, Math.max(0, t)));
      graph.updateEachNodeAttributes(
        (node, a) => {
          const from = start.get(node);
          const to = targets.get(node);
          if (!from || !to) return a;
          a.x = from.x + (to.x - from.x) * k;
          a.y = from.y + (to.y - from.y) * k;
          return a;
        },
        { attributes: ["x", "y"] },
      );
    },
  };
}
