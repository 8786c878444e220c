// Focus tiers: the company, its suppliers (-1), their suppliers (-2) ... and its buyers (+1),
// their buyers (+2) ..., found by breadth-first search along kept links.

import type { SupplyGraph } from "../types.ts";
import { eachNeighbour, type Walk } from "./neighbours.ts";
import type { SupplyDirection, TraversalFilter } from "./types.ts";

export type TierDepth = 1 | 2 | 3;


export interface TierOptions extends TraversalFilter {
  depth: TierDepth;
  direction: SupplyDirection;
}

export interface SupplyFocus {
  /** Company id -> tier: 0 the company, -k k steps up the supply chain, +k k steps down. */
  tiers: Map<string, number>;
  /** Links whose buyer sits exactly one tier after its supplier, in the order of `tiers`. */
  edges: string[];
}

/** Steps from `id` to every company within `depth` steps along `walk` ("in": suppliers). */
function reach(graph: SupplyGraph, id: string, walk: Walk, depth: number, filter: TraversalFilter): Map<string, number> {
  const steps = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      eachNeighbour(graph, node, walk, filter, (neighbour) => {
        if (steps.has(neighbour)) return;
        steps.set(neighbour, d);
        next.push(neighbour);
      });
    }
    frontier = next;
  }
  steps.delete(id);
  return steps;
}

/**
 * Tier of every company within `depth` steps of `id`, in breadth-first order (suppliers first).
 * Upstream and downstream are searched separately: -2 is a supplier's supplier, never a
 * supplier's buyer. A company found both ways (a cycle through the focus) keeps the tier with
 * the smaller absolute value; on a tie (supplier and buyer at the same distance) it is counted
 * as a supplier. Empty when `id` is not in the graph.
 */
export function supplyTiers(graph: SupplyGraph, id: string, options: TierOptions): Map<string, number> {
  const tiers = new Map<string, number>();
  if (!graph.hasNode(id)) return tiers;
  tiers.set(id, 0);
  const { depth, direction } = options;
  if (direction !== "downstream") for (const [node, d] of reach(graph, id, "in", depth, options)) tiers.set(node, -d);
  if (direction !== "upstream") {
    for (const [node, d] of reach(graph, id, "out", depth, options)) {
      const up = tiers.get(node);
      if (up === undefined || d < -up) tiers.set(node, d);
    }
  }
  return tiers;
}

/**
 * The kept links that join consecutive tiers in the supply direction (buyer tier = supplier
 * tier + 1), for drawing. A link between a tied company and the focus that runs the other way
 * (focus -> company counted as a supplier) is not among them.
 */
export function tierEdges(graph: SupplyGraph, tiers: ReadonlyMap<string, number>, filter: TraversalFilter = {}): string[] {
  const edges: string[] = [];
  const keepEdge = filter.keepEdge;
  for (const [node, tier] of tiers) {
    if (!graph.hasNode(node)) continue;
    graph.forEachOutEdge(node, (edge, attributes, _source, target) => {
      if (tiers.get(target) === tier + 1 && (!keepEdge || keepEdge(edge, attributes))) edges.push(edge);
    });
  }
  return edges;
}

/** supplyTiers and tierEdges together. */
export function supplyFocus(graph: SupplyGraph, id: string, options: TierOptions): SupplyFocus {
  const tiers = supplyTiers(graph, id, options);
  return { tiers, edges: tierEdges(graph, tiers, options) };
}
