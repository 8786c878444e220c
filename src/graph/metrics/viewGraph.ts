// A "what is shown" export's graph: the kept companies and links as a graph of their own, so
// the metrics it carries under the usual m_* names describe what the file holds (a company's
// m_degree is its degree among the exported links). The whole network's metrics, when asked
// for, travel beside them as network_m_* and are never mistaken for the view's.
import type { CompanyNode, SupplyGraph } from "../types.ts";
import { METRIC_PREFIX, NETWORK_METRIC_PREFIX } from "./keys.ts";

type Attributes = Record<string, unknown>;

/**
 * The companies `keepNode` keeps and the links between them that `keepEdge` keeps, in the
 * graph's order. Attribute objects are copied, so metrics written on the copy leave `graph` alone.
 */
export function keptSubgraph(graph: SupplyGraph, keepNode: (node: string) => boolean, keepEdge: (edge: string) => boolean): SupplyGraph {
  const sub = graph.nullCopy() as SupplyGraph;
  graph.forEachNode((id, a) => {
    if (keepNode(id)) sub.addNode(id, { ...a });
  });
  graph.forEachEdge((id, a, source, target) => {
    if (sub.hasNode(source) && sub.hasNode(target) && keepEdge(id)) sub.addDirectedEdgeWithKey(id, source, target, { ...a });
  });
  return sub;
}

/**
 * The metrics a graph's nodes carry (the whole network's) renamed network_m_*, or dropped when
 * `keep` is false: the view's own are computed next and take the m_* names.
 */
export function metricsAsNetwork(graph: SupplyGraph, keep: boolean): void {
  graph.updateEachNodeAttributes((_id, attr: CompanyNode) => {
    const flat = attr as unknown as Attributes;
    for (const key of Object.keys(flat)) {
      if (!key.startsWith(METRIC_PREFIX)) continue;
      if (keep) flat[NETWORK_METRIC_PREFIX + key.slice(METRIC_PREFIX.length)] = flat[key];
      delete flat[key];
    }
    return attr;
  });
}
