import type { SupplyGraph } from "../graph/types.ts";
import type { ForceInput } from "./forceMatrices.ts";

/**
 * Flattens the graph for the worker; `nodes` gives the id behind each index. `fromMap` starts
 * from the map positions (a run with new settings), else from where companies are drawn now.
 */
export function forceInputFromGraph(graph: SupplyGraph, fromMap = false): { input: ForceInput; nodes: string[] } {
  const nodes: string[] = new Array(graph.order);
  const index = new Map<string, number>();
  const positions = new Float32Array(graph.order * 2);
  const sizes = new Float32Array(graph.order);
  let i = 0;
  graph.forEachNode((node, attributes) => {
    nodes[i] = node;
    index.set(node, i);
    positions[2 * i] = fromMap ? attributes.mapX : attributes.x;
    positions[2 * i + 1] = fromMap ? attributes.mapY : attributes.y;
    sizes[i] = attributes.size;
    i++;
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[e++] = index.get(source)!;
    edges[e++] = index.get(target)!;
  });
  return { input: { positions, sizes, edges }, nodes };
}

/**
 * Writes positions back as the current x/y (the map position stays in mapX/mapY).
 * One bulk update, so sigma hears a single event instead of one per node.
 */
export function applyPositions(graph: SupplyGraph, nodes: readonly string[], positions: Float32Array): void {
  const index = new Map<string, number>();
  nodes.forEach((id, i) => index.set(id, i));
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const i = index.get(node);
      if (i === undefined) return attributes;
      attributes.x = positions[2 * i]!;
      attributes.y = positions[2 * i + 1]!;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}
