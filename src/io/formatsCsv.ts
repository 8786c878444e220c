// Delimited text behind the FormatReader interface: the fallback for any text file no other
// reader claims. Rows stream through papaparse; nothing is materialised.

import { eachCsvRow, readCsvHead } from "./csv.ts";
import type { FormatReader } from "./formats.ts";
import { fileText } from "./formatsText.ts";
import { withoutDerived } from "./formatsTables.ts";

export const csvReader: FormatReader = {
  id: "csv",
  sniff: () => true,
  read(file, name, log, summary) {
    const decoded = fileText(file.bytes, name, log);
    if (!decoded) return null;
    const { text, encoding } = decoded;
    summary.encoding = encoding;
    const head = readCsvHead(text);
    if (!head) return log.reject(name, 0, "empty-file", ""), null;
    if (!head.shape) {
      const shown = head.headers.slice(0, 8).join(", ");
      log.reject(name, 0, "unknown-format", shown, `no known columns in the header row (${shown})`);
      return null;
    }
    summary.kind = head.shape;
    if (head.missing.length > 0) {
      log.reject(name, 0, "missing-column", head.missing.join(", "), `${head.shape} file lacks column(s): ${head.missing.join(", ")}`);
      return null;
    }
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
