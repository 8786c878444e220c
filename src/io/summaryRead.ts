// Reading a summary bundle (model/summary.ts): what `npm run aggregate` writes for national
// data. Its graph.json (the ego networks) goes through the JSON reader into the normal graph;
// flows, division totals and the company table become columns (graph/summaryColumns.ts) that
// the parse worker transfers without copying. Every bad row is reported with file, row and
// reason and skipped on its own; a bad file never costs the others.

import { unzipSync, type UnzipFileInfo } from "fflate";
import {
  SUMMARY_COMPANY_COLUMNS, SUMMARY_DIVISION_COLUMNS, SUMMARY_FILES, SUMMARY_FLOW_COLUMNS, SUMMARY_FORMAT,
  SUMMARY_STAT_TYPES, SUMMARY_VERSION, type SummaryDivisionRow, type SummaryManifest,
} from "../model/summary.ts";
import { LINK_TYPES, VINTAGES, type DivisionCode, type Vintage } from "../model/types.ts";
import { DIVISIONS } from "../regions/divisions.ts";
import {
  emptyNumbers, SUMMARY_TEXT_COLUMNS, type SummaryCompanies, type SummaryData, type SummaryFlows,
  type SummaryNumbers, type SummaryOverride, type SummaryTextColumn,
} from "../graph/summaryColumns.ts";
import { bundleReader, zipNamesEntry } from "./bundleRead.ts";
import type { FormatContent, FormatReader } from "./formats.ts";
import { jsonReader } from "./formatsJson.ts";
import { startsWithBytes, ZIP_MAGIC } from "./formatsText.ts";
import type { IssueLog } from "./issues.ts";
import { ByteCsv, ByteIdIndex, maxRecords, PackedBuilder } from "./summaryCsv.ts";
import { parseMetadata } from "./xmlGraph.ts";

// A national companies.csv is about 200 MB; more than 1 GB in one entry is not a summary.
const MAX_ENTRY = 1 << 30;
const MAX_TOTAL = 1.5 * (1 << 30);
const VINTAGE_FILE = /^companies-(.+)\.csv$/;
const KNOWN_CODES = new Set<string>(DIVISIONS.map((d) => d.code));
const TYPE_INDEX = new Map<string, number>(LINK_TYPES.map((t, i) => [t, i]));
const VINTAGE_INDEX = new Map<string, number>(VINTAGES.map((v, i) => [v, i]));

export interface SummaryReadOptions {
  onProgress?: ((fraction: number) => void) | undefined;
  /** Leave the company table unread and hand the bundle's bytes on (SummaryData.pending). */
  deferCompanies?: { zip: Uint8Array } | undefined;
}

/** The company table of a summary bundle: companies.csv and the vintage files. */
export interface SummaryCompanyTable {
  companies: SummaryCompanies;
  overrides: SummaryOverride[];
}

/** Column name -> field index; null (after logging) when a required column is missing. */
function headerIndex(csv: ByteCsv, file: string, log: IssueLog, required: readonly string[]): Map<string, number> | null {
  if (!csv.next()) {
    log.reject(file, 0, "empty-file", "");
    return null;
  }
  const index = new Map<string, number>();
  for (let f = 0; f < csv.fields; f++) {
    const name = csv.text(f).trim().toLowerCase();
    if (!index.has(name)) index.set(name, f);
  }
  const missing = required.filter((c) => !index.has(c));
  if (missing.length) {
    log.reject(file, 1, "missing-column", missing.join(", "));
    return null;
  }
  return index;
}

/** A non-negative finite number, or null after rejecting the row. */
function count(csv: ByteCsv, f: number | undefined, column: string, file: string, log: IssueLog): number | null {
  if (f === undefined || f >= csv.fields || csv.isEmpty(f)) return 0;
  const v = csv.number(f);
  if (Number.isFinite(v) && v >= 0) return v;
  log.reject(file, csv.row, "bad-number", `${column}: ${csv.text(f)}`.slice(0, 120));
  return null;
}

function readFlows(bytes: Uint8Array, file: string, log: IssueLog): SummaryFlows {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, SUMMARY_FLOW_COLUMNS);
  const codes: DivisionCode[] = [];
  const codeIndex = new Map<string, number>();
  const rows = { vintage: [] as number[], year: [] as number[], from: [] as number[], to: [] as number[], type: [] as number[], links: [] as number[], weight: [] as number[] };
  const code = (text: string) => {
    let i = codeIndex.get(text);
    if (i === undefined) codeIndex.set(text, (i = codes.push(text) - 1));
    return i;
  };
  if (cols) {
    const at = (name: string) => cols.get(name)!;
    while (csv.next()) {
      if (csv.isBlank()) continue;
      if (csv.broken || csv.fields < cols.size) {
        log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${cols.size} expected`);
        continue;
      }
      const vintage = VINTAGE_INDEX.get(csv.text(at("vintage")).trim());
      if (vintage === undefined) {
        log.reject(file, csv.row, "malformed-row", `unknown vintage ${JSON.stringify(csv.text(at("vintage")).slice(0, 40))}`);
        continue;
      }
      let year = -1;
      if (!csv.isEmpty(at("year"))) {
        year = csv.number(at("year"));
        if (!Number.isInteger(year) || year < 1900 || year > 2100) {
          log.reject(file, csv.row, "bad-year", csv.text(at("year")).slice(0, 40));
          continue;
        }
      }
      const from = csv.text(at("from")).trim();
      const to = csv.text(at("to")).trim();
      const bad = [from, to].find((c) => !KNOWN_CODES.has(c));
      if (bad !== undefined) {
        log.reject(file, csv.row, "unknown-division", bad.slice(0, 40));
        continue;
      }
      const type = TYPE_INDEX.get(csv.text(at("type")).trim());
      if (type === undefined) {
        log.reject(file, csv.row, "malformed-row", `unknown link type ${JSON.stringify(csv.text(at("type")).slice(0, 40))}`);
        continue;
      }
      const links = count(csv, at("count"), "count", file, log);
      if (links === null) continue;
      const weight = count(csv, at("weight"), "weight", file, log);
      if (weight === null) continue;
      rows.vintage.push(vintage);
      rows.year.push(year);
      rows.from.push(code(from));
      rows.to.push(code(to));
      rows.type.push(type);
      rows.links.push(links);
      rows.weight.push(weight);
    }
  }
  return {
    count: rows.links.length,
    codes,
    vintage: Uint8Array.from(rows.vintage),
    year: Int32Array.from(rows.year),
    from: Uint16Array.from(rows.from),
    to: Uint16Array.from(rows.to),
    type: Uint8Array.from(rows.type),
    links: Float64Array.from(rows.links),
    weight: Float64Array.from(rows.weight),
  };
}

const DIVISION_NUMBERS = [
  ["companies", "companies"], ["outgoingCount", "outgoing_count"], ["outgoingWeight", "outgoing_weight"],
  ["incomingCount", "incoming_count"], ["incomingWeight", "incoming_weight"], ["internalCount", "internal_count"],
  ["internalWeight", "internal_weight"], ["partnerDivisions", "partner_divisions"], ["crossShare", "cross_share"],
] as const;

function readDivisions(bytes: Uint8Array, file: string, log: IssueLog): SummaryDivisionRow[] {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, SUMMARY_DIVISION_COLUMNS);
  const out: SummaryDivisionRow[] = [];
  if (!cols) return out;
  rows: while (csv.next()) {
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < cols.size) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${cols.size} expected`);
      continue;
    }
    const vintage = csv.text(cols.get("vintage")!).trim();
    if (!VINTAGE_INDEX.has(vintage)) {
      log.reject(file, csv.row, "malformed-row", `unknown vintage ${JSON.stringify(vintage.slice(0, 40))}`);
      continue;
    }
    const division = csv.text(cols.get("division")!).trim();
    if (!KNOWN_CODES.has(division)) {
      log.reject(file, csv.row, "unknown-division", division.slice(0, 40));
      continue;
    }
    const row = { vintage: vintage as Vintage, division } as SummaryDivisionRow;
    for (const [key, column] of DIVISION_NUMBERS) {
      const v = count(csv, cols.get(column), column, file, log);
      if (v === null) continue rows;
      row[key] = v;
    }
    out.push(row);
  }
  return out;
}

/** Number columns of companies.csv and where they go in SummaryNumbers. */
const NUMBER_COLUMNS: ReadonlyArray<readonly [string, (n: SummaryNumbers) => Float64Array]> = [
  ["in_degree", (n) => n.inDegree],
  ["out_degree", (n) => n.outDegree],
  ["degree", (n) => n.degree],
  ["weighted_degree", (n) => n.weightedDegree],
  ["partner_divisions", (n) => n.partnerDivisions],
  ...SUMMARY_STAT_TYPES.flatMap((t) => [
    [`cross_${t}_partners`, (n: SummaryNumbers) => n.cross[t].partners] as const,
    [`cross_${t}_links`, (n: SummaryNumbers) => n.cross[t].links] as const,
    [`cross_${t}_weight`, (n: SummaryNumbers) => n.cross[t].weight] as const,
  ]),
  ["score", (n) => n.score],
];
const TEXT_SOURCES: Record<SummaryTextColumn, string> = { id: "id", name: "name", nameEn: "name_en", municipality: "municipality", industry: "industry", tier: "tier" };
const REQUIRED_COMPANY = ["id", "name", "division"] as const;

interface CompanyTable {
  companies: SummaryCompanies;
  /** Row by id bytes, for the vintage files' rows. */
  index: ByteIdIndex;
  /** With a base table: the base row of each row read. */
  baseRows: Uint32Array;
}

/**
 * The first n values. Columns were sized by line count, so at most a row or two are spare: a
 * view over the same buffer costs nothing, where a copy of 25 columns of a million rows cost a second.
 */
function fit<T extends Uint8Array | Uint16Array | Float64Array>(a: T, n: number): T {
  return (a.length === n ? a : a.subarray(0, n)) as T;
}

/**
 * companies.csv (or, with `base`, a companies-<vintage>.csv whose rows must name companies of
 * the base table). Rows are checked one by one; numbers missing from the header read as 0 with
 * one warning for the file. The hot loop touches bytes only: ids are found by their bytes
 * (ByteIdIndex), division codes by a numeric key, numbers are parsed in place, text is copied.
 */
function readCompanies(bytes: Uint8Array, file: string, log: IssueLog, progress: (f: number) => void, base?: ByteIdIndex): CompanyTable | null {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, REQUIRED_COMPANY);
  if (!cols) return null;
  const absent = SUMMARY_COMPANY_COLUMNS.filter((c) => !cols.has(c) && !(REQUIRED_COMPANY as readonly string[]).includes(c));
  if (absent.length) log.warn(file, 1, "missing-column", absent.join(", "), `columns missing, read as empty or 0: ${absent.join(", ")}`);
  const capacity = maxRecords(bytes);
  const text = Object.fromEntries(SUMMARY_TEXT_COLUMNS.map((k) => [k, new PackedBuilder(capacity, k === "id" ? 12 : 16)])) as Record<SummaryTextColumn, PackedBuilder>;
  const textBuilders = SUMMARY_TEXT_COLUMNS.map((k) => text[k]);
  const textColumns = Int32Array.from(SUMMARY_TEXT_COLUMNS, (k) => cols.get(TEXT_SOURCES[k]) ?? -1);
  const numbers = emptyNumbers(capacity);
  const numberNames = NUMBER_COLUMNS.map(([name]) => name);
  const numberFields = Int32Array.from(NUMBER_COLUMNS, ([name]) => cols.get(name) ?? -1);
  const numberTargets = NUMBER_COLUMNS.map(([, pick]) => pick(numbers));
  const idField = cols.get("id")!;
  const nameField = cols.get("name")!;
  const divisionField = cols.get("division")!;
  const [latField, lonField, egoField] = [cols.get("lat"), cols.get("lon"), cols.get("ego")];
  const division = new Uint16Array(capacity);
  const lat = new Float64Array(capacity);
  const lon = new Float64Array(capacity);
  const ego = new Uint8Array(capacity);
  const divisionCodes: DivisionCode[] = [];
  // Short code bytes -> index into divisionCodes, or -1 for a code the registry does not know.
  const codeByKey = new Map<number, number>();
  const ids = text.id;
  const index = new ByteIdIndex(ids, capacity);
  const rows: number[] = [];
  let n = 0;
  const needed = Math.max(...cols.values()) + 1;
  const step = Math.max(1, bytes.length >> 6);
  let nextProgress = step;
  const encoder = new TextEncoder();

  row: while (csv.next()) {
    if (csv.offset >= nextProgress) {
      progress(csv.offset / bytes.length);
      nextProgress += step;
    }
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < needed) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${needed} expected`);
      continue;
    }
    csv.trim(idField);
    if (csv.isEmpty(idField)) {
      log.reject(file, csv.row, "missing-id", "id");
      continue;
    }
    // The id's bytes as they will be stored (a quoted id with doubled quotes is unescaped first).
    const escapedId = csv.escaped[idField] === 1;
    const idBytes = escapedId ? encoder.encode(csv.text(idField)) : csv.bytes;
    const is = escapedId ? 0 : csv.start[idField]!;
    const ie = escapedId ? idBytes.length : csv.end[idField]!;
    if (index.find(idBytes, is, ie) >= 0) {
      log.reject(file, csv.row, "duplicate-id", csv.text(idField).slice(0, 80));
      continue;
    }
    const baseRow = base ? base.find(idBytes, is, ie) : -1;
    if (base && baseRow < 0) {
      log.reject(file, csv.row, "unknown-company", csv.text(idField).slice(0, 80));
      continue;
    }
    if (!base && csv.isEmpty(nameField)) {
      log.reject(file, csv.row, "missing-name", "");
      continue;
    }
    csv.trim(divisionField);
    const key = csv.shortKey(divisionField);
    let d = key < 0 ? -1 : (codeByKey.get(key) ?? -2);
    if (d === -2) {
      const code = csv.text(divisionField);
      d = KNOWN_CODES.has(code) ? divisionCodes.push(code) - 1 : -1;
      codeByKey.set(key, d);
    }
    if (d < 0) {
      log.reject(file, csv.row, "unknown-division", csv.text(divisionField).slice(0, 40));
      continue;
    }
    for (let j = 0; j < numberFields.length; j++) {
      const f = numberFields[j]!;
      let v = 0;
      if (f >= 0 && !csv.isEmpty(f)) {
        v = csv.number(f);
        if (!(v >= 0 && v < Infinity)) {
          log.reject(file, csv.row, "bad-number", `${numberNames[j]}: ${csv.text(f)}`.slice(0, 120));
          continue row;
        }
      }
      numberTargets[j]![n] = v;
    }
    division[n] = d;
    lat[n] = coordinate(csv, latField, "lat", file, log);
    lon[n] = coordinate(csv, lonField, "lon", file, log);
    ego[n] = egoField !== undefined && csv.yes(egoField) ? 1 : 0;
    for (let j = 0; j < textBuilders.length; j++) {
      const f = textColumns[j]!;
      if (f < 0) textBuilders[j]!.pushEmpty();
      else textBuilders[j]!.pushField(csv, f);
    }
    index.add(n);
    if (base) rows.push(baseRow);
    n++;
  }
  progress(1);
  const trimmed = Object.fromEntries(Object.entries(numbers).filter(([k]) => k !== "cross").map(([k, v]) => [k, fit(v as Float64Array, n)])) as Omit<SummaryNumbers, "cross">;
  const cross = Object.fromEntries(SUMMARY_STAT_TYPES.map((t) => [t, { partners: fit(numbers.cross[t].partners, n), links: fit(numbers.cross[t].links, n), weight: fit(numbers.cross[t].weight, n) }])) as SummaryNumbers["cross"];
  const companies: SummaryCompanies = {
    count: n,
    text: Object.fromEntries(SUMMARY_TEXT_COLUMNS.map((k) => [k, text[k].finish()])) as SummaryCompanies["text"],
    division: fit(division, n),
    divisionCodes,
    lat: fit(lat, n),
    lon: fit(lon, n),
    numbers: { ...trimmed, cross },
    ego: fit(ego, n),
  };
  return { companies, index, baseRows: Uint32Array.from(rows) };
}

/** Degrees inside Korea's bounding box, else NaN (with a warning when something was written). */
function coordinate(csv: ByteCsv, f: number | undefined, column: string, file: string, log: IssueLog): number {
  if (f === undefined || csv.isEmpty(f)) return NaN;
  const v = csv.number(f);
  const ok = column === "lat" ? v >= 32 && v <= 39.5 : v >= 124 && v <= 132;
  if (ok) return v;
  log.warn(file, csv.row, "bad-coordinate", `${column} ${csv.text(f).slice(0, 40)}`);
  return NaN;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);
const str = (v: unknown, max = 200) => (typeof v === "string" ? v.slice(0, max) : "");

/**
 * summary.json, checked: the format and version must match; every other field is read
 * defensively (a missing count is 0, text is clipped), so a hand-edited manifest cannot break
 * the app. Null after logging when the file is no summary manifest this app reads.
 */
export function parseManifest(bytes: Uint8Array, file: string, log: IssueLog): SummaryManifest | null {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    log.reject(file, 0, "unreadable-file", "json", `summary manifest is not JSON: ${(e as Error).message}`.slice(0, 200));
    return null;
  }
  if (!isRecord(raw) || raw.format !== SUMMARY_FORMAT) {
    log.reject(file, 0, "unknown-format", "summary.json", `not a Supply Atlas summary manifest (format must be "${SUMMARY_FORMAT}")`);
    return null;
  }
  if (raw.version !== SUMMARY_VERSION) {
    log.reject(file, 0, "unknown-format", `version ${String(raw.version).slice(0, 20)}`, `summary version ${String(raw.version).slice(0, 20)}; this app reads version ${SUMMARY_VERSION}`);
    return null;
  }
  const rows = isRecord(raw.rows) ? raw.rows : {};
  const ego = isRecord(raw.ego) ? raw.ego : {};
  const vintages = Array.isArray(raw.vintages) ? raw.vintages.filter((v): v is Vintage => VINTAGE_INDEX.has(v as string)) : [];
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    engine: str(raw.engine),
    created: str(raw.created, 40),
    label: str(raw.label),
    sources: Array.isArray(raw.sources)
      ? raw.sources.filter(isRecord).slice(0, 1000).map((s) => ({
          name: str(s.name),
          bytes: num(s.bytes),
          rows: num(s.rows),
          kind: s.kind === "companies" ? ("companies" as const) : ("links" as const),
          format: s.format === "parquet" ? ("parquet" as const) : ("csv" as const),
        }))
      : [],
    rows: { companiesRead: num(rows.companiesRead), companies: num(rows.companies), linksRead: num(rows.linksRead), links: num(rows.links), crossLinks: num(rows.crossLinks) },
    vintages: vintages.length ? vintages : ["2023"],
    years: Array.isArray(raw.years) ? raw.years.filter((y): y is number => Number.isInteger(y)).slice(0, 500) : [],
    linksWithoutYear: num(raw.linksWithoutYear),
    ego: {
      topK: num(ego.topK),
      focus: Array.isArray(ego.focus) ? ego.focus.filter((x): x is string => typeof x === "string").slice(0, 10_000).map((x) => x.slice(0, 200)) : [],
      companies: num(ego.companies),
      links: num(ego.links),
    },
    illustrative: raw.illustrative === true,
  };
}

/** Whether a zip names summary.json in its central directory: cheap, no inflating. */
export const isSummaryZip = (bytes: Uint8Array) => startsWithBytes(bytes, ZIP_MAGIC) && zipNamesEntry(bytes, SUMMARY_FILES.manifest);

function wanted(name: string): boolean {
  return (
    name === SUMMARY_FILES.manifest || name === SUMMARY_FILES.flows || name === SUMMARY_FILES.divisions ||
    name === SUMMARY_FILES.companies || name === SUMMARY_FILES.ego || name === SUMMARY_FILES.metadata ||
    name === SUMMARY_FILES.view || VINTAGE_FILE.test(name)
  );
}

/** The summary itself, without the ego graph: what readSummaryBundle and the reader share. */
export function readSummaryEntries(entries: Record<string, Uint8Array>, name: string, log: IssueLog, opts: SummaryReadOptions = {}): SummaryData | null {
  const inner = (file: string) => `${name} › ${file}`;
  const manifestBytes = entries[SUMMARY_FILES.manifest];
  if (!manifestBytes) {
    log.reject(name, 0, "unknown-format", SUMMARY_FILES.manifest, `summary bundle without ${SUMMARY_FILES.manifest}`);
    return null;
  }
  const manifest = parseManifest(manifestBytes, inner(SUMMARY_FILES.manifest), log);
  if (!manifest) return null;
  const progress = opts.onProgress ?? (() => undefined);
  const need = (file: string) => {
    const bytes = entries[file];
    if (!bytes) log.reject(inner(file), 0, "unreadable-file", file, `${file} is missing from the summary bundle`);
    return bytes;
  };
  const flowBytes = need(SUMMARY_FILES.flows);
  const flows = flowBytes ? readFlows(flowBytes, inner(SUMMARY_FILES.flows), log) : emptyFlows();
  const divisionBytes = need(SUMMARY_FILES.divisions);
  const divisions = divisionBytes ? readDivisions(divisionBytes, inner(SUMMARY_FILES.divisions), log) : [];
  progress(0.05);
  if (opts.deferCompanies) {
    return { manifest, vintages: [...VINTAGES], flows, divisions, companies: emptyCompanies(), overrides: [], pending: { name, zip: opts.deferCompanies.zip } };
  }
  const table = readCompanyEntries(entries, name, log, (f) => progress(0.05 + 0.9 * f));
  progress(0.95);
  return { manifest, vintages: [...VINTAGES], flows, divisions, ...table };
}

/** companies.csv and companies-<vintage>.csv from inflated entries. */
function readCompanyEntries(entries: Record<string, Uint8Array>, name: string, log: IssueLog, progress: (f: number) => void): SummaryCompanyTable {
  const inner = (file: string) => `${name} › ${file}`;
  const companyBytes = entries[SUMMARY_FILES.companies];
  if (!companyBytes) log.reject(inner(SUMMARY_FILES.companies), 0, "unreadable-file", SUMMARY_FILES.companies, `${SUMMARY_FILES.companies} is missing from the summary bundle`);
  const table = companyBytes ? readCompanies(companyBytes, inner(SUMMARY_FILES.companies), log, progress) : null;
  const companies = table?.companies ?? emptyCompanies();
  const overrides: SummaryOverride[] = [];
  for (const [file, bytes] of Object.entries(entries)) {
    const match = VINTAGE_FILE.exec(file);
    if (!match || !table) continue;
    const vintage = match[1]!;
    if (!VINTAGE_INDEX.has(vintage)) {
      log.warn(inner(file), 0, "unknown-format", file, `${file}: unknown vintage, file skipped`);
      continue;
    }
    const over = readCompanies(bytes, inner(file), log, () => undefined, table.index);
    if (!over) continue;
    overrides.push({ vintage: vintage as Vintage, rows: over.baseRows, numbers: over.companies.numbers });
  }
  return { companies, overrides };
}

/**
 * The company table of a summary bundle whose rest was read with `deferCompanies`: only the
 * company entries are inflated. Problems go to `log` under the same file names as otherwise.
 */
export function readSummaryCompanies(zip: Uint8Array, name: string, log: IssueLog, onProgress: (f: number) => void = () => undefined): SummaryCompanyTable {
  const entries = unzipSummary(zip, name, log, (file) => file === SUMMARY_FILES.companies || VINTAGE_FILE.test(file)) ?? {};
  return readCompanyEntries(entries, name, log, onProgress);
}


function emptyFlows(): SummaryFlows {
  return { count: 0, codes: [], vintage: new Uint8Array(0), year: new Int32Array(0), from: new Uint16Array(0), to: new Uint16Array(0), type: new Uint8Array(0), links: new Float64Array(0), weight: new Float64Array(0) };
}

function emptyCompanies(): SummaryCompanies {
  const empty = () => ({ bytes: new Uint8Array(0), offsets: new Uint32Array(1) });
  return {
    count: 0,
    text: Object.fromEntries(SUMMARY_TEXT_COLUMNS.map((k) => [k, empty()])) as SummaryCompanies["text"],
    division: new Uint16Array(0),
    divisionCodes: [],
    lat: new Float64Array(0),
    lon: new Float64Array(0),
    numbers: emptyNumbers(0),
    ego: new Uint8Array(0),
  };
}

/** The zip's entries this reader uses, each and all together within limits; null after logging. */
function unzipSummary(bytes: Uint8Array, name: string, log: IssueLog, take: (file: string) => boolean = wanted): Record<string, Uint8Array> | null {
  const tooBig: string[] = [];
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!take(f.name)) return false;
        if (f.originalSize > MAX_ENTRY || total + f.originalSize > MAX_TOTAL) return tooBig.push(f.name), false;
        total += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    log.reject(name, 0, "unreadable-file", "zip", `not a readable zip file: ${(e as Error).message}`.slice(0, 200));
    return null;
  } finally {
    if (tooBig.length) log.reject(name, 0, "unreadable-file", tooBig.join(", ").slice(0, 200), `zip entry too large to read: ${tooBig.join(", ").slice(0, 200)}`);
  }
}

/**
 * The reader behind the format registry. It must be asked before the full-bundle reader, which
 * would read graph.json alone and show the ego networks as if they were the whole network.
 */
export const summaryReader: FormatReader = {
  id: "summary",
  sniff: (_name, bytes) => isSummaryZip(bytes),
  read(file, name, log, summary, hints) {
    summary.kind = "bundle";
    const defer = hints?.deferSummaryCompanies === true;
    // Deferred: the million company rows are neither inflated nor read here.
    const entries = unzipSummary(file.bytes, name, log, defer ? (f) => wanted(f) && f !== SUMMARY_FILES.companies && !VINTAGE_FILE.test(f) : wanted);
    if (!entries) return null;
    const manifestOk = entries[SUMMARY_FILES.manifest] !== undefined;
    const data = manifestOk
      ? readSummaryEntries(entries, name, log, { onProgress: hints?.onProgress, deferCompanies: defer ? { zip: file.bytes } : undefined })
      : null;
    if (!data) {
      // Not a summary this app reads: a graph.json beside it may still be a plain bundle.
      return entries[SUMMARY_FILES.ego] ? bundleReader.read(file, name, log, summary, hints) : null;
    }
    const ego = entries[SUMMARY_FILES.ego];
    let content: FormatContent | null = null;
    if (ego) content = jsonReader.read({ name, bytes: ego }, name, log, summary);
    else log.warn(`${name} › ${SUMMARY_FILES.ego}`, 0, "unreadable-file", SUMMARY_FILES.ego, `${SUMMARY_FILES.ego} is missing: no company's links can be shown, only the summary numbers`);
    summary.kind = "bundle";
    const text = (b: Uint8Array | undefined) => (b ? parseMetadata(new TextDecoder().decode(b)) : undefined);
    const out: FormatContent = content ?? { kind: "bundle", tables: [] };
    out.kind = "bundle";
    out.label = data.manifest.label || out.label || name;
    if (data.manifest.illustrative) out.illustrative = true;
    out.snapshot = { view: text(entries[SUMMARY_FILES.view]) ?? null, metadata: text(entries[SUMMARY_FILES.metadata]), summary: data };
    return out;
  },
};
