// Shortest supply path between two companies, by number of links, with a fixed choice among
// equally short ones so the same data always gives the same path.

import type { SupplyGraph } from "../types.ts";
import { eachNeighbour, type Walk } from "./neighbours.ts";
import type { TraversalFilter } from "./types.ts";

export interface PathOptions extends TraversalFilter {
  /** Follow links only from supplier to buyer (default). false: any direction. */
  directed?: boolean;
  /** With `directed`, fall back to the undirected shortest path when no supply path exists. */
  undirectedFallback?: boolean;
}

export interface SupplyPath {
  /** `from` ... `to`. */
  nodes: string[];
  /** edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: string[];
  /** True when some link on the path runs from nodes[i + 1] to nodes[i] (buyer to supplier). */
  directionIgnored: boolean;
}

interface Step {
  node: string;
  edge: string;
  forward: boolean;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every company on some shortest path, by its position on it (from = 0, to = length), or null
 * when there is no path. Breadth-first from both ends, always growing the smaller frontier by a
 * whole layer: the first layer that meets the other side fixes the length, and a dead end on
 * either side ends the search early.
 */
function shortestPathDag(graph: SupplyGraph, from: string, to: string, walk: Walk, filter: TraversalFilter): string[][] | null {
  const back: Walk = walk === "out" ? "in" : walk === "in" ? "out" : "both";
  const fromSteps = new Map<string, number>([[from, 0]]);
  const toSteps = new Map<string, number>([[to, 0]]);
  const forward: string[][] = [[from]];
  const backward: string[][] = [[to]];
  const meet: string[] = [];
  while (meet.length === 0) {
    const ahead = forward[forward.length - 1]!.length <= backward[backward.length - 1]!.length;
    const [layers, seen, other, direction] = ahead ? [forward, fromSteps, toSteps, walk] : [backward, toSteps, fromSteps, back];
    const depth = layers.length;
    const next: string[] = [];
    for (const node of layers[depth - 1]!) {
      eachNeighbour(graph, node, direction, filter, (neighbour) => {
        if (seen.has(neighbour)) return;
        seen.set(neighbour, depth);
        next.push(neighbour);
        if (other.has(neighbour)) meet.push(neighbour);
      });
    }
    if (next.length === 0) return null;
    layers.push(next);
  }
  // Before this layer no company was seen from both ends, so length = both depths together and
  // the companies just met are exactly those at position `a` on the shortest paths.
  const a = forward.length - 1;
  const length = a + backward.length - 1;
  const onPath: string[][] = [];
  const position = new Map<string, number>();
  const put = (k: number, node: string) => {
    if (position.has(node)) return;
    position.set(node, k);
    (onPath[k] ??= []).push(node);
  };
  for (const node of meet) put(a, node);
  for (let k = a - 1; k >= 0; k--) {
    for (const node of onPath[k + 1]!) eachNeighbour(graph, node, back, filter, (prev) => fromSteps.get(prev) === k && put(k, prev));
  }
  for (let k = a + 1; k <= length; k++) {
    for (const node of onPath[k - 1]!) eachNeighbour(graph, node, walk, filter, (next) => toSteps.get(next) === length - k && put(k, next));
  }
  return onPath;
}

function shortest(graph: SupplyGraph, from: string, to: string, walk: Walk, filter: TraversalFilter): SupplyPath | null {
  const onPath = shortestPathDag(graph, from, to, walk, filter);
  if (!onPath) return null;
  const position = new Map<string, number>();
  onPath.forEach((layer, k) => layer.forEach((node) => position.set(node, k)));
  const stepsOn = (node: string): Step[] => {
    const want = position.get(node)! + 1;
    const steps: Step[] = [];
    eachNeighbour(graph, node, walk, filter, (next, edge, forward) => {
      if (position.get(next) === want) steps.push({ node: next, edge, forward });
    });
    return steps;
  };
  // Fewest links walked against the supply direction still to go, from `to` back to `from`.
  const against = new Map<string, number>();
  const cost = (s: Step) => (s.forward ? 0 : 1) + (against.get(s.node) ?? 0);
  if (walk === "both") {
    for (let k = onPath.length - 2; k >= 0; k--) {
      for (const node of onPath[k]!) against.set(node, stepsOn(node).reduce((least, s) => Math.min(least, cost(s)), Infinity));
    }
  }
  // Ties: fewest reversed links, then smallest company id, a forward link, smallest link id.
  const nodes = [from];
  const edges: string[] = [];
  let directionIgnored = false;
  for (let node = from; node !== to; ) {
    const steps = stepsOn(node);
    steps.sort((a, b) => cost(a) - cost(b) || byCode(a.node, b.node) || Number(b.forward) - Number(a.forward) || byCode(a.edge, b.edge));
    const step = steps[0]!;
    if (!step.forward) directionIgnored = true;
    nodes.push(step.node);
    edges.push(step.edge);
    node = step.node;
  }
  return { nodes, edges, directionIgnored };
}

/**
 * Shortest chain of kept links from `from` to `to` where each company supplies the next, or
 * null. `keepNode` is asked about the companies in between, not about the two ends. Among
 * equally short paths the one that walks against the supply direction least is taken (only
 * relevant without `directed`), then the smallest company id at each step, then the smallest
 * link id.
 */
export function supplyPath(graph: SupplyGraph, from: string, to: string, options: PathOptions = {}): SupplyPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], directionIgnored: false };
  const { keepEdge, keepNode, directed = true, undirectedFallback = false } = options;
  const filter: TraversalFilter = {
    keepEdge,
    keepNode: keepNode && ((node, attributes) => node === from || node === to || keepNode(node, attributes)),
  };
  if (!directed) return shortest(graph, from, to, "both", filter);
  return shortest(graph, from, to, "out", filter) ?? (undirectedFallback ? shortest(graph, from, to, "both", filter) : null);
}
