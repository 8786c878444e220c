// Column mappings: a person's say over which column is which field, for files whose headers
// the table in headers.ts does not know or reads wrongly. A mapping overrides or completes
// header detection; the same resolution runs with no mapping, so a detected and a mapped
// file go through one path and the report shows which columns were read either way.

import { ALL_FIELDS, headerKey, mapHeaders, withAddressAsDivision, type ColumnMap, type Field } from "../rows/headers.ts";
import { fieldsNamed, type IssueLog } from "../read/issues.ts";
import { detectShape, restrictToShape, type TableShape } from "../rows/shape.ts";

/** Field -> header text of the column to read it from; "" stops a detected column being read. */
export type ColumnMapping = Partial<Record<Field, string>>;

/**
 * Mappings by key: a file name ("links.csv"), a sheet ("data.xlsx › 거래"), or a header
 * signature (headerSignature) so that a mapping is remembered for every file with that header.
 */
export type MappingSet = Readonly<Record<string, ColumnMapping>>;

const FIELDS = new Set<string>(ALL_FIELDS);
export const isField = (name: string): name is Field => FIELDS.has(name);

/** One key for every header row that reads the same: case, spaces and punctuation ignored. */
export function headerSignature(headers: readonly string[]): string {
  return `header:${headers.map(headerKey).join("|")}`;
}

/** Key of a mapping for any table whose header row holds every header it names (the CLI's bare --map). */
export const ANY_TABLE = "*";

/** The mapping for a table: by its own name, then its file's, then its header signature. */
export function mappingFor(set: MappingSet | undefined, names: readonly string[], headers: readonly string[]): ColumnMapping | undefined {
  if (!set) return undefined;
  for (const name of names) if (Object.hasOwn(set, name)) return set[name];
  const signature = headerSignature(headers);
  return Object.hasOwn(set, signature) ? set[signature] : undefined;
}

export type MappingParse = { ok: true; mapping: ColumnMapping } | { ok: false; message: string };

/** "supplier=공급기업ID,buyer=구매기업ID" (the CLI's --map) to a mapping. */
export function parseMappingText(text: string): MappingParse {
  const mapping: ColumnMapping = {};
  for (const part of text.split(",")) {
    if (!part.trim()) continue;
    const eq = part.indexOf("=");
    if (eq === -1) return { ok: false, message: `mapping: '${part.trim()}' is not field=header` };
    const field = part.slice(0, eq).trim();
    if (!isField(field)) return { ok: false, message: `mapping: unknown field '${field}' (fields: ${ALL_FIELDS.join(", ")})` };
    mapping[field] = part.slice(eq + 1).trim();
  }
  return { ok: true, mapping };
}

/** Index of the header a mapping names: exact text first, then the same headerKey. */
function findHeader(headers: readonly string[], wanted: string): number {
  const exact = headers.indexOf(wanted);
  if (exact !== -1) return exact;
  const key = headerKey(wanted);
  return key ? headers.findIndex((h) => headerKey(h) === key) : -1;
}

export interface MappedColumns {
  cols: ColumnMap;
  /** Headers the mapping names that the table does not have. */
  notFound: string[];
}

/** The detected column map with a mapping laid over it: mapped fields take their column from any other field. */
export function applyMapping(auto: ColumnMap, headers: readonly string[], mapping: ColumnMapping): MappedColumns {
  const index: Partial<Record<Field, number>> = { ...auto.index };
  const codeSystem = { ...auto.codeSystem };
  const notFound: string[] = [];
  for (const [field, header] of Object.entries(mapping) as Array<[Field, string | undefined]>) {
    if (header === undefined) continue;
    delete index[field];
    delete codeSystem[field];
    if (header === "") continue;
    const at = findHeader(headers, header);
    if (at === -1) {
      notFound.push(header);
      continue;
    }
    for (const [other, i] of Object.entries(index) as Array<[Field, number]>) if (i === at) delete index[other];
    index[field] = at;
  }
  const used = new Set(Object.values(index));
  const extra: ColumnMap["extra"] = [];
  headers.forEach((name, i) => {
    if (!used.has(i) && name.trim() && name !== "__proto__") extra.push({ index: i, name });
  });
  return { cols: { index, codeSystem, extra }, notFound };
}

// Gephi's edge table has a "Type" column of Directed/Undirected: a direction, never a link type.
const DIRECTION_WORDS = new Set(["directed", "undirected", "mutual", "방향", "유향", "무향", "무방향", "단방향", "양방향"]);
export const isDirectionWord = (text: string) => DIRECTION_WORDS.has(text.trim().toLowerCase());

/**
 * When the column read as link type holds directions, keeps it as a plain attribute and reads
 * the link type from the next column whose header means one, if any ("Type" then "거래유형").
 */
export function demoteDirection(cols: ColumnMap, headers: readonly string[], sample: readonly (readonly string[])[]): ColumnMap {
  const at = cols.index.type;
  if (at === undefined) return cols;
  const values = sample.map((r) => (r[at] ?? "").trim()).filter((v) => v !== "");
  if (values.length === 0 || !values.every(isDirectionWord)) return cols;
  const index = { ...cols.index };
  delete index.type;
  let extra = [...cols.extra];
  const next = mapHeaders(headers.map((h, i) => (i === at ? "" : h)));
  const promoted = next.index.type;
  if (promoted !== undefined && extra.some((e) => e.index === promoted)) {
    index.type = promoted;
    extra = extra.filter((e) => e.index !== promoted);
  }
  const name = headers[at] ?? "type";
  if (name !== "__proto__") extra.push({ index: at, name });
  extra.sort((a, b) => a.index - b.index);
  return { index, codeSystem: cols.codeSystem, extra };
}

export interface ResolvedHead {
  /** Index of the header among the rows given (title rows may sit above it). */
  headerIndex: number;
  headers: string[];
  shape: TableShape | null;
  missing: Field[];
  /** Restricted to the shape when there is one. */
  cols: ColumnMap;
  /** Field -> header actually read, for the report. */
  columns: Record<string, string>;
  mapping: "detected" | "given";
  notFound: string[];
}

const HEADER_SEARCH_ROWS = 10;
const SAMPLE_ROWS = 50;
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** Field -> header text of a column map. */
export function columnsOf(cols: ColumnMap, headers: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, i] of Object.entries(cols.index) as Array<[Field, number]>) out[field] = headers[i] ?? "";
  return out;
}

function resolveAt(rows: readonly (readonly string[])[], i: number, mapping: ColumnMapping | undefined): ResolvedHead {
  const headers = rows[i]!.map((h) => h ?? "");
  const sample = rows.slice(i + 1, i + 1 + SAMPLE_ROWS);
  let cols = mapHeaders(headers);
  let notFound: string[] = [];
  if (mapping) ({ cols, notFound } = applyMapping(cols, headers, mapping));
  // A mapped address without a mapped division is the division column, as a detected one is.
  cols = withAddressAsDivision(cols);
  // A mapped type column is the person's choice; only a detected one is second-guessed.
  if (mapping?.type === undefined) cols = demoteDirection(cols, headers, sample);
  const guess = detectShape(cols);
  if (guess.shape) cols = restrictToShape(cols, headers, guess.shape);
  return {
    headerIndex: i, headers, ...guess, cols, columns: columnsOf(cols, headers),
    mapping: mapping && Object.keys(mapping).length > 0 ? "given" : "detected", notFound,
  };
}

/**
 * Finds the header among the first rows and resolves its columns. With a mapping, the header
 * is the first row holding every header the mapping names; without, the first row that fits
 * a shape with nothing missing, else the first that looked like anything. Null when every
 * row searched is blank.
 */
export function resolveHead(rows: readonly (readonly string[])[], mapping?: ColumnMapping): ResolvedHead | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const named = mapping ? Object.values(mapping).filter((h): h is string => !!h) : [];
  let fallback: ResolvedHead | null = null;
  for (let i = 0; i < limit; i++) {
    const row = rows[i]!;
    if (isBlank(row)) continue;
    if (named.length > 0 && named.every((h) => findHeader(row, h) !== -1)) return resolveAt(rows, i, mapping);
    const head = resolveAt(rows, i, mapping);
    if (named.length === 0 && head.shape && head.missing.length === 0) return head;
    if (!fallback || (!fallback.shape && head.shape)) fallback = head;
  }
  return fallback;
}

/** What a reader needs to know beyond the file: the mappings the person gave. */
export interface ReadHints {
  mappings?: MappingSet;
  /** For readers that do their heavy work before any table (a summary bundle): 0..1 of this file. */
  onProgress?: (fraction: number) => void;
  /** A summary bundle's company table is read later, elsewhere (summaryRead.ts readSummaryCompanies). */
  deferSummaryCompanies?: boolean;
  /** A summary bundle's ego networks (graph.json) are left unread: the app draws the nation first (SummaryData.egoPending). */
  deferSummaryEgo?: boolean;
}

/**
 * The head of a table with the mapping that fits it (by table name, file name or header
 * signature) applied. Found twice when a mapping may apply: the header decides which one does.
 */
export function headWithMapping(rows: readonly (readonly string[])[], names: readonly string[], hints: ReadHints | undefined): ResolvedHead | null {
  const detected = resolveHead(rows);
  if (!hints?.mappings) return detected;
  const mapping = mappingFor(hints.mappings, names, detected?.headers ?? []);
  if (mapping) return resolveHead(rows, mapping);
  const any = Object.hasOwn(hints.mappings, ANY_TABLE) ? hints.mappings[ANY_TABLE] : undefined;
  if (!any) return detected;
  // A mapping for any table applies where it fits; elsewhere (the companies file) it is not noise.
  const fitted = resolveHead(rows, any);
  return fitted && fitted.notFound.length === 0 ? fitted : detected;
}

/**
 * Logs why a table cannot be read (no known columns, a required one missing) against `file`;
 * true when it can. Headers a mapping names but the table lacks are reported and not read.
 */
export function checkHead(head: ResolvedHead, file: string, log: IssueLog, what: string): head is ResolvedHead & { shape: TableShape } {
  if (head.notFound.length > 0) {
    const list = head.notFound.join(", ");
    log.warn(file, 0, "missing-column", list, `column mapping names column(s) the header row lacks: ${list}`);
  }
  if (!head.shape) {
    const shown = head.headers.slice(0, 8).join(", ");
    log.reject(file, 0, "unknown-format", shown, `no known columns in the header row (${shown})`);
    return false;
  }
  if (head.missing.length > 0) {
    log.reject(file, 0, "missing-column", head.missing.join(", "), `${head.shape} ${what} lacks column(s): ${head.missing.join(", ")}`, fieldsNamed(...head.missing));
    return false;
  }
  return true;
}
