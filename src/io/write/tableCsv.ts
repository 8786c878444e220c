// The data table as CSV: the rows as shown (filtered and sorted by the caller), the columns the
// caller names. Names and ids come from user files and may be hostile ("=cmd|..."): every cell
// goes through csvLine, the one place for escaping and neutralising formulas.

import type { CellValue } from "../../graph/table/tableRows.ts";
import { csvLine } from "./csvCell.ts";

/** A column read straight from a row property, or computed from the row. */
export type CsvColumn<R> = { header: string } & ({ key: keyof R & string } | { value: (row: R) => CellValue });

export interface TableCsvOptions {
  /** Prefix a UTF-8 BOM so Korean Excel opens the file as UTF-8 rather than CP949. */
  bom?: boolean;
}

function cellOf<R>(row: R, column: CsvColumn<R>): CellValue {
  if ("value" in column) return column.value(row);
  const v = (row as Record<string, unknown>)[column.key];
  return v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
}

/** Header line, then one line per row in the given order; NaN as an empty cell; CRLF line ends. */
export function rowsToCsv<R>(rows: readonly R[], columns: readonly CsvColumn<R>[], opts: TableCsvOptions = {}): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = csvLine(columns.map((c) => c.header));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as R;
    lines[i + 1] = csvLine(
      columns.map((c) => {
        const v = cellOf(row, c);
        return typeof v === "number" && Number.isNaN(v) ? "" : v;
      }),
    );
  }
  return (opts.bom ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
}
