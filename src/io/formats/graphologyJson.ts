// graphology's serialised graph: { attributes?, options?, nodes: [{ key, attributes }],
// edges: [{ key?, source, target, attributes }] }. Nodes become companies and edges links
// (see flatten.ts); row numbers are 1-based positions in the nodes or edges array.
//
// The file is untrusted: it is only ever JSON.parse'd, never evaluated, and read through own
// properties only. Our own writer should emit company fields under their canonical names
// (name, nameEn, division, ...) and extra attributes beside them as text, so that reading its
// output back gives the same dataset.

import { isObject, own, type Obj } from "../rows/flatten.ts";
import { gephiLiteGraph, graphIsUndirected, isGephiLite } from "./gephiLite.ts";
import type { IssueLog } from "../read/issues.ts";

export interface GraphJson {
  /** Unchecked items; flattenItems validates them one by one. */
  nodes: unknown[];
  edges: unknown[];
  /** Graph-level attributes.illustrative === true marks every edge illustrative. */
  illustrative: boolean;
  /** Written by our exporter (graph attribute supplyAtlas): node x/y/color/size are drawing, not data. */
  ours: boolean;
  /** The graph (or some edge) is undirected: the source of an edge is not known to supply. */
  undirected: boolean;
  /** Gephi Lite's workspace format rather than graphology's own. */
  gephiLite?: boolean;
  label?: string;
}

// Same numbers as formatsJson.ts's GRAPH_NODES / GRAPH_EDGES (that module imports this one):
// node and edge rows are numbered separately and sorted by section in the report.
const NODES_SECTION = 1;
const EDGES_SECTION = 2;

/**
 * Attribute values nested deeper than this are replaced by {} before anything walks them.
 * JSON.parse itself copes with any depth, but JSON.stringify (used to keep a nested value as
 * text) and every other recursive walk overflow the stack somewhere past a few thousand
 * levels; no real attribute is nested anywhere near this deep.
 */
export const MAX_ATTRIBUTE_DEPTH = 64;

/** Whether `value` nests objects or arrays deeper than `limit` levels; iterative, so any depth is safe. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Whether any string (key or value) inside `value` holds U+FFFD; iterative. */
function holdsReplacement(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.includes("\ufffd")) return true;
    } else if (typeof v === "object" && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes("\ufffd")) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * Per item: attribute values nested too deep are dropped with a warning (the item loads
 * without them), and items holding unreadable bytes (U+FFFD from the decoder) are reported.
 */
function checkItems(items: readonly unknown[], kind: "node" | "edge", file: string, log: IssueLog, garbled: boolean): void {
  const section = log.section;
  log.section = kind === "node" ? NODES_SECTION : EDGES_SECTION;
  items.forEach((item, index) => {
    if (!isObject(item)) return;
    const row = index + 1;
    const attributes = own(item, "attributes");
    if (isObject(attributes)) {
      for (const key of Object.keys(attributes)) {
        // flatten.ts drops "__proto__"; assigning to it here would set the prototype instead.
        if (key === "__proto__") continue;
        const value = attributes[key];
        if (typeof value === "object" && value !== null && nestedDeeperThan(value, MAX_ATTRIBUTE_DEPTH)) {
          attributes[key] = {};
          log.warn(file, row, "malformed-row", key, `${kind} ${row}: attribute '${key}' is nested more than ${MAX_ATTRIBUTE_DEPTH} levels deep; value dropped`);
        }
      }
    }
    if (garbled && holdsReplacement(item)) {
      log.warn(file, row, "encoding", `${kind} ${row}`, `${kind} ${row}: unreadable bytes (neither UTF-8 nor CP949, or NUL) shown as '\ufffd'`);
    }
  });
  log.section = section;
}

export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === "{" || first === "[";
}

/** Parses a graphology JSON file and checks its outline; null (after logging) when it is not one. */
export function readGraphJson(text: string, file: string, log: IssueLog): GraphJson | null {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    log.reject(file, 0, "unknown-format", "JSON", `not valid JSON: ${(e as Error).message}`);
    return null;
  }
  const gephiLite = isGephiLite(root);
  if (gephiLite) root = gephiLiteGraph(root as Obj);
  const nodes = isObject(root) ? own(root, "nodes") : undefined;
  const edges = isObject(root) ? (own(root, "edges") ?? []) : undefined;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) {
    log.reject(file, 0, "unknown-format", "JSON", "JSON is not a graphology graph (needs a 'nodes' array and an optional 'edges' array)");
    return null;
  }
  const graphAttributes = own(root as Obj, "attributes");
  const attrs = isObject(graphAttributes) ? graphAttributes : {};
  const label = own(attrs, "label") ?? own(attrs, "name");
  const garbled = text.includes("\ufffd");
  checkItems(nodes, "node", file, log, garbled);
  checkItems(edges, "edge", file, log, garbled);
  const result: GraphJson = {
    nodes, edges, illustrative: own(attrs, "illustrative") === true, ours: isObject(own(attrs, "supplyAtlas")),
    undirected: graphIsUndirected(root as Obj, edges),
  };
  if (gephiLite) result.gephiLite = true;
  if (typeof label === "string" && label.trim()) result.label = label.trim();
  return result;
}
