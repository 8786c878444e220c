// Gephi Lite's own workspace file ({"type": "gephi-lite", "graphDataset": {...}}): the graph's
// structure is in graphDataset.fullGraph (graphology's serialisation, keys only), each item's
// attributes in nodeData / edgeData by key and node positions in layout. Joined here into
// graphology's shape so the JSON reader reads it like any graphology file. Untrusted: only
// own properties are read; items that are not objects are left for flattenItems to report.

import { isObject, own, type Obj } from "../rows/flatten.ts";

/** Whether a parsed JSON document is a Gephi Lite workspace. */
export function isGephiLite(root: unknown): root is Obj {
  return isObject(root) && own(root, "type") === "gephi-lite" && isObject(own(root, "graphDataset"));
}

const table = (dataset: Obj, key: string): Obj => {
  const t = own(dataset, key);
  return isObject(t) ? t : {};
};

/** One item with its attributes from `data` (and `extra`, e.g. its position) laid over its own. */
function joined(item: unknown, data: Obj, extra?: Obj): unknown {
  if (!isObject(item)) return item;
  const key = own(item, "key");
  const own_ = own(item, "attributes");
  const byKey = typeof key === "string" || typeof key === "number" ? own(data, String(key)) : undefined;
  const position = extra && (typeof key === "string" || typeof key === "number") ? own(extra, String(key)) : undefined;
  // Spread copies keys as data properties: a "__proto__" key stays an ordinary key (flatten.ts drops it).
  const attributes = { ...(isObject(own_) ? own_ : {}), ...(isObject(byKey) ? byKey : {}), ...(isObject(position) ? position : {}) };
  return { ...item, attributes };
}

/** The workspace as a graphology document: { attributes, options, nodes, edges }. */
export function gephiLiteGraph(root: Obj): Obj {
  const dataset = own(root, "graphDataset") as Obj;
  const full = own(dataset, "fullGraph");
  const graph = isObject(full) ? full : {};
  const nodes = own(graph, "nodes");
  const edges = own(graph, "edges");
  const metadata = table(dataset, "metadata");
  const title = own(metadata, "title");
  const attributes = isObject(own(graph, "attributes")) ? { ...(own(graph, "attributes") as Obj) } : {};
  if (typeof title === "string" && title.trim() && attributes.label === undefined) attributes.label = title.replace(/\.(gexf|graphml|json)$/i, "");
  return {
    attributes,
    options: own(graph, "options") ?? {},
    nodes: Array.isArray(nodes) ? nodes.map((n) => joined(n, table(dataset, "nodeData"), table(dataset, "layout"))) : nodes,
    edges: Array.isArray(edges) ? edges.map((e) => joined(e, table(dataset, "edgeData"))) : (edges ?? []),
  };
}

/** Whether a graphology document says its edges have no direction (options.type, or an edge's undirected flag). */
export function graphIsUndirected(root: Obj, edges: readonly unknown[]): boolean {
  const options = own(root, "options");
  if (isObject(options) && own(options, "type") === "undirected") return true;
  return edges.some((e) => isObject(e) && own(e, "undirected") === true);
}
