// First look at each file: decode it, tell CSV from JSON, find the header and the shape.
// Whole-file problems are reported here, so the row readers only ever see readable tables.

import type { FileSummary, InputFile } from "../model/types.ts";
import { readCsvHead, type CsvHead } from "./csv.ts";
import { countReplacements, decodeBytes } from "./decode.ts";
import type { IssueLog } from "./issues.ts";
import { flattenItems, mapFlatHeaders, type RawTable } from "./flatten.ts";
import { looksLikeJson, readGraphJson, type GraphJson } from "./json.ts";

export type PreparedFile =
  | { format: "csv"; name: string; summary: FileSummary; text: string; head: CsvHead }
  | { format: "json"; name: string; summary: FileSummary; text: string; json: GraphJson; nodes: RawTable }
  | { format: "none"; name: string; summary: FileSummary };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
/** IssueLog sections of a JSON file: node and edge rows are numbered separately. */
export const JSON_NODES = 1;
export const JSON_EDGES = 2;
const REQUIRED_NODE_FIELDS = ["name", "division"] as const;
const JSON_NAME = /\.json$/i;
const TABLE_NAME = /\.(csv|tsv|txt|tab)$/i;

export function prepareFile(file: InputFile, name: string, log: IssueLog): PreparedFile {
  const summary: FileSummary = { name, encoding: "utf-8", kind: "unknown", rows: 0 };
  const none = (): PreparedFile => ({ format: "none", name, summary });
  const { bytes } = file;
  if (bytes.length === 0) return log.reject(name, 0, "empty-file", ""), none();
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    log.reject(name, 0, "unknown-format", "spreadsheet", "Excel workbook or other binary file: save it as CSV (UTF-8) and load that");
    return none();
  }
  const { text, encoding } = decodeBytes(bytes);
  summary.encoding = encoding;
  if (text.includes("\u0000")) {
    log.reject(name, 0, "unreadable-file", "binary", "file contains binary data, not text");
    return none();
  }
  const garbled = encoding === "euc-kr" ? countReplacements(text) : 0;
  if (garbled > 0) log.warn(name, 0, "encoding", `${garbled}`, `${garbled} byte sequences are neither UTF-8 nor CP949 and show as '\ufffd'`);
  if (!text.trim()) return log.reject(name, 0, "empty-file", ""), none();

  if (JSON_NAME.test(name) || (!TABLE_NAME.test(name) && looksLikeJson(text))) {
    const json = readGraphJson(text, name, log);
    if (!json) return none();
    summary.kind = "graphology-json";
    summary.rows = json.nodes.length + json.edges.length;
    log.section = JSON_NODES;
    const nodes = flattenItems(name, log, json.nodes, "node");
    log.section = 0;
    // Without these no node can become a company; one file-level issue beats one per node.
    const nodeCols = mapFlatHeaders(nodes.headers).index;
    const missing = nodes.rows.length ? REQUIRED_NODE_FIELDS.filter((f) => nodeCols[f] === undefined) : [];
    if (missing.length > 0) {
      log.reject(name, 0, "missing-column", missing.join(", "), `graph nodes lack attribute(s): ${missing.join(", ")}`);
      return none();
    }
    return { format: "json", name, summary, text, json, nodes };
  }

  const head = readCsvHead(text);
  if (!head) return log.reject(name, 0, "empty-file", ""), none();
  if (!head.shape) {
    const shown = head.headers.slice(0, 8).join(", ");
    log.reject(name, 0, "unknown-format", shown, `no known columns in the header row (${shown})`);
    return none();
  }
  summary.kind = head.shape;
  if (head.missing.length > 0) {
    log.reject(name, 0, "missing-column", head.missing.join(", "), `${head.shape} file lacks column(s): ${head.missing.join(", ")}`);
    return none();
  }
  return { format: "csv", name, summary, text, head };
}
