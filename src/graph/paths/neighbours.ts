// The one place the traversals read the graph, so keepEdge and keepNode are applied alike.

import type { SupplyGraph } from "../types.ts";
import type { TraversalFilter } from "./types.ts";

/** "out": supplier -> buyer (buyers of a company); "in": its suppliers; "both": either. */
export type Walk = "out" | "in" | "both";

/**
 * Calls `visit(neighbour, edge, forward)` for every kept link of `node` in direction `walk`;
 * `forward` is true when the link runs from `node` to `neighbour` (node supplies neighbour).
 * Self-loops are skipped: they never shorten a path or change a tier.
 */
export function eachNeighbour(
  graph: SupplyGraph,
  node: string,
  walk: Walk,
  filter: TraversalFilter,
  visit: (neighbour: string, edge: string, forward: boolean) => void,
): void {
  const { keepEdge, keepNode } = filter;
  if (walk !== "in") {
    graph.forEachOutEdge(node, (edge, attributes, _source, target, _sa, targetAttributes) => {
      if (target === node || (keepEdge && !keepEdge(edge, attributes)) || (keepNode && !keepNode(target, targetAttributes))) return;
      visit(target, edge, true);
    });
  }
  if (walk !== "out") {
    graph.forEachInEdge(node, (edge, attributes, source, _target, sourceAttributes) => {
      if (source === node || (keepEdge && !keepEdge(edge, attributes)) || (keepNode && !keepNode(source, sourceAttributes))) return;
      visit(source, edge, false);
    });
  }
}
