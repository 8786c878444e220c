// PageRank along supply: a link supplier -> buyer passes rank to the buyer, so companies that
// many (well-supplied) suppliers deliver to rank high. Each link counts once, parallel links
// add up, amounts are ignored: weights are missing or in mixed units in most files.
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { SupplyGraph } from "../types.ts";
import type { FlatGraph } from "./flatGraph.ts";

/** Damping and tolerance as in graphology's defaults; more iterations because a failure throws. */
const OPTIONS = { getEdgeWeight: null, alpha: 0.85, maxIterations: 500, tolerance: 1e-10 } as const;

export function computePagerank(graph: SupplyGraph, flat: FlatGraph): Float64Array {
  const n = flat.ids.length;
  const out = new Float64Array(n);
  // graphology's loop never converges on an empty graph (its stop test is error < 0).
  if (n === 0) return out;
  const scores = pagerank(graph, OPTIONS);
  for (let i = 0; i < n; i++) out[i] = scores[flat.ids[i]!] ?? 0;
  return out;
}
