// The nodes and edges tables of the CSV pair as typed columns, for the columnar writers
// (Parquet, Arrow IPC): the same column names, integer / double / boolean / string types
// from snapshotColumns.ts, and null wherever a CSV cell would be empty.

import type { Column, ColumnType, ColumnValue } from "../snapshot/columns.ts";
import type { Snapshot } from "../snapshot/types.ts";
import { edgeTableColumns, nodeTableColumns } from "./nodesEdgesCsv.ts";

export interface TypedColumn {
  name: string;
  type: ColumnType;
  /** Integers that fit 32 bits are written as such; wider ones as 64-bit. */
  wide: boolean;
  values: Array<string | number | boolean | null>;
}

export interface ColumnarTable {
  /** "nodes" or "edges": the file's base name. */
  name: "nodes" | "edges";
  columns: TypedColumn[];
}

const INT32_MAX = 2 ** 31 - 1;

function cellOf(type: ColumnType, v: ColumnValue): string | number | boolean | null {
  if (v === undefined) return null;
  switch (type) {
    case "string":
      return String(v);
    case "boolean":
      return typeof v === "boolean" ? v : null;
    case "integer":
    case "double":
      return typeof v === "number" && Number.isFinite(v) ? (type === "integer" ? Math.round(v) : v) : null;
  }
}

function typed<R>(rows: readonly R[], columns: readonly Column<R>[]): TypedColumn[] {
  return columns.map((c) => {
    const values = new Array<string | number | boolean | null>(rows.length);
    let wide = false;
    for (let i = 0; i < rows.length; i++) {
      const v = cellOf(c.type, c.value(rows[i]!));
      if (c.type === "integer" && typeof v === "number" && Math.abs(v) > INT32_MAX) wide = true;
      values[i] = v;
    }
    return { name: c.name, type: c.type, wide, values };
  });
}

export function columnarTables(snapshot: Snapshot): ColumnarTable[] {
  return [
    { name: "nodes", columns: typed(snapshot.nodes, nodeTableColumns(snapshot)) },
    { name: "edges", columns: typed(snapshot.edges, edgeTableColumns(snapshot)) },
  ];
}
