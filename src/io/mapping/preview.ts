// What a column mapping would do to a file, before it is applied: the header found, the
// first rows, and the counts and issues of a real read with that mapping. For the mapping
// dialog; pure, so it runs in the parse worker like readFiles.

import type { ImportIssue, InputFile } from "../../model/types.ts";
import type { Field } from "../rows/headers.ts";
import type { ColumnMapping, MappingSet } from "./columnMapping.ts";
import { headedRows, tableHeads } from "./tables.ts";
import { readFiles } from "../read/readFiles.ts";
import type { TableShape } from "../rows/shape.ts";

/** Rows already split into cells (a pasted table, a sheet the caller holds). */
export interface TableInput {
  name: string;
  headers: readonly string[];
  rows: ReadonlyArray<readonly string[]>;
}

export interface PreviewOptions {
  /** Files read with this one (a companies file a links file refers to). */
  context?: readonly InputFile[];
  /** Data rows to show; default 10. */
  rows?: number;
  /** A workbook's sheet to map ("data.xlsx › 거래"); default: every table of the file. */
  table?: string;
}

export interface MappingPreview {
  /** As issues name the table. */
  file: string;
  headerRow: number;
  headers: string[];
  rows: Array<{ row: number; cells: string[] }>;
  shape: TableShape | null;
  missing: Field[];
  /** Field -> header that would be read. */
  columns: Record<string, string>;
  notFound: string[];
}

export interface PreviewResult {
  tables: MappingPreview[];
  /** What the read with the mapping loads, context files included. */
  counts: { companies: number; links: number; rejected: number; warnings: number };
  /** Same, without the mapping, so the dialog can show the difference. */
  without: { companies: number; links: number; rejected: number; warnings: number };
  /** Issues of this file's tables only (context files' are left out). */
  rejected: ImportIssue[];
  warnings: ImportIssue[];
}

const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;

/** A table given as cells, as a CSV file the readers take (every cell quoted, nothing rewritten). */
export function tableFile(table: TableInput): InputFile {
  const lines = [table.headers, ...table.rows].map((r) => r.map(quote).join(","));
  return { name: table.name, bytes: new TextEncoder().encode(lines.join("\n") + "\n") };
}

const countsOf = (ds: ReturnType<typeof readFiles>) => ({
  companies: ds.report.companies,
  links: ds.report.links,
  rejected: ds.report.rejected.length,
  warnings: ds.report.warnings.length,
});

/**
 * Previews a mapping on a file (bytes) or a table (cells). The counts come from reading the
 * whole file with its context, so they are exactly what loading would give.
 */
export function previewMapping(input: InputFile | TableInput, mapping: ColumnMapping | undefined, opts: PreviewOptions = {}): PreviewResult {
  const file = "bytes" in input ? input : tableFile(input);
  const shown = opts.rows ?? 10;
  const tables: MappingPreview[] = [];
  for (const head of tableHeads(file, shown + 12)) {
    if (opts.table !== undefined && head.file !== opts.table) continue;
    const headed = headedRows(head, mapping);
    if (!headed) continue;
    const h = headed.head;
    tables.push({
      file: head.file, headerRow: head.firstRow + h.headerIndex, headers: h.headers, rows: headed.rows.slice(0, shown),
      shape: h.shape, missing: h.missing, columns: h.columns, notFound: h.notFound,
    });
  }
  const context = [...(opts.context ?? [])];
  const key = opts.table ?? file.name;
  const mappings: MappingSet = mapping ? { [key]: mapping } : {};
  const withMapping = readFiles([...context, file], { mappings });
  const without = readFiles([...context, file]);
  const mine = new Set([file.name, ...tables.map((t) => t.file)]);
  const own = (issues: ImportIssue[]) => issues.filter((i) => mine.has(i.file) || i.file.startsWith(`${file.name} › `));
  return {
    tables,
    counts: countsOf(withMapping),
    without: countsOf(without),
    rejected: own(withMapping.report.rejected),
    warnings: own(withMapping.report.warnings),
  };
}
