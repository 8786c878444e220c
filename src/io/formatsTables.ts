// Turning rows into FormatTables: from items already in canonical names (graph nodes and
// edges, see flatten.ts) or from a table with the file's own headers (a sheet).

import { mapHeaders, type ColumnMap } from "./headers.ts";
import { mapFlatHeaders, type RawTable } from "./flatten.ts";
import type { FormatTable } from "./formats.ts";
import type { IssueLog } from "./issues.ts";
import { detectShape, restrictToShape, type TableShape } from "./shape.ts";
import { METRIC_PREFIX } from "../graph/metrics/keys.ts";

/**
 * Columns our writers derive from other data (metrics, the division's name, the 2026
 * division, cross-division, the drawing in CSV): recomputed on load, so reading them back
 * would only add stale copies.
 */
const DERIVED = new Set(["division_name", "division_2026", "cross_division"]);
export const isDerivedColumn = (name: string) => name.startsWith(METRIC_PREFIX) || name.startsWith("viz_") || DERIVED.has(name);

export function withoutDerived(cols: ColumnMap): ColumnMap {
  return { ...cols, extra: cols.extra.filter((c) => !isDerivedColumn(c.name)) };
}

export interface TableLabels {
  section?: number;
  label?: string;
}

function withLabels(table: FormatTable, labels: TableLabels): FormatTable {
  if (labels.section !== undefined) table.section = labels.section;
  if (labels.label !== undefined) table.label = labels.label;
  return table;
}

/** Rows numbered by the caller, in canonical column names (flattenItems' output), made when first read. */
export function itemTable(shape: TableShape, make: () => RawTable, records: number, size: number, labels: TableLabels = {}): FormatTable {
  let raw: RawTable | undefined;
  let cols: ColumnMap | undefined;
  const load = () => {
    raw ??= make();
    cols ??= withoutDerived(restrictToShape(mapFlatHeaders(raw.headers), raw.headers, shape));
    return { raw, cols };
  };
  const table: FormatTable = {
    shape,
    get cols() {
      return load().cols;
    },
    each(visit) {
      const { raw: t } = load();
      for (const { row, cells } of t.rows) visit.row(row, cells);
      return records;
    },
    size,
  };
  return withLabels(table, labels);
}

/**
 * A table with the file's own headers (a spreadsheet sheet): mapped like CSV headers, shape
 * detected from them. Null after logging when the headers fit no shape or miss a column.
 */
export function headedTable(file: string, log: IssueLog, raw: RawTable, size: number, labels: TableLabels = {}): FormatTable | null {
  const all = mapHeaders(raw.headers);
  const guess = detectShape(all);
  const where = labels.label ? ` in ${labels.label}` : "";
  if (!guess.shape) {
    const shown = raw.headers.slice(0, 8).join(", ");
    log.reject(file, 0, "unknown-format", shown, `no known columns in the header row${where} (${shown})`);
    return null;
  }
  if (guess.missing.length > 0) {
    log.reject(file, 0, "missing-column", guess.missing.join(", "), `${guess.shape} table${where} lacks column(s): ${guess.missing.join(", ")}`);
    return null;
  }
  const cols = withoutDerived(restrictToShape(all, raw.headers, guess.shape));
  const table: FormatTable = {
    shape: guess.shape,
    cols,
    each(visit) {
      for (const { row, cells } of raw.rows) visit.row(row, cells);
      return raw.rows.length;
    },
    size,
  };
  return withLabels(table, labels);
}
