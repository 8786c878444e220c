// Turning rows into FormatTables, and the columns no reader loads back (derived ones).

import type { ColumnMap } from "../rows/headers.ts";
import { mapFlatHeaders, type RawTable } from "../rows/flatten.ts";
import type { FormatTable } from "./types.ts";
import { restrictToShape, type TableShape } from "../rows/shape.ts";
import { applyMapping, type ColumnMapping } from "../mapping/columnMapping.ts";
import { METRIC_PREFIX } from "../../graph/metrics/keys.ts";

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
  /**
   * The person's column mapping for these items (a graph's node attributes), found by the
   * caller from the flattened headers; laid over the detected columns as for a CSV.
   */
  mapping?: (headers: readonly string[]) => ColumnMapping | undefined;
}

// The flattened rows behind an item table, for the mapping dialog's preview (mappingTables.ts).
const RAW = new WeakMap<FormatTable, () => RawTable>();

/** The rows an itemTable reads, with their flattened headers; undefined for other tables. */
export function itemRows(table: FormatTable): RawTable | undefined {
  return RAW.get(table)?.();
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
    if (!cols) {
      const mapping = labels.mapping?.(raw.headers);
      const detected = mapFlatHeaders(raw.headers);
      const mapped = mapping ? applyMapping(detected, raw.headers, mapping).cols : detected;
      cols = withoutDerived(restrictToShape(mapped, raw.headers, shape));
    }
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
  RAW.set(table, () => load().raw);
  return withLabels(table, labels);
}
