// The small tables of a summary bundle: summary.json, flows.csv and divisions.csv, checked row
// by row (summaryRead.ts reads the bundle; summaryCompanies.ts the company table).

import {
  SUMMARY_DIVISION_COLUMNS, SUMMARY_FLOW_COLUMNS, SUMMARY_PLACE_COLUMNS, SUMMARY_PLACE_FLOW_COLUMNS, SUMMARY_FORMAT, SUMMARY_VERSION, type SummaryDivisionRow, type SummaryManifest,
} from "../../model/summary.ts";
import { LINK_TYPES, VINTAGES, type DivisionCode, type Vintage } from "../../model/types.ts";
import { DIVISIONS } from "../../regions/divisions.ts";
import { getMunicipality } from "../../regions/municipalities.ts";
import type { SummaryFlows, SummaryPlaces } from "../../graph/summary/columns.ts";
import type { IssueLog } from "../read/issues.ts";
import { ByteCsv, maxRecords } from "./csvScan.ts";

export const KNOWN_CODES = new Set<string>(DIVISIONS.map((d) => d.code));
const TYPE_INDEX = new Map<string, number>(LINK_TYPES.map((t, i) => [t, i]));
export const VINTAGE_INDEX = new Map<string, number>(VINTAGES.map((v, i) => [v, i]));

/** Column name -> field index; null (after logging) when a required column is missing. */
export function headerIndex(csv: ByteCsv, file: string, log: IssueLog, required: readonly string[]): Map<string, number> | null {
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

export function readFlows(bytes: Uint8Array, file: string, log: IssueLog): SummaryFlows {
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

/** A place key a bundle may hold: a division code or a municipality code of the registry. */
const isPlace = (code: string) => KNOWN_CODES.has(code) || getMunicipality(code) !== undefined;

const TYPE_BYTES = LINK_TYPES.map((t) => new TextEncoder().encode(t));

/** Field f's link type index when its bytes are a LINK_TYPES word exactly, else undefined. */
function typeAt(csv: ByteCsv, f: number): number | undefined {
  const s = csv.start[f]!;
  const n = csv.end[f]! - s;
  next: for (let t = 0; t < TYPE_BYTES.length; t++) {
    const word = TYPE_BYTES[t]!;
    if (word.length !== n) continue;
    for (let i = 0; i < n; i++) if (csv.bytes[s + i] !== word[i]) continue next;
    return t;
  }
  return TYPE_INDEX.get(csv.text(f).trim());
}

/**
 * place-flows.csv and places.csv (either may be empty: a bad file is reported and costs only
 * itself). A national table has about a million rows over a few hundred places: codes are
 * looked up by their bytes (ByteCsv.shortKey), not decoded per row.
 */
export function readPlaces(flowBytes: Uint8Array, placeBytes: Uint8Array | undefined, files: { flows: string; places: string }, log: IssueLog): SummaryPlaces {
  const file = files.flows;
  const csv = new ByteCsv(flowBytes);
  const cols = headerIndex(csv, file, log, SUMMARY_PLACE_FLOW_COLUMNS);
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  // shortKey -> index into codes, or -1 for a text that is no place.
  const byKey = new Map<number, number>();
  // Filled in place: a million rows pushed to plain arrays would cost as much as reading them.
  const most = maxRecords(flowBytes);
  const year = new Int32Array(most);
  const from = new Uint16Array(most);
  const to = new Uint16Array(most);
  const type = new Uint8Array(most);
  const links = new Float64Array(most);
  const weight = new Float64Array(most);
  let n = 0;
  /** Index of field f's place in `codes`; -1 (after nothing) when it is no place, with its text in `bad`. */
  let bad = "";
  const placeAt = (f: number): number => {
    csv.trim(f);
    const key = csv.shortKey(f);
    const known = key >= 0 ? byKey.get(key) : undefined;
    if (known !== undefined && known >= 0) return known;
    const text = csv.text(f).trim();
    let i = -1;
    if (isPlace(text)) {
      i = codeIndex.get(text) ?? -1;
      if (i < 0) codeIndex.set(text, (i = codes.push(text) - 1));
    }
    if (key >= 0) byKey.set(key, i);
    if (i < 0) bad = text;
    return i;
  };
  const at = (name: string) => cols!.get(name)!;
  while (cols && csv.next()) {
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < cols.size) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${cols.size} expected`);
      continue;
    }
    let y = -1;
    if (!csv.isEmpty(at("year"))) {
      y = csv.number(at("year"));
      if (!Number.isInteger(y) || y < 1900 || y > 2100) {
        log.reject(file, csv.row, "bad-year", csv.text(at("year")).slice(0, 40));
        continue;
      }
    }
    const f = placeAt(at("from"));
    const t = f < 0 ? -1 : placeAt(at("to"));
    if (f < 0 || t < 0) {
      log.reject(file, csv.row, "unknown-division", bad.slice(0, 40));
      continue;
    }
    const k = typeAt(csv, at("type"));
    if (k === undefined) {
      log.reject(file, csv.row, "malformed-row", `unknown link type ${JSON.stringify(csv.text(at("type")).slice(0, 40))}`);
      continue;
    }
    const c = count(csv, at("count"), "count", file, log);
    if (c === null) continue;
    const w = count(csv, at("weight"), "weight", file, log);
    if (w === null) continue;
    year[n] = y;
    from[n] = f;
    to[n] = t;
    type[n] = k;
    links[n] = c;
    weight[n++] = w;
  }
  return {
    count: n, codes,
    year: year.slice(0, n), from: from.slice(0, n), to: to.slice(0, n), type: type.slice(0, n), links: links.slice(0, n), weight: weight.slice(0, n),
    companies: placeBytes ? readPlaceCompanies(placeBytes, files.places, log) : new Map(),
  };
}

function readPlaceCompanies(bytes: Uint8Array, file: string, log: IssueLog): Map<string, number> {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, SUMMARY_PLACE_COLUMNS);
  const out = new Map<string, number>();
  while (cols && csv.next()) {
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < cols.size) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${cols.size} expected`);
      continue;
    }
    const place = csv.text(cols.get("place")!).trim();
    if (!isPlace(place)) {
      log.reject(file, csv.row, "unknown-division", place.slice(0, 40));
      continue;
    }
    const n = count(csv, cols.get("companies"), "companies", file, log);
    if (n !== null) out.set(place, n);
  }
  return out;
}

const DIVISION_NUMBERS = [
  ["companies", "companies"], ["outgoingCount", "outgoing_count"], ["outgoingWeight", "outgoing_weight"],
  ["incomingCount", "incoming_count"], ["incomingWeight", "incoming_weight"], ["internalCount", "internal_count"],
  ["internalWeight", "internal_weight"], ["partnerDivisions", "partner_divisions"], ["crossShare", "cross_share"],
] as const;

export function readDivisions(bytes: Uint8Array, file: string, log: IssueLog): SummaryDivisionRow[] {
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

export function emptyFlows(): SummaryFlows {
  return { count: 0, codes: [], vintage: new Uint8Array(0), year: new Int32Array(0), from: new Uint16Array(0), to: new Uint16Array(0), type: new Uint8Array(0), links: new Float64Array(0), weight: new Float64Array(0) };
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
      // Older bundles have neither: the field stays absent rather than read as 0.
      ...(typeof ego.requestedTop === "number" ? { requestedTop: num(ego.requestedTop) } : {}),
      ...(typeof ego.linkBudget === "number" ? { linkBudget: num(ego.linkBudget) } : {}),
      focus: Array.isArray(ego.focus) ? ego.focus.filter((x): x is string => typeof x === "string").slice(0, 10_000).map((x) => x.slice(0, 200)) : [],
      companies: num(ego.companies),
      links: num(ego.links),
    },
    illustrative: raw.illustrative === true,
  };
}
