// The company table of a summary bundle (companies.csv, companies-<vintage>.csv) into typed
// columns, from bytes alone: a national table has a million rows of 34 cells.

import { SUMMARY_COMPANY_COLUMNS, SUMMARY_STAT_TYPES } from "../../model/summary.ts";
import { NO_DIVISION, type DivisionCode } from "../../model/types.ts";
import {
  emptyNumbers, SUMMARY_TEXT_COLUMNS, type SummaryCompanies, type SummaryNumbers, type SummaryTextColumn,
} from "../../graph/summary/columns.ts";
import { fieldsNamed, type IssueLog } from "../read/issues.ts";
import { ByteCsv, ByteIdIndex, maxRecords, PackedBuilder } from "./csvScan.ts";
import { headerIndex, KNOWN_CODES } from "./tables.ts";

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

export interface CompanyTable {
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
export function readCompanies(bytes: Uint8Array, file: string, log: IssueLog, progress: (f: number) => void, base?: ByteIdIndex): CompanyTable | null {
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
      log.reject(file, csv.row, "missing-id", "id", undefined, fieldsNamed("id"));
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
      // An empty division is a company the data does not place (NO_DIVISION): kept, as the app keeps it.
      d = KNOWN_CODES.has(code) || code === NO_DIVISION ? divisionCodes.push(code) - 1 : -1;
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

export function emptyCompanies(): SummaryCompanies {
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
