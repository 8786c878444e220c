// What the aggregate knows about each input file before DuckDB reads it: its format, its
// encoding (CP949 is transcoded to a temporary UTF-8 file with the app's own decoder, since
// DuckDB reads UTF-8 only) and its header, resolved by the app's own header code (headers.ts,
// mapping.ts, shape.ts), so the aggregate reads the same columns as the app on the same file.

import { closeSync, createWriteStream, openSync, readSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { decodeBytes } from "../../../src/io/text/decode.ts";
import { readCsvHead } from "../../../src/io/text/delimited.ts";
import type { ColumnMap } from "../../../src/io/rows/headers.ts";
import { headWithMapping, type MappingSet } from "../../../src/io/mapping/columnMapping.ts";
import { withoutDerived } from "../../../src/io/formats/tables.ts";
import type { TableShape } from "../../../src/io/rows/shape.ts";

export class InputError extends Error {}

export interface InputSpec {
  path: string;
  kind: "companies" | "links";
}

export interface InspectedInput {
  kind: "companies" | "links";
  /** As issues name it: the base name, made unique like the app's readers do. */
  name: string;
  path: string;
  /** What DuckDB reads: the file itself, or its UTF-8 transcoding. */
  readPath: string;
  bytes: number;
  format: "csv" | "parquet";
  encoding: string;
  delimiter: string;
  /** Spreadsheet row of the header (1 unless title rows sit above it). */
  headerRow: number;
  headers: string[];
  cols: ColumnMap;
  shape: TableShape;
  /** Field -> header read, for the report. */
  columns: Record<string, string>;
  mapping: "detected" | "given";
  notFound: string[];
}

const PREFIX_BYTES = 1 << 20;
const PREVIEW_ROWS = 60;
const LF = 0x0a;

function readPrefix(path: string, size: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const buf = new Uint8Array(Math.min(size, PREFIX_BYTES));
    const n = readSync(fd, buf, 0, buf.length, 0);
    let bytes = buf.subarray(0, n);
    // Whole lines only, so the last character is never cut in half.
    if (n < size) {
      const end = bytes.lastIndexOf(LF);
      if (end > 0) bytes = bytes.subarray(0, end + 1);
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Streams `path` to `out` as UTF-8, decoding each block of whole lines as the app decodes files. */
async function transcode(path: string, out: string): Promise<void> {
  const fd = openSync(path, "r");
  const stream = createWriteStream(out);
  const block = new Uint8Array(8 << 20);
  let carry = new Uint8Array(0);
  let first = true;
  const write = (text: string) => new Promise<void>((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
  try {
    for (;;) {
      const n = readSync(fd, block, 0, block.length, null);
      const joined = new Uint8Array(carry.length + n);
      joined.set(carry);
      joined.set(block.subarray(0, n), carry.length);
      // CP949 trail bytes are never 0x0A, so a line feed always ends a character.
      const end = n === 0 ? joined.length : joined.lastIndexOf(LF) + 1;
      const part = joined.subarray(0, end);
      carry = joined.slice(end);
      if (part.length > 0) {
        let text = decodeBytes(part).text;
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        await write(text);
      }
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
    await new Promise<void>((resolve) => stream.end(resolve));
  }
}

const NOT_TEXT = (name: string, what: string) =>
  new InputError(`${name}: file is ${what}, not a CSV or Parquet file`);

async function inspectCsv(spec: InputSpec, name: string, size: number, tempDir: string, opts: InspectOptions): Promise<InspectedInput> {
  const prefix = readPrefix(spec.path, size);
  const decoded = decodeBytes(prefix);
  if (decoded.binary) throw NOT_TEXT(name, decoded.binary);
  let readPath = spec.path;
  let encoding: string = decoded.encoding;
  if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be") {
    throw new InputError(
      `${name}: file is UTF-16 (Excel's "Unicode text"); DuckDB reads UTF-8 only. Convert it first: ` +
      `iconv -f UTF-16 -t UTF-8 ${basename(spec.path)} > ${basename(spec.path, ".csv")}-utf8.csv, or load it in the app or with npm run inspect, which read UTF-16`,
    );
  }
  if (decoded.encoding === "euc-kr" || decoded.otherLines) {
    // DuckDB reads UTF-8 only; the app's decoder makes a UTF-8 copy, line block by line block.
    readPath = join(tempDir, `input-${opts.index}-utf8.csv`);
    await transcode(spec.path, readPath);
    encoding = decoded.otherLines ? `${decoded.encoding}+mixed (transcoded to UTF-8)` : "euc-kr (transcoded to UTF-8)";
  }
  const text = decoded.text;
  const found = readCsvHead(text);
  if (!found) throw new InputError(`${name}: no header row found (the file is empty)`);
  const delimiter = opts.delimiter ?? found.delimiter;
  const preview = Papa.parse<string[]>(text, { delimiter, preview: PREVIEW_ROWS }).data;
  return finishHead(spec, name, size, readPath, "csv", encoding, delimiter, preview, opts.mappings);
}

function finishHead(
  spec: InputSpec, name: string, size: number, readPath: string, format: "csv" | "parquet", encoding: string,
  delimiter: string, rows: string[][], mappings: MappingSet | undefined,
): InspectedInput {
  const head = headWithMapping(rows, [name], mappings ? { mappings } : undefined);
  if (!head) throw new InputError(`${name}: no header row found (the file is empty)`);
  if (!head.shape) throw new InputError(`${name}: no known columns in the header row (${head.headers.slice(0, 8).join(", ")}); name them with --map FIELD=HEADER`);
  if (head.missing.length > 0) throw new InputError(`${name}: ${head.shape} file lacks column(s): ${head.missing.join(", ")}; name them with --map FIELD=HEADER`);
  const wanted = spec.kind === "companies" ? "companies" : "links";
  if (head.shape !== wanted) {
    const why = head.shape === "links-with-companies"
      ? "a links file that carries both companies (supplier and buyer divisions in one file) is read by the app, not yet by the aggregate: split it into a companies file and a links file"
      : `its header reads as a ${head.shape} file`;
    throw new InputError(`${name}: given as --${spec.kind}, but ${why}`);
  }
  return {
    kind: spec.kind, name, path: spec.path, readPath, bytes: size, format, encoding, delimiter,
    headerRow: head.headerIndex + 1, headers: head.headers, cols: withoutDerived(head.cols), shape: head.shape,
    columns: head.columns, mapping: head.mapping, notFound: head.notFound,
  };
}

export interface InspectOptions {
  index: number;
  delimiter?: string | undefined;
  mappings?: MappingSet | undefined;
}

/** Parquet's column names are its header; a few rows let the direction check see values. */
export type ParquetPreview = (path: string) => Promise<{ headers: string[]; rows: string[][] }>;

export async function inspectInput(spec: InputSpec, name: string, tempDir: string, opts: InspectOptions, parquet: ParquetPreview): Promise<InspectedInput> {
  let size: number;
  try {
    const st = statSync(spec.path);
    if (!st.isFile()) throw new InputError(`${spec.path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError((e as NodeJS.ErrnoException).code === "ENOENT" ? `no such file: ${spec.path}` : `cannot read ${spec.path}: ${(e as Error).message}`);
  }
  if (size === 0) throw new InputError(`${name}: file is empty`);
  if (/\.parquet$/i.test(spec.path)) {
    const { headers, rows } = await parquet(spec.path);
    return finishHead(spec, name, size, spec.path, "parquet", "parquet", "", [headers, ...rows], opts.mappings);
  }
  return inspectCsv(spec, name, size, tempDir, opts);
}

/** Issues name files by base name; a second "links.csv" becomes "links.csv (2)", as in the app. */
export function uniqueNames(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((path) => {
    const name = basename(path);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}
