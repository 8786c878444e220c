// Brandes' single-source step on flat arrays (unweighted, directed). Shortest paths are
// counted over companies, not links: two contracts between one pair are one hop, as in
// graphology's unweighted betweenness (it walks distinct out-neighbours too).
import type { FlatGraph } from "./flatGraph.ts";

/** Distinct out-neighbours of every node, without self-links. */
export interface OutAdjacency {
  start: Int32Array;
  neighbours: Int32Array;
}

export function outAdjacency(flat: FlatGraph): OutAdjacency {
  const n = flat.ids.length;
  const { source, target } = flat;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) start[source[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const raw = new Int32Array(source.length);
  for (let e = 0; e < source.length; e++) raw[fill[source[e]!]!++] = target[e]!;
  // Drop parallel links and self-links in place, node by node, with a stamp per node.
  const seen = new Int32Array(n).fill(-1);
  const compact = new Int32Array(n + 1);
  let k = 0;
  for (let u = 0; u < n; u++) {
    compact[u] = k;
    for (let j = start[u]!; j < start[u + 1]!; j++) {
      const v = raw[j]!;
      if (v === u || seen[v] === u) continue;
      seen[v] = u;
      raw[k++] = v;
    }
  }
  compact[n] = k;
  return { start: compact, neighbours: raw.slice(0, k) };
}

/** Work arrays reused across sources: clearing only what a BFS touched keeps each step O(reached). */
export interface BrandesState {
  dist: Int32Array;
  sigma: Float64Array;
  delta: Float64Array;
  order: Int32Array;
}

export function brandesState(n: number): BrandesState {
  return { dist: new Int32Array(n).fill(-1), sigma: new Float64Array(n), delta: new Float64Array(n), order: new Int32Array(n) };
}

/**
 * Runs one BFS from `s` and adds, for every reached v != s, its dependency
 * δ_s(v) = Σ_t σ_st(v)/σ_st to `sum[v]` (and δ² to `sumSq[v]` when given: the sampled
 * estimate needs it for its error).
 * Predecessors are not stored: walking back in BFS order, a neighbour w one hop further
 * is a successor on a shortest path, which gives the same sums with less memory.
 */
export function accumulateFrom(s: number, adj: OutAdjacency, state: BrandesState, sum: Float64Array, sumSq: Float64Array | null): void {
  const { start, neighbours } = adj;
  const { dist, sigma, delta, order } = state;
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let j = start[v]!; j < start[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (dist[w]! < 0) {
        dist[w] = next;
        order[tail++] = w;
      }
      if (dist[w] === next) sigma[w]! += sv;
    }
  }
  // delta[] holds (1 + δ(w)) / σ(w) once w is done: one division per node, not per link.
  for (let i = tail - 1; i > 0; i--) {
    const v = order[i]!;
    const next = dist[v]! + 1;
    let acc = 0;
    for (let j = start[v]!; j < start[v + 1]!; j++) {
      const w = neighbours[j]!;
      if (dist[w] === next) acc += delta[w]!;
    }
    const sv = sigma[v]!;
    const dv = sv * acc;
    delta[v] = (1 + dv) / sv;
    sum[v]! += dv;
    if (sumSq) sumSq[v]! += dv * dv;
  }
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    dist[v] = -1;
    sigma[v] = 0;
    delta[v] = 0;
  }
}
