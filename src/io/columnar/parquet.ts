// Parquet behind the FormatReader interface, through hyparquet (pure JavaScript: the app's
// Content-Security-Policy allows no WebAssembly). hyparquet's public reader is asynchronous;
// the readers here are synchronous (the parse worker, the CLI and the export worker run one
// readFiles pass), so the file is decoded with the synchronous parts hyparquet exports
// under hyparquet/src: the footer, then each column chunk of each row group, whole.
//
// Codecs: SNAPPY (DuckDB, Spark, pandas' default) is hyparquet's own; ZSTD (polars' default)
// through fzstd and GZIP through fflate. Every decompression is bounded, so a page that
// declares gigabytes is refused instead of allocated.

import { gunzipSync } from "fflate";
import { decompress as zstdDecompress } from "fzstd";
import { parquetMetadata, parquetSchema, snappyUncompress, type Compressors, type DecodedArray, type FileMetaData, type SchemaTree } from "hyparquet";
import { parquetHeader, readColumn, readPage } from "hyparquet/src/column.js";
import { convert, convertWithDictionary, DEFAULT_PARSERS } from "hyparquet/src/convert.js";
import { decompressPage, readDataPage, readDataPageV2 } from "hyparquet/src/datapage.js";
import { getMaxDefinitionLevel, getSchemaPath, isFlatColumn } from "hyparquet/src/schema.js";
import { ByteCodes, type ColumnCodes } from "./codes.ts";
import { columnarContent, lazyColumn, maxRecords, type ColumnarData, type TextColumn } from "./reader.ts";
import type { FormatReader } from "../formats/types.ts";
import { startsWithBytes } from "../formats/textFile.ts";

export const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31] as const; // "PAR1"

/** No page of a table of companies or links comes near this; a bigger one is a broken or hostile file. */
const MAX_PAGE_BYTES = 256 * 1024 * 1024;

class ParquetError extends Error {}

function bounded(codec: string, inflate: (input: Uint8Array, size: number) => Uint8Array) {
  return (input: Uint8Array, size: number) => {
    if (!(size >= 0 && size <= MAX_PAGE_BYTES)) throw new ParquetError(`a ${codec} page declares ${size} bytes`);
    return inflate(input, size);
  };
}

const COMPRESSORS: Compressors = {
  SNAPPY: bounded("SNAPPY", (input, size) => {
    const out = new Uint8Array(size);
    snappyUncompress(input, out);
    return out;
  }),
  ZSTD: bounded("ZSTD", (input) => zstdDecompress(input)),
  GZIP: bounded("GZIP", (input) => gunzipSync(input)),
};
const SUPPORTED_CODECS = new Set(["UNCOMPRESSED", "SNAPPY", "ZSTD", "GZIP"]);

/** Pieces of one column (one per page run and row group) read as one array. */
function joinPieces(pieces: DecodedArray[], total: number): ArrayLike<unknown> {
  if (pieces.length === 1 && pieces[0]!.length === total) return pieces[0]!;
  const first = pieces[0];
  const typed = first !== undefined && !Array.isArray(first) && pieces.every((p) => p.constructor === first.constructor);
  if (typed) {
    const Ctor = first.constructor as new (n: number) => { set(a: ArrayLike<unknown>, o: number): void } & ArrayLike<unknown>;
    const out = new Ctor(total);
    let at = 0;
    for (const p of pieces) {
      out.set(p as ArrayLike<unknown>, at);
      at += p.length;
    }
    return out;
  }
  const out = new Array<unknown>(total);
  let at = 0;
  for (const p of pieces) for (let i = 0; i < p.length; i++) out[at++] = p[i];
  return out;
}

/**
 * A string column's codes (columnCodes.ts), found as hyparquet decodes each page: its string
 * parser codes the value's bytes while they are fresh instead of decoding them, so the
 * column holds numbers, and each distinct value is decoded once by hyparquet's own parser.
 */
function parquetCodes(decode: (parsers: typeof DEFAULT_PARSERS) => ArrayLike<unknown>): ColumnCodes {
  const dict = new ByteCodes();
  const stringFromBytes = (bytes: Uint8Array) => {
    const c = dict.code(bytes, 0, bytes.length);
    if (dict.fresh) dict.distinct[c] = DEFAULT_PARSERS.stringFromBytes(bytes);
    return c as unknown as string;
  };
  const values = decode({ ...DEFAULT_PARSERS, stringFromBytes });
  const codes = new Int32Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    codes[r] = typeof v === "number" ? v : -1;
  }
  return { codes, distinct: dict.distinct };
}

/** Whether hyparquet gives the column's values as strings decoded from BYTE_ARRAY (and nothing else). */
function isPlainString(node: SchemaTree): boolean {
  const { type, converted_type: ctype, logical_type: ltype } = node.element;
  return type === "BYTE_ARRAY" && (ctype === undefined || ctype === "UTF8") && (ltype === undefined || ltype.type === "STRING");
}

const whyNested = (node: SchemaTree) => (node.element.converted_type === "LIST" || node.element.logical_type?.type === "LIST" ? "a list" : node.element.converted_type === "MAP" ? "a map" : "a nested group");

type Chunk = { groupStart: number; groupRows: number; start: number; end: number; meta: NonNullable<FileMetaData["row_groups"][number]["columns"][number]["meta_data"]> };

type Decoder = Parameters<typeof readColumn>[2];

/**
 * One column chunk of a flat column, page by page: hyparquet's readColumn but for how a page's
 * values meet its nulls. hyparquet assembles every optional column through its general
 * nested-list code, one push per value, and for a page without nulls first makes a definition
 * level per value to do so; a flat column's page is its values as they are, or with a null
 * where the definition level says so.
 */
function readFlatChunk(reader: Parameters<typeof readColumn>[0], groupRows: number, decoder: Decoder): DecodedArray[] {
  const maxDefinition = getMaxDefinitionLevel(decoder.schemaPath);
  const pages: DecodedArray[] = [];
  let dictionary: DecodedArray | undefined;
  let rows = 0;
  while (rows < groupRows && reader.offset < reader.view.byteLength - 1) {
    const header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      const { data } = readPage(reader, header, decoder, dictionary, undefined, 0);
      if (data) dictionary = convert(data, decoder);
      continue;
    }
    let page: { definitionLevels?: number[] | undefined; dataPage: DecodedArray };
    let encoding: string;
    if (header.type === "DATA_PAGE" && header.data_page_header) {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      page = readDataPage(decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors), header.data_page_header, decoder);
      encoding = header.data_page_header.encoding;
    } else if (header.type === "DATA_PAGE_V2" && header.data_page_header_v2) {
      const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      page = readDataPageV2(compressed, header, decoder);
      encoding = header.data_page_header_v2.encoding;
    } else {
      // An index page or a header without its page: hyparquet's own reader says what is wrong.
      readPage(reader, header, decoder, dictionary, undefined, 0);
      continue;
    }
    const values = convertWithDictionary(page.dataPage, dictionary, encoding as Parameters<typeof convertWithDictionary>[2], decoder);
    const levels = page.definitionLevels ?? [];
    if (!levels.length) {
      pages.push(values);
      rows += values.length;
      continue;
    }
    const out = new Array<unknown>(levels.length);
    let v = 0;
    for (let i = 0; i < levels.length; i++) out[i] = levels[i] === maxDefinition ? values[v++] : null;
    if (v !== values.length) throw new ParquetError(`a page has ${values.length} values for ${v} defined rows`);
    pages.push(out as DecodedArray);
    rows += out.length;
  }
  return pages;
}

/** Decodes one column's chunks, row group after row group. */
function decodeColumn(buffer: ArrayBuffer, metadata: FileMetaData, name: string, chunks: readonly Chunk[], rows: number, parsers = DEFAULT_PARSERS): ArrayLike<unknown> {
  const pieces: DecodedArray[] = [];
  for (const { groupStart, groupRows, start, end, meta } of chunks) {
    const schemaPath = getSchemaPath(metadata.schema, meta.path_in_schema);
    const decoder = {
      pathInSchema: meta.path_in_schema,
      type: meta.type,
      element: schemaPath[schemaPath.length - 1]!.element,
      schemaPath,
      codec: meta.codec,
      parsers,
      compressors: COMPRESSORS,
    };
    const reader = { view: new DataView(buffer, start, end - start), offset: 0 };
    const data = isFlatColumn(schemaPath) ? readFlatChunk(reader, groupRows, decoder) : readColumn(reader, { groupStart, selectStart: 0, selectEnd: groupRows, groupRows }, decoder).data;
    const got = data.reduce((n, d) => n + d.length, 0);
    if (got !== groupRows) throw new ParquetError(`column '${name}' has ${got} values in a row group of ${groupRows} rows`);
    pieces.push(...data);
  }
  return rows === 0 ? [] : joinPieces(pieces, rows);
}

/**
 * The file's flat columns, each decoded when first loaded. The footer and the layout of
 * every column chunk are checked here; throws ParquetError (or the decoder's error) on a
 * broken file.
 */
export function decodeParquet(bytes: Uint8Array): ColumnarData {
  // hyparquet reads an ArrayBuffer; a view into a bigger buffer (a Node Buffer) is copied out first.
  const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
  const metadata: FileMetaData = parquetMetadata(buffer);
  const rows = Number(metadata.num_rows);
  if (!(rows >= 0 && rows <= maxRecords(bytes.length))) throw new ParquetError(`the footer declares ${metadata.num_rows} rows in ${bytes.length} bytes`);
  const tree = parquetSchema(metadata);
  const skipped: ColumnarData["skipped"] = [];
  const flat = tree.children.filter((child) => {
    if (child.children.length === 0) return true;
    skipped.push({ name: child.element.name, why: `${whyNested(child)}, not a plain value` });
    return false;
  });
  const chunks = new Map<string, Chunk[]>(flat.map((c) => [c.element.name, []]));
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    if (!(groupRows >= 0 && groupStart + groupRows <= rows)) throw new ParquetError("row groups hold more rows than the footer declares");
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      if (!meta) throw new ParquetError("a column chunk has no metadata");
      const name = meta.path_in_schema[0] ?? "";
      const into = meta.path_in_schema.length === 1 ? chunks.get(name) : undefined;
      if (!into) continue;
      if (!SUPPORTED_CODECS.has(meta.codec)) throw new ParquetError(`column '${name}' is compressed with ${meta.codec}; save it with SNAPPY, ZSTD, GZIP or no compression`);
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const end = start + Number(meta.total_compressed_size);
      if (!(start >= 4 && end <= buffer.byteLength - 8 && end >= start)) throw new ParquetError(`column '${name}' lies outside the file`);
      into.push({ groupStart, groupRows, start, end, meta });
    }
    groupStart += groupRows;
  }
  if (groupStart !== rows) throw new ParquetError(`row groups hold ${groupStart} rows, the footer declares ${rows}`);
  const columns: TextColumn[] = flat.map((c) => {
    const name = c.element.name;
    const parts = chunks.get(name)!;
    if (parts.length !== metadata.row_groups.length) throw new ParquetError(`column '${name}' is missing from a row group`);
    const codes = isPlainString(c) ? () => parquetCodes((parsers) => decodeColumn(buffer, metadata, name, parts, rows, parsers)) : undefined;
    return lazyColumn(name, rows, () => decodeColumn(buffer, metadata, name, parts, rows), codes);
  });
  const kv = new Map<string, string>();
  for (const { key, value } of metadata.key_value_metadata ?? []) if (value !== undefined) kv.set(key, value);
  return { rows, columns, skipped, metadata: kv };
}

export const parquetReader: FormatReader = {
  id: "parquet",
  sniff: (name, bytes) => startsWithBytes(bytes, PARQUET_MAGIC) || /\.parquet$/i.test(name),
  read(file, name, log, summary, hints) {
    summary.encoding = "parquet";
    let data: ColumnarData;
    try {
      if (!startsWithBytes(file.bytes, PARQUET_MAGIC)) throw new ParquetError("it does not start with PAR1, the Parquet magic");
      data = decodeParquet(file.bytes);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      log.reject(name, 0, "unreadable-file", "parquet", `Parquet file could not be read: ${why.slice(0, 160)}`);
      return null;
    }
    return columnarContent(data, name, log, summary, hints, "Parquet file");
  },
};
