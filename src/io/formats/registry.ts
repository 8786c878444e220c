// Every format the app reads and writes, in one place. Readers are asked in order and the
// first whose sniff() accepts a file reads it, so specific formats come before CSV, which
// takes any text.

import type { FormatReader } from "./types.ts";
import { csvReader } from "./csv.ts";
import { jsonReader } from "./json.ts";
import { bundleReader } from "../snapshot/bundleRead.ts";
import { summaryReader } from "../summary/bundleRead.ts";
import { gexfReader } from "./gexf.ts";
import { graphmlReader } from "./graphml.ts";
import { metadataReader } from "../snapshot/metadataRead.ts";
import { OLE_MAGIC, startsWithBytes, ZIP_MAGIC } from "./textFile.ts";
import { xlsxReader } from "./xlsx.ts";
import { parquetReader } from "../columnar/parquet.ts";
import { arrowReader } from "../columnar/arrow.ts";

/** A zip or OLE file no reader above claimed: say what to do instead of parsing binary as text. */
const binaryReader: FormatReader = {
  id: "binary",
  sniff: (_name, bytes) => startsWithBytes(bytes, ZIP_MAGIC) || startsWithBytes(bytes, OLE_MAGIC),
  read(_file, name, log) {
    log.reject(name, 0, "unknown-format", "spreadsheet", "Excel workbook or other binary file: save it as CSV (UTF-8) and load that");
    return null;
  },
};

// The summary reader first: the full-bundle reader would take a summary's graph.json (the ego
// networks alone) for the whole network. Parquet and Arrow are binary, told by their magic.
export const FORMAT_READERS: readonly FormatReader[] = [parquetReader, arrowReader, summaryReader, bundleReader, xlsxReader, binaryReader, gexfReader, graphmlReader, metadataReader, jsonReader, csvReader];

export { FORMAT_WRITERS, exportSnapshot } from "../write/writers.ts";

export function readerFor(name: string, bytes: Uint8Array): FormatReader {
  return FORMAT_READERS.find((r) => r.sniff(name, bytes)) ?? csvReader;
}
