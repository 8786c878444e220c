// Links tables of typed files (Parquet, Arrow) loaded column by column. The row path
// (linkRow.ts through columnar.ts each()) makes a row of text cells and checks it anew: 500k
// rows clean and resolve 1M references and parse 500k link-type words and years. Here each
// distinct value of a column is checked once (a Map from the decoded value to its verdict),
// amounts are read straight from numeric columns, and links are built without rows of cells.
//
// Every verdict comes from linkRow.ts's own checks on the text the row path gives that cell
// (columnarValues.ts), in the row path's order, so the links, their ids and order and every
// issue are the row path's. test/io/columnarLinks.property.test.ts holds the two to that.

import type { Link } from "../model/types.ts";
import { valueText, yearText } from "./columnarValues.ts";
import type { ColumnCodes } from "./columnCodes.ts";
import { checkLinkType, checkWeight, checkYear, rejectEnd, resolveReference, type Checked, type ResolvedEnd, type UnresolvedEnd } from "./linkRow.ts";
import type { Table } from "./table.ts";
import { cleanText, parseFlag } from "./values.ts";

/** A loaded column: its decoded values, or its codes (columnCodes.ts) for text repeated across rows. */
export type LoadedColumn = { values: ArrayLike<unknown> } | { codes: ColumnCodes };
/** The loaded column at a column index, or null when the table has no such column. */
export type ColumnAt = (index: number | undefined) => LoadedColumn | null;

const PROGRESS_EVERY = 8192;

/** A column's values, whichever way it was loaded. */
function valuesOf(column: LoadedColumn): ArrayLike<unknown> {
  if ("values" in column) return column.values;
  const { codes, distinct } = column.codes;
  return Array.from(codes, (c) => (c < 0 ? null : distinct[c]));
}

/** Each row's verdict, computed once per distinct decoded value. */
function byValue<T>(column: LoadedColumn | null, verdict: (v: unknown) => T): (row: number) => T {
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

type End = ResolvedEnd | UnresolvedEnd;

/**
 * The company each row's supplier or buyer names. No company is added while links are read
 * (read.ts reads every companies table first), so a reference means the same in every row.
 */
function endsOf(t: Table, role: "supplier" | "buyer", column: ColumnAt): (row: number) => End {
  const idColumn = column(t.cols.index[`${role}_id`]);
  const nameColumn = column(t.cols.index[role]);
  if (!idColumn || !nameColumn) {
    return byValue(idColumn ?? nameColumn, (v) => (idColumn ? resolveReference(t.builder, valueText(v), "", role) : resolveReference(t.builder, "", valueText(v), role)));
  }
  // An id and a name column: the pair is the reference.
  const [ids, names] = [valuesOf(idColumn), valuesOf(nameColumn)];
  const seen = new Map<string, End>();
  return (r) => {
    const [idText, nameText] = [valueText(ids[r]), valueText(names[r])];
    const key = `${idText}\u0000${nameText}`;
    let end = seen.get(key);
    if (!end) seen.set(key, (end = resolveReference(t.builder, idText, nameText, role)));
    return end;
  };
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
  const supplierAt = endsOf(t, "supplier", column);
  const buyerAt = endsOf(t, "buyer", column);
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

  for (let r = 0; r < rows; r++) {
    const row = r + 1;
    if (r % PROGRESS_EVERY === 0) progress(r / rows);
    const source = supplierAt(r);
    if (!("company" in source)) {
      rejectEnd(t, row, source);
      continue;
    }
    const target = buyerAt(r);
    if (!("company" in target)) {
      rejectEnd(t, row, target);
      continue;
    }
    const [sourceId, targetId] = [source.company.id, target.company.id];
    if (sourceId === targetId) {
      log.reject(file, row, "self-link", sourceId);
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
    const { type, unknown } = typeAt(r);
    if (unknown !== null) log.warn(file, row, "unknown-link-type", unknown);
    const attributes: Record<string, string> = {};
    for (const e of extras) attributes[e.name] = valueText(e.values[r]);
    // Fields in the row path's order, so links serialise alike.
    const link: Link = { id, source: sourceId, target: targetId, type, attributes };
    if (weight !== undefined) link.weight = weight;
    if (year.value !== undefined) link.year = year.value;
    if (illustrativeAt(r)) link.illustrative = true;
    builder.noteReference(source.ref, source.company, file, row);
    builder.noteReference(target.ref, target.company, file, row);
    builder.addLink(link, explicitId !== "", source.company, target.company);
  }
  progress(1);
}
