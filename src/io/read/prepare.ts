// First look at each file: pick its reader from the format registry and let it find the
// file's tables. Whole-file problems are reported here or by the reader, so the row readers
// only ever see readable tables.

import type { FileSummary, InputFile } from "../../model/types.ts";
import type { FormatContent } from "../formats/types.ts";
import { readerFor } from "../formats/registry.ts";
import type { IssueLog } from "./issues.ts";
import type { ReadHints } from "../mapping/columnMapping.ts";

export interface PreparedFile {
  name: string;
  summary: FileSummary;
  /** null when nothing can be read from the file. */
  content: FormatContent | null;
}

export function prepareFile(file: InputFile, name: string, log: IssueLog, hints?: ReadHints): PreparedFile {
  const summary: FileSummary = { name, encoding: "utf-8", kind: "unknown", rows: 0 };
  if (file.bytes.length === 0) {
    log.reject(name, 0, "empty-file", "");
    return { name, summary, content: null };
  }
  const content = readerFor(name, file.bytes).read(file, name, log, summary, hints);
  if (content) {
    summary.kind = content.kind;
    if (content.encoding) summary.encoding = content.encoding;
  }
  return { name, summary, content };
}
