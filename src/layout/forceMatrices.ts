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
 * Every link counts once and parallel links add up, as in graphology's own
 * graphToByteArrays, so a pair with many contracts pulls harder.
 */
export function toMatrices(input: ForceInput): ForceMatrices {
  const order = input.sizes.length;
  const size = input.edges.length / 2;
  const nodes = new Float32Array(order * PPN);
  const edges = new Float32Array(size * PPE);
  for (let i = 0; i < order; i++) {
    const j = i * PPN;
    nodes[j] = input.positions[2 * i]!;
    nodes[j + 1] = input.positions[2 * i + 1]!;
    nodes[j + 6] = 1; // mass: 1 + weighted degree
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = input.sizes[i]!;
  }
  for (let e = 0; e < size; e++) {
    const s = input.edges[2 * e]!;
    const t = input.edges[2 * e + 1]!;
    nodes[s * PPN + 6]! += 1;
    nodes[t * PPN + 6]! += 1;
    edges[e * PPE] = s * PPN;
    edges[e * PPE + 1] = t * PPN;
    edges[e * PPE + 2] = 1;
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

/** graphology-layout-forceatlas2's own inference, so results match the library's synchronous layout. */
export function inferForceSettings(order: number): Record<string, number | boolean> {
  return {
    barnesHutOptimize: order > 2000,
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    slowDown: 1 + Math.log(Math.max(order, 1)),
  };
}

/** Fewer iterations on big graphs: each one costs about 6 µs per node with Barnes-Hut. */
export function defaultIterations(order: number): number {
  if (order < 1_000) return 500;
  if (order < 10_000) return 250;
  return 120;
}
