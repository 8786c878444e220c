// The CSV pair as two Arrow IPC files in the file format (Feather v2: nodes.arrow,
// edges.arrow) through flechette: int32 (int64 when a value needs it), float64, bool and
// utf8 columns, nulls where a value is absent, uncompressed (every Arrow reader reads it,
// Arrow JS included), and metadata.json's text in the schema metadata of both files.

import { bool, float64, int32, int64, tableFromArrays, tableToIPC, utf8, type DataType } from "@uwdata/flechette";
import { METADATA_KEY } from "../columnar/reader.ts";
import { metadataJson } from "../snapshot/metadata.ts";
import type { Snapshot } from "../snapshot/types.ts";
import { columnarTables, type TypedColumn } from "./columnarTables.ts";

function arrowType(c: TypedColumn): DataType {
  switch (c.type) {
    case "string":
      return utf8();
    case "double":
      return float64();
    case "boolean":
      return bool();
    case "integer":
      return c.wide ? int64() : int32();
  }
}

export function snapshotToArrow(snapshot: Snapshot): Array<{ name: string; data: Uint8Array }> {
  const metadata = new Map([[METADATA_KEY, metadataJson(snapshot.metadata)]]);
  return columnarTables(snapshot).map((t) => {
    const types = Object.fromEntries(t.columns.map((c) => [c.name, arrowType(c)]));
    const table = tableFromArrays(t.columns.map((c) => [c.name, c.values] as [string, unknown[]]), { types });
    table.schema.metadata = metadata;
    return { name: `${t.name}.arrow`, data: tableToIPC(table, { format: "file" })! };
  });
}
