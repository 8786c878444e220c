// The network as an undirected simple graph in compressed rows (CSR): direction is dropped and
// parallel or opposite links between two companies become one edge. Typed arrays keep 100k
// nodes and half a million links to a few megabytes and no per-edge objects.
import type { KeepEdge, SupplyGraph } from "../types.ts";

export interface SimpleGraph {
  /** Node keys; index i is node i. */
  ids: string[];
  /** Neighbours of node i are neighbours[offsets[i] .. offsets[i + 1]), ascending, distinct. */
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function simpleGraph(graph: SupplyGraph, keepEdge?: KeepEdge): SimpleGraph {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));

  const ends: number[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keepEdge && !keepEdge(edge, attributes)) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s !== t) ends.push(s, t);
  });

  const degree = new Int32Array(n + 1);
  for (const i of ends) degree[i + 1]!++;
  for (let i = 0; i < n; i++) degree[i + 1]! += degree[i]!;
  const fill = degree.slice(0, n);
  const raw = new Int32Array(ends.length);
  for (let k = 0; k < ends.length; k += 2) {
    const s = ends[k]!;
    const t = ends[k + 1]!;
    raw[fill[s]!++] = t;
    raw[fill[t]!++] = s;
  }

  // Sort each row, then drop repeats while compacting into the final arrays.
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(raw.length);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const row = raw.subarray(degree[i]!, degree[i + 1]!).sort();
    offsets[i] = w;
    for (let k = 0; k < row.length; k++) if (k === 0 || row[k] !== row[k - 1]) neighbours[w++] = row[k]!;
  }
  offsets[n] = w;
  return { ids, offsets, neighbours: neighbours.slice(0, w) };
}
