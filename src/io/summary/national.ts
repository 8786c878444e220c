// The national tables of a summary bundle (model/summary.ts): company-flows.csv and
// sole-suppliers.csv into the columns of graph/summary/columns.ts, from bytes alone, with their
// companies found by id in the company table already read (summaryCompanies.ts). A national
// company-flows.csv has tens of rows per company: no string per cell, as for companies.csv.
// Bundles written before these tables existed have neither file: the result is then undefined.

import {
  SUMMARY_COMPANY_FLOW_COLUMNS, SUMMARY_COMPANY_FLOW_TYPES, SUMMARY_FILES, SUMMARY_SOLE_SUPPLIER_COLUMNS,
} from "../../model/summary.ts";
import { NO_DIVISION, STORED_VINTAGE, type DivisionCode } from "../../model/types.ts";
import { divisionsOf } from "../../regions/divisions.ts";
import type { SummaryCompanyFlows, SummaryNationalColumns, SummarySoleSuppliers } from "../../graph/summary/columns.ts";
import { fieldsNamed, type IssueLog } from "../read/issues.ts";
import { ByteCsv, type ByteIdIndex, maxRecords } from "./csvScan.ts";
import { headerIndex } from "./tables.ts";

export type SummaryNational = SummaryNationalColumns;

/** The company table the rows name: its size and its rows by id bytes. */
export interface CompanyIds {
  count: number;
  index: ByteIdIndex;
}

/** Partner divisions are written in the stored vintage's codes; "" is a partner without a division. */
const STORED_CODES = new Set<string>([...divisionsOf(STORED_VINTAGE).map((d) => d.code), NO_DIVISION]);
const encoder = new TextEncoder();
const TYPE_BYTES = SUMMARY_COMPANY_FLOW_TYPES.map((t) => encoder.encode(t));

/** Index of field f's bytes among `words` (exact, unquoted ASCII), or -1. */
function wordIndex(csv: ByteCsv, f: number, words: readonly Uint8Array[]): number {
  const b = csv.bytes;
  const s = csv.start[f]!;
  const len = csv.end[f]! - s;
  next: for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length !== len) continue;
    for (let k = 0; k < len; k++) if (b[s + k] !== w[k]) continue next;
    return i;
  }
  return -1;
}

/** Company row of field f's id (trimmed, quotes undone), or -1 after rejecting the row. */
function companyOf(csv: ByteCsv, f: number, column: string, ids: CompanyIds, file: string, log: IssueLog): number {
  csv.trim(f);
  if (csv.isEmpty(f)) {
    log.reject(file, csv.row, "missing-id", column, undefined, fieldsNamed(column));
    return -1;
  }
  const row = csv.escaped[f] ? ids.index.find(...textSpan(csv.text(f))) : ids.index.find(csv.bytes, csv.start[f]!, csv.end[f]!);
  if (row < 0) log.reject(file, csv.row, "unknown-company", csv.text(f).slice(0, 80), `${column} ${JSON.stringify(csv.text(f).slice(0, 80))} is not in ${SUMMARY_FILES.companies}`);
  return row;
}

const textSpan = (text: string): [Uint8Array, number, number] => {
  const bytes = encoder.encode(text);
  return [bytes, 0, bytes.length];
};

/** A non-negative finite number (a whole one when `whole`), or NaN after rejecting the row. */
function amount(csv: ByteCsv, f: number, column: string, whole: boolean, file: string, log: IssueLog): number {
  const v = csv.isEmpty(f) ? 0 : csv.number(f);
  if (v >= 0 && v < Infinity && (!whole || Number.isInteger(v))) return v;
  log.reject(file, csv.row, "bad-number", `${column}: ${csv.text(f)}`.slice(0, 120));
  return NaN;
}

function fit<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(a: T, n: number): T {
  return (a.length === n ? a : n < a.length * 0.7 ? a.slice(0, n) : a.subarray(0, n)) as T;
}

/**
 * company-flows.csv into columns, `start` built while reading: the rows must come in the
 * declared order (companies as in companies.csv, then division code, then type), which is what
 * lets one company's rows be found without a sort or a scan. A row out of that order makes the
 * file unusable (null, said so in the log); a row repeating the one before it is rejected alone.
 */
export function readCompanyFlows(bytes: Uint8Array, file: string, log: IssueLog, ids: CompanyIds): SummaryCompanyFlows | null {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, SUMMARY_COMPANY_FLOW_COLUMNS);
  if (!cols) return null;
  const capacity = maxRecords(bytes);
  const division = new Uint16Array(capacity);
  const type = new Uint8Array(capacity);
  const numbers = SUMMARY_COMPANY_FLOW_COLUMNS.slice(3).map(() => new Float64Array(capacity));
  const [outLinks, outWeight, inLinks, inWeight, partners] = numbers as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const numberFields = SUMMARY_COMPANY_FLOW_COLUMNS.slice(3).map((c) => cols.get(c)!);
  const wholeColumn = SUMMARY_COMPANY_FLOW_COLUMNS.slice(3).map((c) => !c.endsWith("_weight"));
  const [idField, divisionField, typeField] = [cols.get("id")!, cols.get("division")!, cols.get("type")!];
  const needed = Math.max(...cols.values()) + 1;
  const start = new Uint32Array(ids.count + 1);
  const codes: DivisionCode[] = [];
  const codeByKey = new Map<number, number>();
  let n = 0;
  // The last accepted row's key; its id's bytes, to skip the lookup for a company's next rows.
  let company = -1;
  let code = "";
  let kind = -1;
  let idStart = 0;
  let idEnd = 0;
  const values = new Float64Array(numberFields.length);

  row: while (csv.next()) {
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < needed) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${needed} expected`);
      continue;
    }
    csv.trim(idField);
    let c = company;
    if (!(company >= 0 && !csv.escaped[idField] && sameBytes(csv.bytes, idStart, idEnd, csv.start[idField]!, csv.end[idField]!))) {
      c = companyOf(csv, idField, "id", ids, file, log);
      if (c < 0) continue;
    }
    csv.trim(divisionField);
    const key = csv.shortKey(divisionField);
    let d = key < 0 ? -1 : (codeByKey.get(key) ?? -2);
    if (d === -2) {
      const text = csv.text(divisionField);
      d = STORED_CODES.has(text) ? codes.push(text) - 1 : -1;
      codeByKey.set(key, d);
    }
    if (d < 0) {
      log.reject(file, csv.row, "unknown-division", csv.text(divisionField).slice(0, 40), `division ${JSON.stringify(csv.text(divisionField).slice(0, 40))} is no ${STORED_VINTAGE} division code`);
      continue;
    }
    csv.trim(typeField);
    const t = wordIndex(csv, typeField, TYPE_BYTES);
    if (t < 0) {
      log.reject(file, csv.row, "malformed-row", `unknown link type ${JSON.stringify(csv.text(typeField).slice(0, 40))}`);
      continue;
    }
    for (let j = 0; j < numberFields.length; j++) {
      values[j] = amount(csv, numberFields[j]!, SUMMARY_COMPANY_FLOW_COLUMNS[3 + j]!, wholeColumn[j]!, file, log);
      if (Number.isNaN(values[j]!)) continue row;
    }
    const divisionCode = codes[d]!;
    const order = c !== company ? c - company : divisionCode !== code ? (divisionCode < code ? -1 : 1) : t - kind;
    if (order === 0) {
      log.reject(file, csv.row, "duplicate-id", `${csv.text(idField).slice(0, 80)} ${divisionCode} ${SUMMARY_COMPANY_FLOW_TYPES[t]}`,
        `a second row for company ${JSON.stringify(csv.text(idField).slice(0, 80))}, division ${JSON.stringify(divisionCode)}, type ${SUMMARY_COMPANY_FLOW_TYPES[t]}; first kept`);
      continue;
    }
    if (order < 0) {
      log.reject(file, csv.row, "malformed-row", "rows out of order",
        `rows out of the declared order (companies as in ${SUMMARY_FILES.companies}, then division code, then link type) from row ${csv.row}: ${SUMMARY_FILES.companyFlows} not used`);
      return null;
    }
    // Companies between the last one with rows and this one have none.
    for (let k = company + 1; k <= c; k++) start[k] = n;
    division[n] = d;
    type[n] = t;
    outLinks[n] = values[0]!;
    outWeight[n] = values[1]!;
    inLinks[n] = values[2]!;
    inWeight[n] = values[3]!;
    partners[n] = values[4]!;
    n++;
    if (c !== company) {
      company = c;
      idStart = csv.start[idField]!;
      idEnd = csv.end[idField]!;
      // A quoted id with doubled quotes has other bytes in the file than in the table: look it up each time.
      if (csv.escaped[idField]) idEnd = idStart - 1;
    }
    code = divisionCode;
    kind = t;
  }
  for (let k = company + 1; k <= ids.count; k++) start[k] = n;
  return {
    count: n,
    division: fit(division, n),
    codes,
    type: fit(type, n),
    outLinks: fit(outLinks, n),
    outWeight: fit(outWeight, n),
    inLinks: fit(inLinks, n),
    inWeight: fit(inWeight, n),
    partners: fit(partners, n),
    start,
  };
}

function sameBytes(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let k = 0; k < e1 - s1; k++) if (b[s1 + k] !== b[s2 + k]) return false;
  return true;
}

/**
 * sole-suppliers.csv into columns, in the file's order (supplier id, then buyer id, as written;
 * nothing here depends on it). A buyer has one sole supplier: a second row for it is rejected.
 */
export function readSoleSuppliers(bytes: Uint8Array, file: string, log: IssueLog, ids: CompanyIds): SummarySoleSuppliers | null {
  const csv = new ByteCsv(bytes);
  const cols = headerIndex(csv, file, log, SUMMARY_SOLE_SUPPLIER_COLUMNS);
  if (!cols) return null;
  const capacity = maxRecords(bytes);
  const buyer = new Uint32Array(capacity);
  const supplier = new Uint32Array(capacity);
  const links = new Float64Array(capacity);
  const seen = new Uint8Array(ids.count);
  const [buyerField, supplierField, linksField] = [cols.get("buyer")!, cols.get("supplier")!, cols.get("links")!];
  const needed = Math.max(...cols.values()) + 1;
  let n = 0;
  while (csv.next()) {
    if (csv.isBlank()) continue;
    if (csv.broken || csv.fields < needed) {
      log.reject(file, csv.row, "malformed-row", `${csv.fields} fields, ${needed} expected`);
      continue;
    }
    const b = companyOf(csv, buyerField, "buyer", ids, file, log);
    if (b < 0) continue;
    const s = companyOf(csv, supplierField, "supplier", ids, file, log);
    if (s < 0) continue;
    if (b === s) {
      log.reject(file, csv.row, "self-link", csv.text(buyerField).slice(0, 80));
      continue;
    }
    const count = csv.isEmpty(linksField) ? NaN : csv.number(linksField);
    if (!(Number.isInteger(count) && count >= 1)) {
      log.reject(file, csv.row, "bad-number", `links: ${csv.text(linksField)}`.slice(0, 120), `links must be a whole number of at least 1: ${JSON.stringify(csv.text(linksField).slice(0, 40))}`);
      continue;
    }
    if (seen[b]) {
      log.reject(file, csv.row, "duplicate-id", csv.text(buyerField).slice(0, 80), `buyer ${JSON.stringify(csv.text(buyerField).slice(0, 80))} listed again; it has one sole supplier, first kept`);
      continue;
    }
    seen[b] = 1;
    buyer[n] = b;
    supplier[n] = s;
    links[n] = count;
    n++;
  }
  return { count: n, buyer: fit(buyer, n), supplier: fit(supplier, n), links: fit(links, n) };
}

/**
 * Both tables from a bundle's inflated entries, or undefined: for a bundle written before they
 * existed (neither file; nothing to report), or when one is missing or unusable (reported).
 */
export function readNationalEntries(entries: Record<string, Uint8Array>, name: string, log: IssueLog, ids: CompanyIds): SummaryNational | undefined {
  const inner = (file: string) => `${name} › ${file}`;
  const flowBytes = entries[SUMMARY_FILES.companyFlows];
  const soleBytes = entries[SUMMARY_FILES.soleSuppliers];
  if (!flowBytes && !soleBytes) return undefined;
  const missing = !flowBytes ? SUMMARY_FILES.companyFlows : !soleBytes ? SUMMARY_FILES.soleSuppliers : null;
  if (missing) {
    log.reject(inner(missing), 0, "unreadable-file", missing, `${missing} is missing from the summary bundle: the national tables are not used`);
    return undefined;
  }
  const companyFlows = readCompanyFlows(flowBytes!, inner(SUMMARY_FILES.companyFlows), log, ids);
  const soleSuppliers = readSoleSuppliers(soleBytes!, inner(SUMMARY_FILES.soleSuppliers), log, ids);
  return companyFlows && soleSuppliers ? { companyFlows, soleSuppliers } : undefined;
}
