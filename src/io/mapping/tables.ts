// The first rows of every table of a file, as a person would see them before choosing
// columns: for the mapping preview and for suggesting columns when a file loaded no links.

import Papa from "papaparse";
import type { InputFile } from "../../model/types.ts";
import { columnarHead } from "../columnar/heads.ts";
import { decodeBytes } from "../text/decode.ts";
import { resolveHead, type ColumnMapping, type ResolvedHead } from "./columnMapping.ts";
import { sheetFile } from "../formats/xlsx.ts";
import { looksLikeWorkbook, readWorkbook } from "../formats/xlsxSheets.ts";
import { readerFor } from "../formats/registry.ts";
import { itemRows } from "../formats/tables.ts";
import { IssueLog } from "../read/issues.ts";
import type { FileSummary } from "../../model/types.ts";

/** Readers whose files are graphs: their node attributes are the columns a mapping names. */
const GRAPH_READERS = new Set(["json", "gexf", "graphml"]);

/**
 * A graph file's nodes as a table: the header is the flattened attribute names (detected
 * fields under their canonical names: "name", "division"), rows are nodes numbered from 1.
 */
function graphHead(file: InputFile, limit: number): TableHead[] | null {
  const reader = readerFor(file.name, file.bytes);
  if (!GRAPH_READERS.has(reader.id)) return null;
  const summary: FileSummary = { name: file.name, encoding: "utf-8", kind: "unknown", rows: 0 };
  const content = reader.read(file, file.name, new IssueLog(), summary);
  const nodes = content?.tables.find((t) => t.shape === "companies");
  const raw = nodes ? itemRows(nodes) : undefined;
  if (!raw) return [];
  const width = raw.headers.length;
  const rows = raw.rows.slice(0, Math.max(0, limit - 1)).map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? ""));
  return [{ file: file.name, rows: [raw.headers, ...rows], firstRow: 0 }];
}

export interface TableHead {
  /** As issues name the table: the file, or "data.xlsx › 거래" for a sheet. */
  file: string;
  /** All rows read from the top, title rows included; cells as text. */
  rows: string[][];
  /** Spreadsheet row number of rows[0]. */
  firstRow: number;
}

/** Every table of a file, its first `limit` rows; [] when the file is no table at all. */
export function tableHeads(file: InputFile, limit: number): TableHead[] {
  const graph = graphHead(file, limit);
  if (graph) return graph;
  if (looksLikeWorkbook(file.name, file.bytes)) {
    try {
      return readWorkbook(file.bytes)
        .filter((s) => !s.skipped)
        .map((s) => ({ file: sheetFile(file.name, s.name), rows: s.rows.slice(0, limit), firstRow: s.firstRow }));
    } catch {
      return [];
    }
  }
  const columnar = columnarHead(file, limit);
  if (columnar) return columnar;
  const { text } = decodeBytes(file.bytes);
  if (text.includes("\u0000") || !text.trim() || /^\s*[[{<]/.test(text)) return [];
  const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  // The delimiter most common in the first line, as the CSV reader guesses it.
  const delimiter = [",", "\t", ";", "|"].reduce((best, d) => (first.split(d).length > first.split(best).length ? d : best), ",");
  const rows = Papa.parse<string[]>(text, { delimiter, preview: limit }).data;
  return [{ file: file.name, rows, firstRow: 1 }];
}

export interface HeadedRows {
  head: ResolvedHead;
  /** Data rows after the header, with their spreadsheet row numbers. */
  rows: Array<{ row: number; cells: string[] }>;
}

/** A table head resolved (with a mapping, if given) and its data rows split off. */
export function headedRows(table: TableHead, mapping?: ColumnMapping): HeadedRows | null {
  const head = resolveHead(table.rows, mapping);
  if (!head) return null;
  const rows: HeadedRows["rows"] = [];
  for (let i = head.headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (cells.every((c) => c.trim() === "")) continue;
    rows.push({ row: table.firstRow + i, cells });
  }
  return { head, rows };
}
