// Louvain communities on the undirected view: who works with whom matters here, not who
// supplies whom. A pair's edge weighs its number of links (both directions, any type), so
// repeated collaboration pulls a pair together; amounts are ignored (often missing).
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { Random } from "../../geo/random.ts";
import type { FlatGraph } from "./flatGraph.ts";

const LOUVAIN_SALT = 0x10a1;

export interface Communities {
  /** Community of each node: 0 is the largest, ties broken by first node. */
  community: Int32Array;
  count: number;
}

/** One undirected weighted edge per linked pair, built from a sorted list of pair keys. */
function undirectedView(flat: FlatGraph): Graph {
  const n = flat.ids.length;
  const { source, target } = flat;
  const keys = new Float64Array(source.length);
  let k = 0;
  for (let e = 0; e < source.length; e++) {
    const a = source[e]!;
    const b = target[e]!;
    if (a === b) continue;
    // Exact in a double while n² < 2^53, i.e. any graph a browser can hold.
    keys[k++] = a < b ? a * n + b : b * n + a;
  }
  const sorted = keys.subarray(0, k).sort();
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(i);
  for (let i = 0; i < k; ) {
    const key = sorted[i]!;
    let j = i + 1;
    while (j < k && sorted[j] === key) j++;
    graph.addEdge(Math.floor(key / n), key % n, { weight: j - i });
    i = j;
  }
  return graph;
}

export function computeCommunities(flat: FlatGraph, seed: number): Communities {
  const n = flat.ids.length;
  const community = new Int32Array(n);
  if (n === 0) return { community, count: 0 };
  const rng = new Random(seed, LOUVAIN_SALT);
  const raw = louvain(undirectedView(flat), { getEdgeWeight: "weight", rng: () => rng.next() });

  // Renumber by size so community 0 is always the biggest, whatever ids Louvain handed out.
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  const label = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = raw[i] ?? -1 - i;
    label[i] = c;
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, i);
  }
  const order = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const rank = new Map(order.map((c, r) => [c, r]));
  for (let i = 0; i < n; i++) community[i] = rank.get(label[i]!)!;
  return { community, count: order.length };
}

/**
 * Communities given from outside (a bundle's drawn ones), in Louvain's shape: a loaded view keeps
 * the colours it was exported with instead of a new partition of its subset. Companies the map
 * does not name get one new community each after the largest given id.
 */
export function givenCommunities(flat: FlatGraph, given: ReadonlyMap<string, number>): Communities {
  const n = flat.ids.length;
  const community = new Int32Array(n);
  let next = 0;
  for (const c of given.values()) if (Number.isInteger(c) && c >= next) next = c + 1;
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = given.get(flat.ids[i]!);
    community[i] = c !== undefined && Number.isInteger(c) && c >= 0 ? c : next++;
    seen.add(community[i]!);
  }
  return { community, count: seen.size };
}
