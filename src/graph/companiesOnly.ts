import type { CompanyNode, LinkEdge, SupplyGraph } from "./types.ts";
import { SafeMultiDirectedGraph } from "./safeGraph.ts";

const views = new WeakMap<SupplyGraph, SupplyGraph>();

/**
 * The companies of `graph` without its links, holding the very attribute objects `graph` holds:
 * positions, colours and metrics written on one are read on the other. Made once per graph and
 * remembered, so whoever asks again (the map's level of detail, a load that showed the companies
 * before their links were in) gets the same graph, and sigma never indexes it twice.
 *
 * Nodes are never added to a graph once it is built, which is what makes the memo safe.
 */
export function companiesOnly(graph: SupplyGraph): SupplyGraph {
  let only = views.get(graph);
  if (!only) {
    only = new SafeMultiDirectedGraph<CompanyNode, LinkEdge>();
    const into = only;
    graph.forEachNode((node, attributes) => {
      into.addNode(node, attributes);
    });
    views.set(graph, only);
    views.set(only, only);
  }
  return only;
}
