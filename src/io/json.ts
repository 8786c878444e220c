// graphology's serialised graph: { attributes?, options?, nodes: [{ key, attributes }],
// edges: [{ key?, source, target, attributes }] }. Nodes become companies and edges links
// (see flatten.ts); row numbers are 1-based positions in the nodes or edges array.
//
// The file is untrusted: it is only ever JSON.parse'd, never evaluated, and read through own
// properties only. Our own writer should emit company fields under their canonical names
// (name, nameEn, division, ...) and extra attributes beside them as text, so that reading its
// output back gives the same dataset.

import { isObject, own, type Obj } from "./flatten.ts";
import type { IssueLog } from "./issues.ts";

export interface GraphJson {
  /** Unchecked items; flattenItems validates them one by one. */
  nodes: unknown[];
  edges: unknown[];
  /** Graph-level attributes.illustrative === true marks every edge illustrative. */
  illustrative: boolean;
  label?: string;
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
  const nodes = isObject(root) ? own(root, "nodes") : undefined;
  const edges = isObject(root) ? (own(root, "edges") ?? []) : undefined;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) {
    log.reject(file, 0, "unknown-format", "JSON", "JSON is not a graphology graph (needs a 'nodes' array and an optional 'edges' array)");
    return null;
  }
  const graphAttributes = own(root as Obj, "attributes");
  const attrs = isObject(graphAttributes) ? graphAttributes : {};
  const label = own(attrs, "label") ?? own(attrs, "name");
  const result: GraphJson = { nodes, edges, illustrative: own(attrs, "illustrative") === true };
  if (typeof label === "string" && label.trim()) result.label = label.trim();
  return result;
}
