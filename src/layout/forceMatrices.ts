import { DEFAULT_FORCE_SETTINGS, type ForceSettings } from "../model/forceSettings.ts";

// Flat input of a force layout: what the main thread sends to the worker.
// Index i in every array is the i-th node in graph iteration order.
export interface ForceInput {
  /** x0, y0, x1, y1 ... */
  positions: Float32Array;
  sizes: Float32Array;
  /** source0, target0, source1, target1 ... as node indices. */
  edges: Uint32Array;
}

// Matrix layout expected by graphology-layout-forceatlas2's iterate(): 10 floats per node, 3 per edge.
const PPN = 10;
const PPE = 3;

export interface ForceMatrices {
  nodes: Float32Array;
  edges: Float32Array;
}

/**
 * One spring per linked pair (either direction), weighing its number of links: the
 * edge-weight influence setting then decides whether a pair with many contracts pulls
 * harder (1) or the same as any other (0). Mass is 1 + the number of links.
 */
export function toMatrices(input: ForceInput): ForceMatrices {
  const order = input.sizes.length;
  const links = input.edges.length / 2;
  const pairs = new Map<number, number>();
  for (let e = 0; e < links; e++) {
    const s = input.edges[2 * e]!;
    const t = input.edges[2 * e + 1]!;
    if (s === t) continue;
    // Exact in a double while order² < 2^53.
    const key = s < t ? s * order + t : t * order + s;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const nodes = new Float32Array(order * PPN);
  const edges = new Float32Array(pairs.size * PPE);
  for (let i = 0; i < order; i++) {
    const j = i * PPN;
    nodes[j] = input.positions[2 * i]!;
    nodes[j + 1] = input.positions[2 * i + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = input.sizes[i]!;
  }
  let e = 0;
  for (const [key, count] of pairs) {
    const s = Math.floor(key / order);
    const t = key % order;
    nodes[s * PPN + 6]! += count;
    nodes[t * PPN + 6]! += count;
    edges[e * PPE] = s * PPN;
    edges[e * PPE + 1] = t * PPN;
    edges[e * PPE + 2] = count;
    e++;
  }
  return { nodes, edges };
}

export function readPositions(matrices: ForceMatrices, into: Float32Array): Float32Array {
  const order = into.length / 2;
  for (let i = 0; i < order; i++) {
    into[2 * i] = matrices.nodes[i * PPN]!;
    into[2 * i + 1] = matrices.nodes[i * PPN + 1]!;
  }
  return into;
}

/**
 * The kernel's settings: the user's choices (model/forceSettings.ts) on top of
 * graphology-layout-forceatlas2's own inference for the graph's size.
 */
export function inferForceSettings(order: number, user: ForceSettings = DEFAULT_FORCE_SETTINGS): Record<string, number | boolean> {
  return {
    barnesHutOptimize: order > 2000,
    // Strong gravity holds disconnected companies in; with LinLog it would also squeeze the
    // clusters back together, so LinLog uses the ordinary distance-free gravity instead.
    strongGravityMode: !user.linLog,
    gravity: user.gravity,
    scalingRatio: user.scaling,
    linLogMode: user.linLog,
    adjustSizes: user.preventOverlap,
    edgeWeightInfluence: user.edgeWeightInfluence,
    // LinLog's logarithmic pull is weak: with the usual slow-down it had not found the
    // clusters after the iterations we run (measured on planted communities: separation 1.4
    // with it, 8.4 without). Sizes stay damped by the kernel's own per-node convergence.
    slowDown: user.linLog ? 1 : 1 + Math.log(Math.max(order, 1)),
  };
}

/** Fewer iterations on big graphs: each one costs about 6 µs per node with Barnes-Hut. */
export function defaultIterations(order: number): number {
  if (order < 1_000) return 500;
  if (order < 10_000) return 250;
  return 120;
}
