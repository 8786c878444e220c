// graphology's JSON behind the FormatReader interface: nodes become companies and edges links
// through flattenItems and the same row readers as CSV.

import type { InputFile } from "../../model/types.ts";
import { flattenItems, isObject, own } from "../rows/flatten.ts";
import type { FormatContent, FormatReader } from "./types.ts";
import { fileText, textPrefix } from "./textFile.ts";
import { itemTable } from "./tables.ts";
import type { IssueLog } from "../read/issues.ts";
import { mappingFor, type ReadHints } from "../mapping/columnMapping.ts";
import { looksLikeJson, readGraphJson, type GraphJson } from "./graphologyJson.ts";

/** Sections of a graph file: node and edge rows are numbered separately. */
export const GRAPH_NODES = 1;
export const GRAPH_EDGES = 2;
const JSON_NAME = /\.json$/i;
const TABLE_NAME = /\.(csv|tsv|txt|tab)$/i;

/**
 * Node and edge items (from JSON, GEXF or GraphML) as two tables. Nodes are flattened now
 * (cheap next to reading them); edges when the links phase reads them. No node attribute is
 * required: a node without a name is named by its label or key, one without a division is a
 * company on no map (model/types.ts NO_DIVISION), so any graph loads.
 */
export function graphContent(
  name: string,
  log: IssueLog,
  graph: Pick<GraphJson, "nodes" | "edges">,
  base: Omit<FormatContent, "tables">,
  size: number,
  hints?: ReadHints,
): FormatContent | null {
  log.section = GRAPH_NODES;
  const nodes = flattenItems(name, log, graph.nodes, "node");
  log.section = 0;
  const half = size / 2;
  // Made inside readTable, which has set the edge section for the messages.
  const edges = () => flattenItems(name, log, graph.edges, "edge");
  return {
    ...base,
    tables: [
      itemTable("companies", () => nodes, graph.nodes.length, half, {
        section: GRAPH_NODES, label: "node",
        // A mapping given for this file (the mapping dialog's) names node attributes: which one is the division, the name...
        mapping: (headers) => mappingFor(hints?.mappings, [name], headers),
      }),
      itemTable("links", edges, graph.edges.length, half, { section: GRAPH_EDGES, label: "edge" }),
    ],
  };
}

/** Said once per file: the direction of its links is a guess. */
export function warnUndirected(name: string, log: IssueLog): void {
  log.warn(name, 0, "undirected-graph", "undirected",
    "the graph is undirected, so the direction of its links is unknown: each edge's source is read as the supplier");
}

const DRAWING = new Set(["x", "y", "color", "size"]);

/** A node or edge of our own export without the drawn position, colour and size (derived, not data). */
function withoutDrawing(node: unknown): unknown {
  const attributes = isObject(node) ? own(node, "attributes") : undefined;
  if (!isObject(node) || !isObject(attributes)) return node;
  // Spread copies keys as data properties: a "__proto__" key stays an ordinary key.
  return { ...node, attributes: Object.fromEntries(Object.entries(attributes).filter(([k]) => !DRAWING.has(k))) };
}

export const jsonReader: FormatReader = {
  id: "json",
  sniff: (name, bytes) => JSON_NAME.test(name) || (!TABLE_NAME.test(name) && looksLikeJson(textPrefix(bytes))),
  read(file: InputFile, name, log, _summary, hints) {
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    const json = readGraphJson(decoded.text, name, log);
    if (!json) return null;
    if (json.undirected) warnUndirected(name, log);
    const base: Omit<FormatContent, "tables"> = { kind: "graphology-json", encoding: decoded.encoding, illustrative: json.illustrative };
    if (json.label) base.label = json.label;
    const graph = json.ours ? { nodes: json.nodes.map(withoutDrawing), edges: json.edges.map(withoutDrawing) } : json;
    return graphContent(name, log, graph, base, decoded.text.length, hints);
  },
};
