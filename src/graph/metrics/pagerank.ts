// PageRank along supply: a link supplier -> buyer passes rank to the buyer, so companies that
// many (well-supplied) suppliers deliver to rank high. Each link counts once, parallel links
// add up, amounts are ignored: weights are missing or in mixed units in most files.
//
// graphology-metrics does the computation, on a bare multigraph rebuilt from the flat arrays
// (node i = key "i", one edge per link, no attributes), so the metrics worker needs no
// graph.export(). Its result is bit for bit the one on the app's graph: the library walks
// nodes in graph order (flat order is graph order), gives every edge weight 1, and for a node
// adds the same value alpha·x[i]/outDegree(i) once per out-link to that link's target. The
// order of a node's out-links, the one thing that differs between the two graphs, therefore
// never changes the order in which any x[v] is summed. test/graph/metrics/pagerank.test.ts
// checks it with toEqual on a multigraph with parallel links, self-links and dangling nodes.
import { MultiDirectedGraph } from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { FlatGraph } from "./flatGraph.ts";

/** Damping and tolerance as in graphology's defaults; more iterations because a failure throws. */
export const PAGERANK_OPTIONS = { getEdgeWeight: null, alpha: 0.85, maxIterations: 500, tolerance: 1e-10 } as const;

/** The links as a graphology multigraph whose node keys are the flat indices. */
function supplyView(flat: FlatGraph): MultiDirectedGraph {
  const n = flat.ids.length;
  const { source, target } = flat;
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (let i = 0; i < n; i++) graph.addNode(i);
  // Keyed by link index: about a third faster than letting graphology generate keys.
  for (let e = 0; e < source.length; e++) graph.addDirectedEdgeWithKey(e, source[e]!, target[e]!);
  return graph;
}

export function computePagerank(flat: FlatGraph): Float64Array {
  const n = flat.ids.length;
  const out = new Float64Array(n);
  // graphology's loop never converges on an empty graph (its stop test is error < 0).
  if (n === 0) return out;
  const scores = pagerank(supplyView(flat), PAGERANK_OPTIONS);
  for (let i = 0; i < n; i++) out[i] = scores[i] ?? 0;
  return out;
}
