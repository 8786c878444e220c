// Rows for companies and links, built once per graph and shared by every compile: a filter
// change then costs O(companies), and keepEdge reads the ends of a link from typed arrays.
//
// Why keepEdge keeps a cursor: KeepEdge only gets the edge key, and the honest way to the ends
// (graph.source + graph.target, then two key -> row lookups) is four hash lookups per link,
// about 350 ms per pass at 500k links here. Every big caller (flowsOfGraph, sigma's reducers)
// walks graph.forEachEdge, i.e. in the order of `edges` below, so "the link after the previous
// one" is nearly always right and costs one string comparison. Other orders fall back to one
// key -> row lookup.
import type { SupplyGraph } from "../types.ts";

export interface GraphIndex {
  /** Row -> node key, in graph order. */
  nodes: string[];
  row: Map<string, number>;
  /** Edge row -> edge key, in graph.forEachEdge order. */
  edges: string[];
  /** Edge row -> node row of the supplier (source) and of the buyer (target). */
  source: Int32Array;
  target: Int32Array;
  /** Edge key -> edge row; built on first use, since sequential callers never need it. */
  edgeRow(edge: string): number | undefined;
}

const cache = new WeakMap<SupplyGraph, GraphIndex>();
const watched = new WeakSet<SupplyGraph>();
const STRUCTURE_EVENTS = ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared", "edgesCleared"] as const;

function build(graph: SupplyGraph): GraphIndex {
  const nodes: string[] = [];
  const row = new Map<string, number>();
  graph.forEachNode((node) => {
    row.set(node, nodes.length);
    nodes.push(node);
  });
  const edges = new Array<string>(graph.size);
  const source = new Int32Array(graph.size);
  const target = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((edge, _attributes, s, t) => {
    edges[e] = edge;
    source[e] = row.get(s)!;
    target[e] = row.get(t)!;
    e++;
  });
  let byKey: Map<string, number> | null = null;
  const edgeRow = (edge: string) => {
    if (!byKey) {
      byKey = new Map();
      for (let i = 0; i < edges.length; i++) byKey.set(edges[i]!, i);
    }
    return byKey.get(edge);
  };
  return { nodes, row, edges, source, target, edgeRow };
}

/** The index of `graph` if it is built and current; never builds one. */
export function builtGraphIndex(graph: SupplyGraph): GraphIndex | null {
  const index = cache.get(graph);
  return index && index.nodes.length === graph.order && index.edges.length === graph.size ? index : null;
}

/** The index of `graph`, rebuilt after any node or link is added or dropped. */
export function graphIndex(graph: SupplyGraph): GraphIndex {
  let index = cache.get(graph);
  // The size check also covers a graph that changed while events were muted.
  if (index && index.nodes.length === graph.order && index.edges.length === graph.size) return index;
  index = build(graph);
  cache.set(graph, index);
  if (!watched.has(graph)) {
    watched.add(graph);
    const forget = () => cache.delete(graph);
    for (const event of STRUCTURE_EVENTS) graph.on(event, forget);
  }
  return index;
}
