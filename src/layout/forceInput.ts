import type { CompanyNode, SupplyGraph } from "../graph/types.ts";
import { hasDivision } from "../model/types.ts";
import type { ForceInput } from "./forceMatrices.ts";

/** A company's own drawing from its file (GEXF viz, GraphML x/y, Gephi Lite's layout), if numeric. */
function filePoint(attributes: CompanyNode): { x: number; y: number } | null {
  const { x, y } = attributes.company.attributes;
  if (x === undefined || y === undefined || !x.trim() || !y.trim()) return null;
  const [px, py] = [Number(x), Number(y)];
  return Number.isFinite(px) && Number.isFinite(py) ? { x: px, y: py } : null;
}

/**
 * Where the first layout of a graph without divisions starts: its file's own positions, when
 * every unplaced company not yet laid out has one, scaled into the square the map positions
 * span (so the layout's scale stays the app's). Null otherwise: the map positions are the start.
 */
function fileStart(graph: SupplyGraph): Map<string, { x: number; y: number }> | null {
  const points = new Map<string, { x: number; y: number }>();
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  const map = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  let wanted = 0;
  graph.forEachNode((node, a) => {
    [map.x0, map.x1, map.y0, map.y1] = [Math.min(map.x0, a.mapX), Math.max(map.x1, a.mapX), Math.min(map.y0, a.mapY), Math.max(map.y1, a.mapY)];
    // Placed, or laid out already (its drawn position moved off the map's): not ours to start.
    if (hasDivision(a.division) || a.x !== a.mapX || a.y !== a.mapY) return;
    wanted++;
    const p = filePoint(a);
    if (!p) return;
    points.set(node, p);
    [box.x0, box.x1, box.y0, box.y1] = [Math.min(box.x0, p.x), Math.max(box.x1, p.x), Math.min(box.y0, p.y), Math.max(box.y1, p.y)];
  });
  if (wanted === 0 || points.size < wanted) return null;
  const span = Math.max(box.x1 - box.x0, box.y1 - box.y0);
  const target = Math.max(map.x1 - map.x0, map.y1 - map.y0);
  if (!(span > 0) || !(target > 0)) return null;
  const k = target / span;
  const [cx, cy, mx, my] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, (map.x0 + map.x1) / 2, (map.y0 + map.y1) / 2];
  for (const p of points.values()) [p.x, p.y] = [mx + (p.x - cx) * k, my + (p.y - cy) * k];
  return points;
}

/**
 * Flattens the graph for the worker; `nodes` gives the id behind each index. `fromMap` starts
 * from the map positions (a run with new settings), else from where companies are drawn now,
 * or, for the first layout of companies without divisions, from their file's own positions.
 */
export function forceInputFromGraph(graph: SupplyGraph, fromMap = false): { input: ForceInput; nodes: string[] } {
  const nodes: string[] = new Array(graph.order);
  const index = new Map<string, number>();
  const positions = new Float32Array(graph.order * 2);
  const sizes = new Float32Array(graph.order);
  let i = 0;
  const own = fromMap ? null : fileStart(graph);
  graph.forEachNode((node, attributes) => {
    nodes[i] = node;
    index.set(node, i);
    const start = own?.get(node);
    positions[2 * i] = start ? start.x : fromMap ? attributes.mapX : attributes.x;
    positions[2 * i + 1] = start ? start.y : fromMap ? attributes.mapY : attributes.y;
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
