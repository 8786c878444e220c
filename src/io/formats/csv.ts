// Delimited text behind the FormatReader interface: the fallback for any text file no other
// reader claims. Rows stream through papaparse; nothing is materialised.

import Papa from "papaparse";
import { eachCsvRow, readCsvHead } from "../text/delimited.ts";
import type { FormatReader } from "./types.ts";
import { fileText } from "./textFile.ts";
import { withoutDerived } from "./tables.ts";
import { checkHead, headWithMapping } from "../mapping/columnMapping.ts";

// Enough records for the header search (10) and the sample that tells a direction column.
const PREVIEW_ROWS = 60;

export const csvReader: FormatReader = {
  id: "csv",
  sniff: () => true,
  read(file, name, log, summary, hints) {
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    const { text, encoding } = decoded;
    summary.encoding = encoding;
    const found = readCsvHead(text, { file: name, log });
    if (!found) return log.reject(name, 0, "empty-file", ""), null;
    // The column mapping (mapping.ts) decides the header and the columns from the first records.
    const preview = Papa.parse<string[]>(text, { delimiter: found.delimiter, preview: PREVIEW_ROWS }).data;
    const resolved = headWithMapping(preview, [name], hints);
    if (!resolved) return log.reject(name, 0, "empty-file", ""), null;
    summary.columns = resolved.columns;
    summary.mapping = resolved.mapping;
    if (resolved.shape) summary.kind = resolved.shape;
    if (!checkHead(resolved, name, log, "file")) return null;
    const head = { ...found, shape: resolved.shape, missing: resolved.missing, headerRow: resolved.headerIndex + 1, headers: resolved.headers, cols: resolved.cols };
    const cols = withoutDerived(head.cols);
    return {
      kind: head.shape,
      encoding,
      tables: [
        {
          shape: head.shape,
          cols,
          size: text.length,
          each: (visit) =>
            eachCsvRow(text, { ...head, cols }, {
              row: (row, cells) => visit.row(row, cells),
              malformed: (row, detail) => visit.malformed(row, detail),
              progress: (f) => visit.progress?.(f),
            }),
        },
      ],
    };
  },
};
