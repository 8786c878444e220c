import type { CompanyNode, LinkEdge, SupplyGraph } from "../types.ts";
import { SafeMultiDirectedGraph } from "./safeGraph.ts";

const views = new WeakMap<SupplyGraph, SupplyGraph>();

/**
 * The companies of `graph` without its links, holding the very attribute objects `graph` holds:
 * positions, colours and metrics written on one are read on the other. Made once per graph and
 * remembered, so whoever asks again (the map's level of detail, a load that showed the companies
 * before their links were in) gets the same graph, and sigma never indexes it twice.
 *
 * Nodes are never added to a graph once it is built, which is what makes the memo safe. The map
 * may draw some of `graph`'s links on it (its links in sight, render/bindings/linksInSightView.ts);
 * nothing else reads its links.
 */
export function companiesOnly(graph: SupplyGraph): SupplyGraph {
  let only = views.get(graph);
  if (!only) {
    only = nodesOf(graph);
    views.set(graph, only);
    views.set(only, only);
  }
  return only;
}

/** A new graph of the nodes of `graph`, on the very same attribute objects. */
function nodesOf(graph: SupplyGraph): SupplyGraph {
  const into = new SafeMultiDirectedGraph<CompanyNode, LinkEdge>();
  graph.forEachNode((node, attributes) => {
    into.addNode(node, attributes);
  });
  return into;
}

/**
 * Says that `only` is the companies-only graph of `graph`: `graph` holds the same companies on
 * the very same attribute objects (built on them, graphBuilder's `nodes`). Whoever draws
 * `only` then goes on drawing it when `graph` takes its place.
 */
export function drawCompaniesAs(graph: SupplyGraph, only: SupplyGraph): void {
  views.set(graph, only);
}

/**
 * A new graph of the companies of `only`, on the same attribute objects and drawn as `only`:
 * data that changed (a big load's flows, once its links are read) gets a graph of its own, so
 * whatever was computed per graph is computed again, while the map redraws nothing.
 */
export function companiesAgain(only: SupplyGraph): SupplyGraph {
  const again = nodesOf(only);
  views.set(again, only);
  return again;
}
