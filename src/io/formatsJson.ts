// graphology's JSON behind the FormatReader interface: nodes become companies and edges links
// through flattenItems and the same row readers as CSV.

import type { InputFile } from "../model/types.ts";
import { flattenItems, isObject, mapFlatHeaders, own } from "./flatten.ts";
import type { FormatContent, FormatReader } from "./formats.ts";
import { fileText, textPrefix } from "./formatsText.ts";
import { itemTable } from "./formatsTables.ts";
import { fieldsNamed, type IssueLog } from "./issues.ts";
import { looksLikeJson, readGraphJson, type GraphJson } from "./json.ts";

/** Sections of a graph file: node and edge rows are numbered separately. */
export const GRAPH_NODES = 1;
export const GRAPH_EDGES = 2;
const REQUIRED_NODE_FIELDS = ["name", "division"] as const;
const JSON_NAME = /\.json$/i;
const TABLE_NAME = /\.(csv|tsv|txt|tab)$/i;

/**
 * Node and edge items (from JSON, GEXF or GraphML) as two tables. Nodes are flattened now, to
 * check the required attributes once for the file; edges when the links phase reads them.
 */
export function graphContent(
  name: string,
  log: IssueLog,
  graph: Pick<GraphJson, "nodes" | "edges">,
  base: Omit<FormatContent, "tables">,
  size: number,
): FormatContent | null {
  log.section = GRAPH_NODES;
  const nodes = flattenItems(name, log, graph.nodes, "node");
  log.section = 0;
  // Without these no node can become a company; one file-level issue beats one per node.
  const nodeCols = mapFlatHeaders(nodes.headers).index;
  const missing = nodes.rows.length ? REQUIRED_NODE_FIELDS.filter((f) => nodeCols[f] === undefined) : [];
  if (missing.length > 0) {
    log.reject(name, 0, "missing-column", missing.join(", "), `graph nodes lack attribute(s): ${missing.join(", ")}`, fieldsNamed(...missing));
    return null;
  }
  const half = size / 2;
  // Made inside readTable, which has set the edge section for the messages.
  const edges = () => flattenItems(name, log, graph.edges, "edge");
  return {
    ...base,
    tables: [
      itemTable("companies", () => nodes, graph.nodes.length, half, { section: GRAPH_NODES, label: "node" }),
      itemTable("links", edges, graph.edges.length, half, { section: GRAPH_EDGES, label: "edge" }),
    ],
  };
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
  read(file: InputFile, name, log) {
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    const json = readGraphJson(decoded.text, name, log);
    if (!json) return null;
    const base: Omit<FormatContent, "tables"> = { kind: "graphology-json", encoding: decoded.encoding, illustrative: json.illustrative };
    if (json.label) base.label = json.label;
    const graph = json.ours ? { nodes: json.nodes.map(withoutDrawing), edges: json.edges.map(withoutDrawing) } : json;
    return graphContent(name, log, graph, base, decoded.text.length);
  },
};
