// A summary bundle (model/summary.ts) as the app holds it: columns, not row objects. A national
// summary has about a million companies; a million objects would cost the main thread seconds
// to receive and hundreds of megabytes to keep, while typed arrays travel from the parse worker
// without a copy. Strings are UTF-8 bytes plus offsets and are decoded only for the rows shown.

import type { SummaryDivisionRow, SummaryManifest, SummaryStatType } from "../../model/summary.ts";
import { SUMMARY_STAT_TYPES } from "../../model/summary.ts";
import type { DivisionCode, Vintage } from "../../model/types.ts";

/** n strings: string i is bytes[offsets[i] .. offsets[i+1]); an empty string stands for "none". */
export interface PackedStrings {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

export interface CrossColumns {
  partners: Float64Array;
  links: Float64Array;
  weight: Float64Array;
}

/** The numbers of companies.csv that can change with the vintage. */
export interface SummaryNumbers {
  inDegree: Float64Array;
  outDegree: Float64Array;
  degree: Float64Array;
  weightedDegree: Float64Array;
  partnerDivisions: Float64Array;
  cross: Record<SummaryStatType, CrossColumns>;
  score: Float64Array;
}

export const SUMMARY_TEXT_COLUMNS = ["id", "name", "nameEn", "municipality", "industry", "tier"] as const;
export type SummaryTextColumn = (typeof SUMMARY_TEXT_COLUMNS)[number];

export interface SummaryCompanies {
  count: number;
  text: Record<SummaryTextColumn, PackedStrings>;
  /** Index into `divisionCodes` (stored, 2023-vintage codes). */
  division: Uint16Array;
  divisionCodes: DivisionCode[];
  /** NaN where the row has none. */
  lat: Float64Array;
  lon: Float64Array;
  numbers: SummaryNumbers;
  /** 1 when the bundle's graph holds the company's ego network. */
  ego: Uint8Array;
}

/** companies-<vintage>.csv: rows (indexes into SummaryCompanies) whose numbers differ under `vintage`. */
export interface SummaryOverride {
  vintage: Vintage;
  rows: Uint32Array;
  numbers: SummaryNumbers;
}

/** Flow rows as columns: `from`/`to` index the table's codes, `type` indexes LINK_TYPES, `year` is -1 for none. */
interface FlowColumns {
  count: number;
  year: Int32Array;
  from: Uint16Array;
  to: Uint16Array;
  type: Uint8Array;
  links: Float64Array;
  weight: Float64Array;
}

/** flows.csv as columns; `from`/`to` index `codes` (division codes of the row's vintage). */
export interface SummaryFlows extends FlowColumns {
  codes: DivisionCode[];
  vintage: Uint8Array;
}

/**
 * place-flows.csv and places.csv as columns (model/summary.ts SummaryPlaceFlowRow): `from`/`to`
 * index `codes` (place keys: municipality or stored division codes), `type` indexes LINK_TYPES,
 * `year` is -1 for none. `companies` is keyed by place key.
 */
export interface SummaryPlaces extends FlowColumns {
  codes: string[];
  companies: Map<string, number>;
}

/**
 * company-flows.csv as columns (model/summary.ts SummaryCompanyFlowRow). Rows of one company are
 * contiguous: `start[c] .. start[c + 1]` are the rows of company row c (an index into
 * SummaryCompanies), so one company's flows are found without a scan.
 */
export interface SummaryCompanyFlows {
  count: number;
  /** Index into `codes`: the partner division, stored-vintage code. */
  division: Uint16Array;
  codes: DivisionCode[];
  /** Index into SUMMARY_COMPANY_FLOW_TYPES (LINK_TYPES, then 4 for "all"). */
  type: Uint8Array;
  outLinks: Float64Array;
  outWeight: Float64Array;
  inLinks: Float64Array;
  inWeight: Float64Array;
  partners: Float64Array;
  /** companies.count + 1 offsets into the rows above. */
  start: Uint32Array;
}

/** sole-suppliers.csv as columns: rows of the company table. */
export interface SummarySoleSuppliers {
  count: number;
  buyer: Uint32Array;
  supplier: Uint32Array;
  links: Float64Array;
}

/** The bundle's bytes, when its company table is read apart from the rest (summary mode in the app). */
export interface PendingCompanies {
  /** File name, for the import report. */
  name: string;
  zip: Uint8Array;
}

export interface SummaryData {
  manifest: SummaryManifest;
  /** VINTAGES index per flow row's vintage lives in flows.vintage; these are the vintages in order. */
  vintages: Vintage[];
  flows: SummaryFlows;
  divisions: SummaryDivisionRow[];
  /** place-flows.csv and places.csv: what the municipality level reads. Absent in bundles made before them (that level then shows divisions' unknown-municipality units). */
  places?: SummaryPlaces | undefined;
  companies: SummaryCompanies;
  overrides: SummaryOverride[];
  /**
   * Set while the company table has not been read: the map of the nation needs only the flows,
   * so the app draws it first and reads the million company rows beside it (the summary worker).
   * `companies` is empty meanwhile.
   */
  pending?: PendingCompanies | undefined;
  /**
   * Set while the ego networks (graph.json) have not been read: the nation's map comes first
   * and the ego graph replaces the empty one when it is built. No company can be chosen meanwhile.
   */
  egoPending?: boolean | undefined;
}

/** Whether part of the summary (its company table or its ego networks) is still being read. */
export function summaryReading(summary: Pick<SummaryData, "pending" | "egoPending">): boolean {
  return summary.pending !== undefined || summary.egoPending === true;
}

export function emptyNumbers(n: number): SummaryNumbers {
  const cross = {} as Record<SummaryStatType, CrossColumns>;
  for (const t of SUMMARY_STAT_TYPES) cross[t] = { partners: new Float64Array(n), links: new Float64Array(n), weight: new Float64Array(n) };
  return {
    inDegree: new Float64Array(n),
    outDegree: new Float64Array(n),
    degree: new Float64Array(n),
    weightedDegree: new Float64Array(n),
    partnerDivisions: new Float64Array(n),
    cross,
    score: new Float64Array(n),
  };
}

/** Every typed array of the numbers, in a fixed order: what the worker transfers and what slicing copies. */
export function numberArrays(numbers: SummaryNumbers): Float64Array[] {
  const out = [numbers.inDegree, numbers.outDegree, numbers.degree, numbers.weightedDegree, numbers.partnerDivisions, numbers.score];
  for (const t of SUMMARY_STAT_TYPES) out.push(numbers.cross[t].partners, numbers.cross[t].links, numbers.cross[t].weight);
  return out;
}

/** company-flows.csv and sole-suppliers.csv as columns: what a table read in a worker brings with it. */
export interface SummaryNationalColumns {
  companyFlows: SummaryCompanyFlows;
  soleSuppliers: SummarySoleSuppliers;
}

/** The buffers a structured clone can move instead of copying. */
export function summaryTransferables(
  data: Pick<SummaryData, "companies" | "overrides" | "pending"> & Partial<Pick<SummaryData, "flows" | "places">> & { national?: SummaryNationalColumns | undefined },
): ArrayBuffer[] {
  const c = data.companies;
  const f = data.flows;
  const p = data.places;
  const cf = data.national?.companyFlows;
  const sole = data.national?.soleSuppliers;
  const arrays: ArrayBufferView[] = [
    ...SUMMARY_TEXT_COLUMNS.flatMap((k) => [c.text[k].bytes, c.text[k].offsets]),
    c.division, c.lat, c.lon, c.ego, ...numberArrays(c.numbers),
    ...(f ? [f.vintage, f.year, f.from, f.to, f.type, f.links, f.weight] : []),
    ...(p ? [p.year, p.from, p.to, p.type, p.links, p.weight] : []),
    ...data.overrides.flatMap((o) => [o.rows, ...numberArrays(o.numbers)]),
    ...(data.pending ? [data.pending.zip] : []),
    ...(cf ? [cf.division, cf.type, cf.outLinks, cf.outWeight, cf.inLinks, cf.inWeight, cf.partners, cf.start] : []),
    ...(sole ? [sole.buyer, sole.supplier, sole.links] : []),
  ];
  const seen = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0) seen.add(a.buffer);
  return [...seen];
}

const decoder = new TextDecoder();

/** String i of a packed column ("" for none). */
export function stringAt(s: PackedStrings, i: number): string {
  const start = s.offsets[i];
  const end = s.offsets[i + 1];
  if (start === undefined || end === undefined || end <= start) return "";
  return decoder.decode(s.bytes.subarray(start, end));
}

/** Every string of a packed column, decoded once (workers: search, sorting by text). */
export function allStrings(s: PackedStrings): string[] {
  const n = s.offsets.length - 1;
  const out = new Array<string>(Math.max(0, n));
  for (let i = 0; i < n; i++) out[i] = stringAt(s, i);
  return out;
}

/** Base row -> override row, per vintage; built once per summary. */
export function overrideIndex(data: Pick<SummaryData, "overrides">, vintage: Vintage): Map<number, number> | null {
  const o = data.overrides.find((x) => x.vintage === vintage);
  if (!o) return null;
  const map = new Map<number, number>();
  o.rows.forEach((row, k) => map.set(row, k));
  return map;
}

/** The numbers of every company under `vintage`: the base columns with the override rows written over a copy. */
export function numbersUnder(data: Pick<SummaryData, "companies" | "overrides">, vintage: Vintage): SummaryNumbers {
  const o = data.overrides.find((x) => x.vintage === vintage);
  if (!o || o.rows.length === 0) return data.companies.numbers;
  const base = numberArrays(data.companies.numbers);
  const over = numberArrays(o.numbers);
  const copy = emptyNumbers(data.companies.count);
  numberArrays(copy).forEach((target, j) => {
    target.set(base[j]!);
    const from = over[j]!;
    o.rows.forEach((row, k) => (target[row] = from[k]!));
  });
  return copy;
}

/** A deep copy of the company table: two threads can then each own one. */
export function copyTable<T extends Pick<SummaryData, "companies" | "overrides">>(t: T): T {
  const copy = <A extends ArrayBufferView & { slice(): A }>(a: A): A => a.slice();
  const numbers = (n: SummaryNumbers): SummaryNumbers => {
    const out = emptyNumbers(0);
    const from = numberArrays(n);
    const keys = ["inDegree", "outDegree", "degree", "weightedDegree", "partnerDivisions", "score"] as const;
    keys.forEach((k, j) => (out[k] = from[j]!.slice()));
    SUMMARY_STAT_TYPES.forEach((type, k) => {
      out.cross[type] = { partners: from[6 + 3 * k]!.slice(), links: from[7 + 3 * k]!.slice(), weight: from[8 + 3 * k]!.slice() };
    });
    return out;
  };
  const c = t.companies;
  return {
    ...t,
    companies: {
      ...c,
      text: Object.fromEntries(SUMMARY_TEXT_COLUMNS.map((k) => [k, { bytes: copy(c.text[k].bytes), offsets: copy(c.text[k].offsets) }])) as SummaryCompanies["text"],
      division: copy(c.division),
      divisionCodes: [...c.divisionCodes],
      lat: copy(c.lat),
      lon: copy(c.lon),
      numbers: numbers(c.numbers),
      ego: copy(c.ego),
    },
    overrides: t.overrides.map((o) => ({ vintage: o.vintage, rows: copy(o.rows), numbers: numbers(o.numbers) })),
  };
}
