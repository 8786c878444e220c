// The first rows of a Parquet or Arrow file as text, for the column-mapping preview
// (mappingTables.ts): the column names, then the first records, numbered from 1 as the
// reader numbers them. Only those records' cells are turned into text.

import type { InputFile } from "../../model/types.ts";
import { decodeArrow, isArrowBytes } from "./arrow.ts";
import type { ColumnarData } from "./reader.ts";
import { startsWithBytes } from "../formats/textFile.ts";
import { decodeParquet, PARQUET_MAGIC } from "./parquet.ts";

/** Null when the file is neither format; [] when it is one but cannot be read. */
export function columnarHead(file: InputFile, limit: number): Array<{ file: string; rows: string[][]; firstRow: number }> | null {
  const decode = startsWithBytes(file.bytes, PARQUET_MAGIC) ? decodeParquet : isArrowBytes(file.bytes) ? decodeArrow : null;
  if (!decode) return null;
  try {
    const data: ColumnarData = decode(file.bytes);
    for (const c of data.columns) c.load();
    const n = Math.min(data.rows, Math.max(0, limit - 1));
    const rows = [data.columns.map((c) => c.name)];
    for (let i = 0; i < n; i++) rows.push(data.columns.map((c) => c.text(i)));
    return [{ file: file.name, rows, firstRow: 0 }];
  } catch {
    return [];
  }
}
