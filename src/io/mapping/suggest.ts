// A file that loaded no links is never left as a silent empty map: when two of its columns
// hold the ids or names of known companies, the report names them and the mapping to use.

import type { FileSummary, InputFile } from "../../model/types.ts";
import type { DatasetBuilder } from "../read/datasetBuilder.ts";
import { headedRows, tableHeads } from "./tables.ts";

const SAMPLE = 200;
const MIN_SHARE = 0.5;

export interface SuggestedLinkColumns {
  supplier: string;
  buyer: string;
  /** Rows sampled and rows whose both cells name a known company. */
  sampled: number;
  matched: number;
}

/** The two columns whose cells most often name known companies, left one as supplier; null below half the rows. */
export function suggestLinkColumns(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, known: (ref: string) => boolean): SuggestedLinkColumns | null {
  if (rows.length === 0) return null;
  const share = headers.map((_, c) => rows.filter((r) => known((r[c] ?? "").trim())).length / rows.length);
  const best = share
    .map((s, c) => ({ s, c }))
    .filter(({ s, c }) => s >= MIN_SHARE && headers[c]!.trim() !== "")
    .sort((a, b) => b.s - a.s || a.c - b.c)
    .slice(0, 2)
    .sort((a, b) => a.c - b.c);
  if (best.length < 2) return null;
  const [a, b] = [best[0]!.c, best[1]!.c];
  const matched = rows.filter((r) => known((r[a] ?? "").trim()) && known((r[b] ?? "").trim())).length;
  return { supplier: headers[a]!, buyer: headers[b]!, sampled: rows.length, matched };
}

/** Warns, per table of a file that loaded no links, about columns that look like its supplier and buyer. */
export function warnLinkColumns(builder: DatasetBuilder, file: InputFile, summary: FileSummary): void {
  if (builder.companies.length === 0) return;
  // A workbook is parsed again for this: only when some sheet could have held links.
  const sheets = summary.sheets;
  if (sheets && !sheets.some((s) => !s.skipped && (s.kind === "links" || s.kind === "unknown"))) return;
  const { name } = summary;
  const known = (ref: string) => ref !== "" && builder.resolve(ref) !== undefined;
  for (const table of tableHeads({ name, bytes: file.bytes }, SAMPLE + 10)) {
    const headed = headedRows(table);
    if (!headed || headed.head.shape === "companies" || headed.head.shape === "links-with-companies") continue;
    const s = suggestLinkColumns(headed.head.headers, headed.rows.map((r) => r.cells), known);
    if (!s) continue;
    const map = `supplier=${s.supplier},buyer=${s.buyer}`;
    builder.log.warn(
      table.file, 0, "column-suggestion", map,
      `no links loaded, but columns '${s.supplier}' and '${s.buyer}' name known companies in ${s.matched} of the first ${s.sampled} rows: map them as supplier and buyer (inspect --map ${map})`,
    );
  }
}
