// Columnar files (Parquet, Arrow IPC) behind the FormatReader interface. Their decoders give
// typed columns; this module turns them into the one table a CSV file would be, recognised
// from its column names by the same mapping (mapping.ts) and fed to the same row readers, so
// every check and the import report work unchanged.
//
// Cells reach the row readers as text, but only for the columns a row reader reads: the
// others (metrics, drawing, derived columns) are never turned into text at all. Links and
// companies tables skip the rows of text: columnarLinks.ts and columnarCompanies.ts load them
// from the typed columns with the same checks, which is what makes these files read faster than CSV.

import type { FileSummary } from "../../model/types.ts";
import type { FormatContent, FormatTable } from "../formats/types.ts";
import { withoutDerived } from "../formats/tables.ts";
import type { IssueLog } from "../read/issues.ts";
import { lookupHeader, type Field } from "../rows/headers.ts";
import { checkHead, headWithMapping, type ReadHints } from "../mapping/columnMapping.ts";
import type { TableShape } from "../rows/shape.ts";
import { readLinkColumns, type LoadedColumn } from "./links.ts";
import { readCompanyColumns } from "./companies.ts";
import { valueText, yearText } from "./values.ts";
import type { ColumnCodes } from "./codes.ts";

/**
 * One column: its name, and each record's value as the text a CSV cell would hold ("" for
 * null). Decoded by load(), which may throw on a broken file; only the columns a row reader
 * reads are ever loaded, so the metrics and drawing columns of our own exports cost nothing.
 */
export interface TextColumn {
  name: string;
  length: number;
  load(): void;
  text(i: number): string;
  /** The decoded values (after load): strings, numbers, bigints, booleans, dates, null or undefined. */
  values(): ArrayLike<unknown>;
  /**
   * A text column's values as codes (columnCodes.ts), decoded from its bytes on first call
   * without a string per row; the column-wise links reader reads references this way.
   */
  codes?(): ColumnCodes;
}

export interface ColumnarData {
  rows: number;
  columns: TextColumn[];
  /** Columns left out (nested lists, structs, maps): name and why, for a warning. */
  skipped: Array<{ name: string; why: string }>;
  /** Key-value metadata of the file (Parquet's key_value_metadata, Arrow's schema metadata). */
  metadata: ReadonlyMap<string, string>;
}

/** The key under which our writers put metadata.json's text; read back like the CSV export's metadata.json. */
export const METADATA_KEY = "supply_atlas_metadata";

const PREVIEW_ROWS = 60;

/**
 * The most records a file of this many bytes may declare. Run-length encoding lets a few
 * bytes stand for many rows, but a hostile footer could make decoding allocate gigabytes:
 * a table of companies or links needs more than a bit per record, so more is refused.
 */
export const maxRecords = (bytes: number) => Math.min(50_000_000, Math.max(1_000_000, bytes * 8));
/** About the length of a cell with its delimiter in a CSV file of companies or links. */
const CELL_CHARS = 6;
/** Share of a table's progress bar spent decoding its columns, before the first row is read. */
const DECODE_SHARE = 0.3;
const PROGRESS_EVERY = 8192;

/** A column whose values `decode` (or codes `decodeCodes`) gives when first needed. */
export function lazyColumn(name: string, length: number, decode: () => ArrayLike<unknown>, decodeCodes?: () => ColumnCodes): TextColumn {
  let values: ArrayLike<unknown> | null = null;
  let codes: ColumnCodes | null = null;
  const column: TextColumn = {
    name,
    length,
    load() {
      values ??= decode();
      if (values.length !== length) throw new Error(`column '${name}' has ${values.length} values for ${length} rows`);
    },
    text: (i) => valueText(values![i]),
    values: () => values!,
  };
  if (decodeCodes) {
    column.codes = () => {
      codes ??= decodeCodes();
      if (codes.codes.length !== length) throw new Error(`column '${name}' has ${codes.codes.length} values for ${length} rows`);
      return codes;
    };
  }
  return column;
}

/**
 * The header and a sample for the column mapping. The sample only serves to tell a column of
 * directions from a link type (mapping.ts demoteDirection), so only such columns are decoded.
 */
function headerRows(data: ColumnarData): string[][] {
  const n = Math.min(data.rows, PREVIEW_ROWS);
  const sampled = data.columns.map((c) => lookupHeader(c.name)?.field === "type");
  data.columns.forEach((c, j) => sampled[j] && c.load());
  const rows: string[][] = [data.columns.map((c) => c.name)];
  for (let i = 0; i < n; i++) rows.push(data.columns.map((c, j) => (sampled[j] ? c.text(i) : "")));
  return rows;
}

const failure = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 160);

/**
 * The file's one table, or null after logging why it cannot be read (no known columns, a
 * required one missing). `what` names the format in messages ("Parquet file").
 */
export function columnarContent(data: ColumnarData, name: string, log: IssueLog, summary: FileSummary, hints: ReadHints | undefined, what: string): FormatContent | null {
  for (const { name: column, why } of data.skipped) {
    // A column of a kind no row reader takes: "unknown format", as a warning, since the rest loads.
    log.warn(name, 0, "unknown-format", column, `${what}: column '${column}' skipped: ${why}`);
  }
  // No rows is an empty table, warned about like a CSV file with a header alone.
  if (data.columns.length === 0) {
    log.reject(name, 0, "empty-file", "", `${what} has no readable columns`);
    return null;
  }
  let rows: string[][];
  try {
    rows = headerRows(data);
  } catch (e) {
    log.reject(name, 0, "unreadable-file", what, `${what} could not be read: ${failure(e)}`);
    return null;
  }
  // The header is the column names: only row 0 may be it, not a title row of data below.
  const resolved = headWithMapping(rows, [name], hints);
  if (!resolved || resolved.headerIndex !== 0) {
    const shown = rows[0]!.slice(0, 8).join(", ");
    log.reject(name, 0, "unknown-format", shown, `no known columns among the ${what}'s columns (${shown})`);
    return null;
  }
  summary.columns = resolved.columns;
  summary.mapping = resolved.mapping;
  if (resolved.shape) summary.kind = resolved.shape;
  if (!checkHead(resolved, name, log, what)) return null;
  const cols = withoutDerived(resolved.cols);
  const table = columnarTable(data, resolved.shape, cols, { file: name, log, what });
  const content: FormatContent = { kind: resolved.shape, tables: [table] };
  const meta = data.metadata.get(METADATA_KEY);
  if (meta !== undefined) content.snapshot = { metadata: parseJson(meta) };
  return content;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Loads the columns a reader reads, reporting decoding as the first share of progress; null after logging a broken file. */
function loadColumns(data: ColumnarData, used: readonly number[], report: { file: string; log: IssueLog; what: string }, progress?: (f: number) => void): TextColumn[] | null {
  const columns = used.map((i) => data.columns[i]!);
  try {
    columns.forEach((c, k) => {
      c.load();
      progress?.((DECODE_SHARE * (k + 1)) / columns.length);
    });
    return columns;
  } catch (e) {
    report.log.reject(report.file, 0, "unreadable-file", report.what, `${report.what} could not be read: ${failure(e)}`);
    return null;
  }
}

/**
 * Whether links and companies tables are loaded column-wise (columnarLinks.ts,
 * columnarCompanies.ts) rather than row by row. Both
 * give the same dataset and report; the switch lets tests and the benchmark compare them.
 */
export const columnarSettings = { columnwiseLinks: true, columnwiseCompanies: true };

/** Fields whose columns are read as codes when their format gives them: values repeated across rows. */
const CODED: readonly Field[] = ["supplier", "supplier_id", "buyer", "buyer_id", "type", "year", "illustrative"];
const CODED_COMPANY: readonly Field[] = ["division", "tier", "industry"];

function columnarTable(data: ColumnarData, shape: TableShape, cols: FormatTable["cols"], report: { file: string; log: IssueLog; what: string }): FormatTable {
  const width = data.columns.length;
  // Only the columns a row reader looks at are made into text; the rest stay undefined.
  const used = [...new Set([...Object.values(cols.index), ...cols.extra.map((e) => e.index)])].sort((a, b) => a - b);
  const yearAt = cols.index.year;
  const table: FormatTable = {
    shape,
    cols,
    // In the units of a CSV table's size (its text length), so progress and the early drawing
    // of companies (read.ts EARLY_COMPANIES_LINK_SIZE) weigh a table alike in any format.
    size: data.rows * Math.max(1, used.length) * CELL_CHARS,
    each(visit) {
      const columns = loadColumns(data, used, report, visit.progress);
      if (!columns) return 0;
      const year = yearAt === undefined ? null : data.columns[yearAt]!;
      for (let r = 0; r < data.rows; r++) {
        const cells = new Array<string>(width);
        for (let k = 0; k < used.length; k++) cells[used[k]!] = columns[k]!.text(r);
        if (year) cells[yearAt!] = yearText(year.values()[r]);
        visit.row(r + 1, cells);
        if (visit.progress && (r + 1) % PROGRESS_EVERY === 0) visit.progress(DECODE_SHARE + ((1 - DECODE_SHARE) * r) / data.rows);
      }
      return data.rows;
    },
  };
  const loadWith = (readColumns: typeof readLinkColumns, coded: readonly Field[]): NonNullable<FormatTable["load"]> => (t, progress) => {
    const loaded = new Map<number, LoadedColumn>();
    try {
      used.forEach((i, k) => {
        const c = data.columns[i]!;
        loaded.set(i, c.codes && coded.some((f) => cols.index[f] === i) ? { codes: c.codes() } : (c.load(), { values: c.values() }));
        progress((DECODE_SHARE * (k + 1)) / used.length);
      });
    } catch (e) {
      report.log.reject(report.file, 0, "unreadable-file", report.what, `${report.what} could not be read: ${failure(e)}`);
      return 0;
    }
    readColumns(t, data.rows, (i) => (i === undefined ? null : loaded.get(i) ?? null), (done) => progress(DECODE_SHARE + (1 - DECODE_SHARE) * done));
    return data.rows;
  };
  if (shape === "links" && columnarSettings.columnwiseLinks) table.load = loadWith(readLinkColumns, CODED);
  if (shape === "companies" && columnarSettings.columnwiseCompanies) table.load = loadWith(readCompanyColumns, CODED_COMPANY);
  return table;
}
