// Links tables of typed files (Parquet, Arrow) loaded column by column. The row path
// (linkRow.ts through columnar.ts each()) makes a row of text cells and checks it anew: 500k
// rows clean and resolve 1M references and parse 500k link-type words and years. Here each
// distinct value of a column is checked once (by its code, columnCodes.ts, where the format
// gives text as bytes; else by a Map from the decoded value), amounts are read straight from
// numeric columns, and links are built without rows of cells.
//
// Every verdict comes from linkRow.ts's own checks on the text the row path gives that cell
// (columnarValues.ts), in the row path's order, so the links, their ids and order and every
// issue are the row path's. test/io/columnar/reader.property.test.ts holds the two to that.

import type { Company, Link } from "../../model/types.ts";
import { valueText, yearText } from "./values.ts";
import type { ColumnCodes } from "./codes.ts";
import { checkLinkType, checkWeight, checkYear, rejectEnd, resolveReference, type Checked, type UnresolvedEnd } from "../rows/linkRow.ts";
import type { Table } from "../rows/rowTable.ts";
import { cleanText, parseFlag } from "../text/values.ts";

/** A loaded column: its decoded values, or its codes (columnCodes.ts) for text repeated across rows. */
export type LoadedColumn = { values: ArrayLike<unknown> } | { codes: ColumnCodes };
/** The loaded column at a column index, or null when the table has no such column. */
export type ColumnAt = (index: number | undefined) => LoadedColumn | null;

const PROGRESS_EVERY = 8192;

/** A column's values, whichever way it was loaded. */
export function valuesOf(column: LoadedColumn): ArrayLike<unknown> {
  if ("values" in column) return column.values;
  const { codes, distinct } = column.codes;
  return Array.from(codes, (c) => (c < 0 ? null : distinct[c]));
}

/** Each row's verdict, computed once per distinct decoded value. */
export function byValue<T>(column: LoadedColumn | null, verdict: (v: unknown) => T): (row: number) => T {
  if (!column) {
    const none = verdict(undefined);
    return () => none;
  }
  if ("codes" in column) {
    const { codes, distinct } = column.codes;
    const verdicts = new Array<T | undefined>(distinct.length);
    const nullVerdict = verdict(null);
    return (r) => {
      const c = codes[r]!;
      if (c < 0) return nullVerdict;
      return (verdicts[c] ??= verdict(distinct[c]));
    };
  }
  const { values } = column;
  const seen = new Map<unknown, T>();
  return (r) => {
    const v = values[r];
    let out = seen.get(v);
    if (out === undefined) {
      out = verdict(v);
      seen.set(v, out);
    }
    return out;
  };
}

/** A column as codes: coded by its format, or here by decoded value (one Map lookup a row). */
function codesOf(column: LoadedColumn | null, rows: number): ColumnCodes {
  if (!column) return { codes: new Int32Array(rows).fill(-1), distinct: [] };
  if ("codes" in column) return column.codes;
  const codes = new Int32Array(rows);
  const distinct: unknown[] = [];
  const seen = new Map<unknown, number>();
  for (let r = 0; r < rows; r++) {
    const v = column.values[r];
    let c = seen.get(v);
    if (c === undefined) seen.set(v, (c = distinct.push(v) - 1));
    codes[r] = c;
  }
  return { codes, distinct };
}

/**
 * What each row's supplier or buyer names, as arrays by code (the last entry for a null),
 * so the loop over rows reads a company straight from an array. No company is added while
 * links are read (read.ts reads every companies table first), so a reference means the same
 * company in every row, and isPlainReference tells once whether noteReference has anything to say.
 */
interface Ends {
  codes: Int32Array;
  /** The company, or null when the row is rejected for `failure`. */
  company: Array<Company | null>;
  failure: Array<UnresolvedEnd | null>;
  ref: string[];
  /** 1 when noteReference would say nothing: the usual exact id or name. */
  plain: Uint8Array;
}

function endsOf(t: Table, role: "supplier" | "buyer", column: ColumnAt, rows: number): Ends {
  const idColumn = column(t.cols.index[`${role}_id`]);
  const nameColumn = column(t.cols.index[role]);
  let coded: ColumnCodes;
  let texts: (v: unknown) => [string, string];
  if (idColumn && nameColumn) {
    // An id and a name column: the pair of texts is the reference.
    const [ids, names] = [valuesOf(idColumn), valuesOf(nameColumn)];
    // Keyed by the id's length and both texts, which no pair of other texts gives.
    const pairs = Array.from({ length: rows }, (_, r) => {
      const id = valueText(ids[r]);
      return `${id.length}:${id}${valueText(names[r])}`;
    });
    coded = codesOf({ values: pairs }, rows);
    texts = (v) => {
      const key = v as string;
      const colon = key.indexOf(":");
      const start = colon + 1;
      const end = start + Number(key.slice(0, colon));
      return [key.slice(start, end), key.slice(end)];
    };
  } else {
    coded = codesOf(idColumn ?? nameColumn, rows);
    texts = idColumn ? (v) => [valueText(v), ""] : (v) => ["", valueText(v)];
  }
  const n = coded.distinct.length;
  const ends: Ends = { codes: coded.codes, company: new Array(n + 1), failure: new Array(n + 1), ref: new Array(n + 1), plain: new Uint8Array(n + 1) };
  for (let c = 0; c <= n; c++) {
    const [idText, nameText] = c < n ? texts(coded.distinct[c]) : ["", ""];
    const end = resolveReference(t.builder, idText, nameText, role);
    if ("company" in end) {
      ends.company[c] = end.company;
      ends.failure[c] = null;
      ends.ref[c] = end.ref;
      ends.plain[c] = t.builder.isPlainReference(end.ref, end.company) ? 1 : 0;
    } else {
      ends.company[c] = null;
      ends.failure[c] = end;
      ends.ref[c] = "";
    }
  }
  return ends;
}

/**
 * An amount cell's verdict. A finite number's text (String(v)) parses back to the number,
 * so a numeric column skips the text; NaN and infinities read as empty cells, as in the row path.
 */
function weightOf(v: unknown): Checked<number> | number | undefined {
  if (typeof v !== "number") return v === undefined || v === null ? undefined : checkWeight(valueText(v));
  if (v >= 0 && v !== Infinity) return v + 0; // -0 reads "0"
  if (v < 0 && v !== -Infinity) return { reject: "bad-number", detail: String(v) };
  return undefined;
}

/** Loads every row of a links table from its typed columns; the row path's links and issues. */
export function readLinkColumns(t: Table, rows: number, column: ColumnAt, progress: (fraction: number) => void): void {
  const { builder, file, cols } = t;
  const { log } = builder;
  const supplier = endsOf(t, "supplier", column, rows);
  const buyer = endsOf(t, "buyer", column, rows);
  const yearAt = byValue(column(cols.index.year), (v) => checkYear(yearText(v)));
  const typeAt = byValue(column(cols.index.type), (v) => checkLinkType(valueText(v)));
  const illustrativeAt = byValue(column(cols.index.illustrative), (v) => parseFlag(valueText(v)));
  const valuesAt = (i: number | undefined) => {
    const c = column(i);
    return c ? valuesOf(c) : undefined;
  };
  const ids = valuesAt(cols.index.id);
  const weights = valuesAt(cols.index.weight);
  const extras = cols.extra.map((e) => ({ name: e.name, values: valuesAt(e.index) ?? [] }));
  const nullSupplier = supplier.company.length - 1;
  const nullBuyer = buyer.company.length - 1;

  for (let r = 0; r < rows; r++) {
    const row = r + 1;
    if (r % PROGRESS_EVERY === 0) progress(r / rows);
    let s = supplier.codes[r]!;
    if (s < 0) s = nullSupplier;
    const source = supplier.company[s]!;
    if (source === null) {
      rejectEnd(t, row, supplier.failure[s]!);
      continue;
    }
    let b = buyer.codes[r]!;
    if (b < 0) b = nullBuyer;
    const target = buyer.company[b]!;
    if (target === null) {
      rejectEnd(t, row, buyer.failure[b]!);
      continue;
    }
    // One company per id: the same object is the same id, without comparing the strings.
    if (source === target) {
      log.reject(file, row, "self-link", source.id);
      continue;
    }
    const explicitId = ids ? cleanText(valueText(ids[r])) : "";
    const id = explicitId || `${file}#${row}`;
    if (builder.hasLink(id, explicitId !== "")) {
      log.reject(file, row, "duplicate-id", id);
      continue;
    }
    let weight = weights ? weightOf(weights[r]) : undefined;
    if (typeof weight === "object") {
      if ("reject" in weight) {
        log.reject(file, row, weight.reject, weight.detail);
        continue;
      }
      weight = weight.value;
    }
    const year = yearAt(r);
    if ("reject" in year) {
      log.reject(file, row, year.reject, year.detail);
      continue;
    }
    const kind = typeAt(r);
    if (kind.unknown !== null) log.warn(file, row, "unknown-link-type", kind.unknown);
    const attributes: Record<string, string> = {};
    for (const e of extras) attributes[e.name] = valueText(e.values[r]);
    // Fields in the row path's order, so links serialise alike. The usual link, with an amount
    // and a year, is one literal: fields added later go to a second block of memory, a
    // 500k-link read's worth of garbage.
    let link: Link;
    if (weight !== undefined && year.value !== undefined) {
      link = { id, source: source.id, target: target.id, type: kind.type, attributes, weight, year: year.value };
    } else {
      link = { id, source: source.id, target: target.id, type: kind.type, attributes };
      if (weight !== undefined) link.weight = weight;
      if (year.value !== undefined) link.year = year.value;
    }
    if (illustrativeAt(r)) link.illustrative = true;
    if (supplier.plain[s] === 0) builder.noteReference(supplier.ref[s]!, source, file, row);
    if (buyer.plain[b] === 0) builder.noteReference(buyer.ref[b]!, target, file, row);
    builder.addLink(link, explicitId !== "", source, target);
  }
  progress(1);
}
