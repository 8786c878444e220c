// What the GEXF and GraphML readers share: graph items in graphology's shape (so they go
// through flattenItems and the row readers like JSON), limits on hostile values, and the
// file-level messages for broken or undirected files.

import type { FormatContent } from "./types.ts";
import { graphContent, warnUndirected } from "./json.ts";
import type { IssueLog } from "../read/issues.ts";
import type { ReadHints } from "../mapping/columnMapping.ts";
import type { XmlOutcome } from "./xmlSax.ts";

export interface GraphItem {
  key: string;
  source?: string;
  target?: string;
  attributes: Record<string, string>;
}

export interface XmlGraph {
  nodes: GraphItem[];
  edges: GraphItem[];
  /** Some edge (or the default) is undirected or mutual. */
  undirected: boolean;
  /** The file says it was written by Supply Atlas: its drawing attributes are ours, not data. */
  ours: boolean;
  label?: string;
  metadata?: unknown;
}

/** Longer values are dropped with a warning: no company field needs more, and each costs memory per row. */
export const MAX_VALUE = 32768;

/** Sets an attribute unless it is already set; "__proto__" is kept out of every object. */
export function setAttribute(item: GraphItem, key: string, value: string): void {
  if (key === "__proto__" || Object.hasOwn(item.attributes, key)) return;
  item.attributes[key] = value;
}

export function newItem(key: string): GraphItem {
  return { key, attributes: Object.create(null) as Record<string, string> };
}

/** Checks a value's length; logs and returns false for one over the limit. */
export function valueFits(log: IssueLog, file: string, kind: "node" | "edge", row: number, name: string, value: string): boolean {
  if (value.length <= MAX_VALUE) return true;
  log.warn(file, row, "malformed-row", name, `${kind} ${row}: attribute '${name.slice(0, 40)}' is ${value.length} characters long (limit ${MAX_VALUE}); value dropped`);
  return false;
}

const HEX = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0");
export function rgbHex(r: string | undefined, g: string | undefined, b: string | undefined): string | undefined {
  const [x, y, z] = [Number(r), Number(g), Number(b)];
  return [x, y, z].every(Number.isFinite) ? `#${HEX(x)}${HEX(y)}${HEX(z)}` : undefined;
}

/** Text of a spell or time attribute to a year, when it starts with one ("2023", "2023.0", "2023-05-01"). */
export function yearOf(time: string | undefined): string | undefined {
  const m = time ? /^\s*(\d{4})(?:[.-]|\s*$)/.exec(time) : null;
  return m?.[1];
}

/** The parsed graph as tables, with the file-level messages of a broken or undirected file. */
export function xmlGraphContent(
  name: string,
  log: IssueLog,
  kind: "gexf" | "graphml",
  outcome: XmlOutcome,
  graph: XmlGraph,
  size: number,
  hints?: ReadHints,
): FormatContent | null {
  const format = kind === "gexf" ? "GEXF" : "GraphML";
  if (!outcome.ok) {
    if (!outcome.started || graph.nodes.length === 0) {
      log.reject(name, 0, "unknown-format", format, `not a readable ${format} file: ${outcome.message}`);
      return null;
    }
    log.reject(name, 0, "malformed-row", format,
      `${format} breaks off: ${outcome.message}; the ${graph.nodes.length} nodes and ${graph.edges.length} edges complete before it were read`);
  }
  if (graph.undirected) warnUndirected(name, log);
  const base: Omit<FormatContent, "tables"> = { kind };
  if (graph.label) base.label = graph.label;
  const content = graphContent(name, log, graph, base, size, hints);
  if (content && graph.metadata !== undefined) content.snapshot = { metadata: graph.metadata };
  return content;
}

/** Metadata JSON our writers put in the file, if it parses; never evaluated. */
export function parseMetadata(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
