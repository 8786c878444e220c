// Workbooks behind the FormatReader interface. Every visible sheet is a table of its own,
// recognised by its header like a CSV file (companies, links or both in one sheet, in any
// number of sheets); issues name the sheet as "data.xlsx › 거래" and its rows as the sheet
// numbers them. Hidden and empty sheets, and sheets with no known columns beside readable
// ones (a notes sheet), are skipped with a note.

import type { SheetSummary } from "../../model/types.ts";
import type { FormatReader, FormatTable } from "./types.ts";
import { withoutDerived } from "./tables.ts";
import { checkHead, headWithMapping, type ResolvedHead } from "../mapping/columnMapping.ts";
import { looksLikeWorkbook, readWorkbook } from "./xlsxSheets.ts";
import type { SheetRows } from "./sheetRows.ts";

/** How issues and the report name a sheet. */
export const sheetFile = (file: string, sheet: string) => `${file} › ${sheet}`;

const PROGRESS_EVERY = 8192;
const ISO_DAY = /^(\d{4})-\d\d-\d\d/;
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

function sheetTable(sheet: SheetRows, head: ResolvedHead & { shape: NonNullable<ResolvedHead["shape"]> }, file: string, summary: SheetSummary): FormatTable {
  const cols = withoutDerived(head.cols);
  const width = head.headers.length;
  const yearAt = cols.index.year;
  const start = head.headerIndex + 1;
  const total = Math.max(1, sheet.rows.length - start);
  return {
    shape: head.shape,
    cols,
    file,
    section: sheet.position,
    size: total * Math.max(1, width),
    each(visit) {
      let records = 0;
      for (let i = start; i < sheet.rows.length; i++) {
        const cells = sheet.rows[i]!;
        if (isBlank(cells)) continue;
        records++;
        // A date typed into a year column is that year.
        if (yearAt !== undefined) {
          const m = ISO_DAY.exec(cells[yearAt] ?? "");
          if (m) cells[yearAt] = m[1]!;
        }
        visit.row(sheet.firstRow + i, cells);
        if (visit.progress && records % PROGRESS_EVERY === 0) visit.progress((i - start) / total);
      }
      summary.rows = records;
      return records;
    },
  };
}

export const xlsxReader: FormatReader = {
  id: "xlsx",
  sniff: looksLikeWorkbook,
  read(file, name, log, summary, hints) {
    summary.kind = "spreadsheet";
    summary.encoding = "workbook";
    let sheets: SheetRows[];
    try {
      sheets = readWorkbook(file.bytes);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      log.reject(name, 0, "unreadable-file", "spreadsheet", `workbook could not be read (${why.slice(0, 120)})`);
      return null;
    }
    const sheetSummaries: SheetSummary[] = [];
    summary.sheets = sheetSummaries;
    const tables: FormatTable[] = [];
    // Sheets that fit no shape are rejected only if no sheet can be read; otherwise noted.
    const unknown: Array<{ file: string; head: ResolvedHead }> = [];
    for (const sheet of sheets) {
      const tableFile = sheetFile(name, sheet.name);
      const base = { file: tableFile, sheet: sheet.name, rows: 0, headerRow: 0, columns: {}, mapping: "detected" as const };
      if (sheet.skipped) {
        log.warn(tableFile, 0, "sheet-skipped", sheet.skipped, `sheet '${sheet.name}' skipped: ${sheet.skipped}`);
        sheetSummaries.push({ ...base, kind: "unknown", skipped: sheet.skipped });
        continue;
      }
      const head = headWithMapping(sheet.rows, [tableFile, name], hints);
      if (!head) continue;
      const entry: SheetSummary = {
        ...base, kind: head.shape ?? "unknown", headerRow: sheet.firstRow + head.headerIndex, columns: head.columns, mapping: head.mapping,
      };
      sheetSummaries.push(entry);
      if (!head.shape) {
        unknown.push({ file: tableFile, head });
        continue;
      }
      if (!checkHead(head, tableFile, log, "sheet")) continue;
      tables.push(sheetTable(sheet, head, tableFile, entry));
    }
    for (const { file: f, head } of unknown) {
      if (tables.length === 0) checkHead(head, f, log, "sheet");
      else log.warn(f, 0, "sheet-skipped", "no known columns", `sheet skipped: no known columns in its header row (${head.headers.slice(0, 8).join(", ")})`);
    }
    if (tables.length === 0 && unknown.length === 0 && sheetSummaries.every((s) => s.skipped)) {
      log.reject(name, 0, "empty-file", "", "workbook has no visible sheet with data");
      return null;
    }
    const first = sheetSummaries.find((s) => !s.skipped);
    if (first) {
      summary.columns = first.columns;
      summary.mapping = first.mapping;
    }
    return tables.length ? { kind: "spreadsheet", tables } : null;
  },
};
