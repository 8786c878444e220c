// Arrow IPC (Feather v2 files, .arrow, and the stream format, .arrows) behind the
// FormatReader interface, through flechette: small, fast, synchronous and free of
// dependencies. Flat columns of any scalar type are read (integers, floats, decimals,
// booleans, dates and timestamps, strings, dictionary-encoded strings, nulls); lists,
// structs and maps are skipped with a warning.

import { tableFromIPC, Type } from "@uwdata/flechette";
import { registerArrowCodecs } from "./arrowCodecs.ts";
import { ByteCodes, type ColumnCodes } from "./codes.ts";
import { columnarContent, lazyColumn, maxRecords, type ColumnarData, type TextColumn } from "./reader.ts";
import type { FormatReader } from "../formats/types.ts";
import { startsWithBytes } from "../formats/textFile.ts";

export const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31] as const; // "ARROW1"
const STREAM_CONTINUATION = [0xff, 0xff, 0xff, 0xff] as const;
const FEATHER_V1_MAGIC = [0x46, 0x45, 0x41, 0x31] as const; // "FEA1"
const ARROW_NAME = /\.(arrow|arrows|feather|ipc)$/i;

const NESTED: Partial<Record<number, string>> = {
  [Type.List]: "a list", [Type.LargeList]: "a list", [Type.FixedSizeList]: "a list", [Type.ListView]: "a list", [Type.LargeListView]: "a list",
  [Type.Struct]: "a struct", [Type.Map]: "a map", [Type.Union]: "a union",
};

/** The parts of a flechette batch of UTF-8 strings read here (flechette's Utf8Batch). */
interface Utf8Batch {
  length: number;
  nullCount: number;
  validity?: Uint8Array;
  offsets: Int32Array;
  values: Uint8Array;
  isValid(i: number): boolean;
  value(i: number): string;
}

/** A UTF-8 column's codes from its offsets and bytes; each distinct value decoded once, by flechette. */
function utf8Codes(batches: readonly Utf8Batch[], rows: number): ColumnCodes {
  const total = batches.reduce((n, b) => n + b.length, 0);
  // A column of another length is refused by lazyColumn, with the message values() gets.
  if (total !== rows) return { codes: new Int32Array(total), distinct: [] };
  const codes = new Int32Array(rows);
  const dict = new ByteCodes();
  let r = 0;
  for (const batch of batches) {
    const { offsets, values } = batch;
    // As flechette's at(): null where a validity bitmap says so.
    const nullable = batch.nullCount > 0 && batch.validity !== undefined;
    for (let i = 0; i < batch.length; i++, r++) {
      if (nullable && !batch.isValid(i)) {
        codes[r] = -1;
        continue;
      }
      const c = (codes[r] = dict.code(values, offsets[i]!, offsets[i + 1]!));
      if (dict.fresh) dict.distinct[c] = batch.value(i);
    }
  }
  return { codes, distinct: dict.distinct };
}

/** The file's flat columns, each decoded when first loaded; throws on a broken file. */
export function decodeArrow(bytes: Uint8Array): ColumnarData {
  registerArrowCodecs();
  // 64-bit integers as BigInt (no precision lost, no throw on big ids); dates as Date.
  const table = tableFromIPC(bytes, { useBigInt: true, useDate: true });
  const rows = table.numRows;
  if (!(rows >= 0 && rows <= maxRecords(bytes.length))) throw new Error(`it declares ${rows} rows in ${bytes.length} bytes`);
  const skipped: ColumnarData["skipped"] = [];
  const columns: TextColumn[] = [];
  table.schema.fields.forEach((field, i) => {
    const nested = NESTED[field.type.typeId];
    if (nested) return void skipped.push({ name: field.name, why: `${nested}, not a plain value` });
    const column = () => table.getChildAt(i);
    const codes = field.type.typeId === Type.Utf8 ? () => utf8Codes(column().data as unknown as Utf8Batch[], rows) : undefined;
    columns.push(lazyColumn(field.name, rows, () => column().toArray() as ArrayLike<unknown>, codes));
  });
  return { rows, columns, skipped, metadata: table.schema.metadata ?? new Map() };
}

/** An Arrow IPC file or stream by its first bytes. */
export const isArrowBytes = (bytes: Uint8Array) => startsWithBytes(bytes, ARROW_FILE_MAGIC) || startsWithBytes(bytes, STREAM_CONTINUATION);

export const arrowReader: FormatReader = {
  id: "arrow",
  sniff: (name, bytes) => startsWithBytes(bytes, ARROW_FILE_MAGIC) || startsWithBytes(bytes, FEATHER_V1_MAGIC) || ARROW_NAME.test(name),
  read(file, name, log, summary, hints) {
    summary.encoding = "arrow";
    const { bytes } = file;
    let data: ColumnarData;
    try {
      if (startsWithBytes(bytes, FEATHER_V1_MAGIC)) throw new Error("it is Feather version 1; save it again as Feather version 2 (pandas' to_feather does)");
      if (!isArrowBytes(bytes)) {
        throw new Error("it starts with neither ARROW1 (an Arrow file) nor an Arrow stream message");
      }
      // A file ends with its footer and the magic again: without them it was cut short.
      if (startsWithBytes(bytes, ARROW_FILE_MAGIC) && !startsWithBytes(bytes.subarray(bytes.length - ARROW_FILE_MAGIC.length), ARROW_FILE_MAGIC)) {
        throw new Error("it is cut short: an Arrow file ends with ARROW1");
      }
      data = decodeArrow(bytes);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      log.reject(name, 0, "unreadable-file", "arrow", `Arrow file could not be read: ${why.slice(0, 160)}`);
      return null;
    }
    return columnarContent(data, name, log, summary, hints, "Arrow file");
  },
};
