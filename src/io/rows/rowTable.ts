// A file's rows seen through its column map: what the row readers share.

import type { DatasetBuilder } from "../read/datasetBuilder.ts";
import type { ColumnMap, Field } from "./headers.ts";

export interface Table {
  file: string;
  cols: ColumnMap;
  builder: DatasetBuilder;
}

export function cell(t: Table, cells: readonly string[], field: Field): string {
  const i = t.cols.index[field];
  return i === undefined ? "" : (cells[i] ?? "");
}

/**
 * Unmapped columns, verbatim (not even trimmed): they are the user's data, not ours.
 * A cell the row does not have at all (short CSV row, JSON attribute absent) is left out.
 */
export function extraAttributes(t: Table, cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { index, name } of t.cols.extra) {
    const value = cells[index];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
