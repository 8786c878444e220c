// The CSV pair as two Parquet files (nodes.parquet, edges.parquet) through hyparquet-writer:
// typed columns (INT32, or INT64 when a value needs it; DOUBLE; BOOLEAN; UTF8 strings),
// nulls where a value is absent, SNAPPY pages, and metadata.json's text as the key-value
// metadata of both files, so each file says where its data came from.

import { parquetWriteBuffer, type BasicType, type ColumnSource } from "hyparquet-writer";
import { METADATA_KEY } from "../columnar/reader.ts";
import { metadataJson } from "../snapshot/metadata.ts";
import type { Snapshot } from "../snapshot/types.ts";
import { columnarTables, type TypedColumn } from "./columnarTables.ts";

function source(c: TypedColumn): ColumnSource {
  switch (c.type) {
    case "string":
      return { name: c.name, type: "STRING", data: c.values };
    case "double":
      return { name: c.name, type: "DOUBLE", data: c.values };
    case "boolean":
      return { name: c.name, type: "BOOLEAN", data: c.values };
    case "integer": {
      if (!c.wide) return { name: c.name, type: "INT32", data: c.values };
      const type: BasicType = "INT64";
      return { name: c.name, type, data: c.values.map((v) => (typeof v === "number" ? BigInt(v) : null)) };
    }
  }
}

export function snapshotToParquet(snapshot: Snapshot): Array<{ name: string; data: Uint8Array }> {
  const kvMetadata = [{ key: METADATA_KEY, value: metadataJson(snapshot.metadata) }];
  const createdBy = `${snapshot.metadata.app} ${snapshot.metadata.appVersion}`;
  return columnarTables(snapshot).map((t) => ({
    name: `${t.name}.parquet`,
    data: new Uint8Array(parquetWriteBuffer({ columnData: t.columns.map(source), kvMetadata, createdBy })),
  }));
}
