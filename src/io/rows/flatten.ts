// Flattens graphology nodes or edges into a table with canonical column names, so they go
// through the same row readers as CSV rows. Every item is untrusted: only own properties are
// read, every value is type-checked, and "__proto__" keys are dropped.

import { normaliseDivision } from "../../regions/normalise.ts";
import { ALL_FIELDS, lookupHeader, withAddressAsDivision, type Alias, type ColumnMap, type Field } from "./headers.ts";
import type { IssueLog } from "../read/issues.ts";

export interface RawTable {
  headers: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const own = (o: Obj, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

const CANONICAL = new Set<string>(ALL_FIELDS);

// A hostile file could give every node a new attribute name; past this many columns the
// table would cost memory quadratic in the node count.
const MAX_COLUMNS = 500;
const MAX_NESTED_TEXT = 2000;

/** A JSON scalar as cell text; undefined for objects and arrays. */
function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

class TableBuilder {
  readonly table: RawTable;
  private readonly columns = new Map<string, number>();
  // Items repeat the same few attribute names; look each up in the header table once.
  private readonly aliases = new Map<string, Alias | undefined>();
  dropped = 0;

  constructor(fixed: string[]) {
    this.table = { headers: [...fixed], rows: [] };
    fixed.forEach((h, i) => this.columns.set(h, i));
  }

  column(name: string): number | undefined {
    let i = this.columns.get(name);
    if (i === undefined && this.table.headers.length < MAX_COLUMNS) {
      i = this.table.headers.push(name) - 1;
      this.columns.set(name, i);
    }
    return i;
  }

  alias(name: string): Alias | undefined {
    if (this.aliases.has(name)) return this.aliases.get(name);
    const alias = lookupHeader(name);
    this.aliases.set(name, alias);
    return alias;
  }

  put(cells: string[], name: string, text: string): void {
    const i = this.column(name);
    if (i === undefined) this.dropped++;
    else if (cells[i] === undefined) cells[i] = text;
  }
}

/**
 * Copies an item's attributes into `cells`; returns the name of a mapped attribute holding an
 * object (a nested object cannot be a name, division or weight).
 *
 * Attributes that mean a canonical field go to that field's column, so nodes that spell it
 * differently ("name" here, "label" there) still fill one column. When a node has two
 * spellings, the exact field name wins, else the first; the others stay attributes under
 * their own names.
 */
function fillAttributes(tb: TableBuilder, cells: string[], attributes: Obj): string | null {
  // Exact field names first, so {"label": "A", "name": "B"} takes "B" as the name.
  const keys = Object.keys(attributes).filter((k) => k !== "__proto__");
  const ordered = [...keys.filter((k) => CANONICAL.has(k)), ...keys.filter((k) => !CANONICAL.has(k))];
  for (const key of ordered) {
    const value = attributes[key];
    const alias = tb.alias(key);
    let text = scalarText(value);
    if (text === undefined) {
      if (alias) return key;
      text = JSON.stringify(value).slice(0, MAX_NESTED_TEXT);
    }
    let fieldText: string | null = text;
    // A code of a named system ("kostat_code": "26") is resolved here, while the system is
    // known, so all nodes can share one division column whatever they called it.
    if (alias?.codeSystem) fieldText = text && normaliseDivision(text, { codeSystem: alias.codeSystem });
    const at = alias && fieldText ? tb.column(alias.field) : undefined;
    if (at !== undefined && cells[at] === undefined) cells[at] = fieldText!;
    else tb.put(cells, key, text);
  }
  return null;
}

/** One table of nodes (columns id, ...) or edges (id, supplier, buyer, ...) in canonical column names. */
export function flattenItems(file: string, log: IssueLog, items: readonly unknown[], kind: "node" | "edge"): RawTable {
  const ends = kind === "node" ? [] : (["source", "target"] as const);
  const tb = new TableBuilder(kind === "node" ? ["id"] : ["id", "supplier", "buyer"]);
  items.forEach((item, index) => {
    const row = index + 1;
    if (!isObject(item)) return log.reject(file, row, "malformed-row", `${kind} ${row}`, `${kind} ${row}: not an object`);
    const cells: string[] = [];
    const key = scalarText(own(item, "key"));
    if (key === undefined) return log.reject(file, row, "malformed-row", "key", `${kind} ${row}: key is not text`);
    if (kind === "node" && !key.trim()) return log.reject(file, row, "missing-id", "key", `${kind} ${row}: key is empty`);
    if (key) cells[0] = key;
    for (const [i, end] of ends.entries()) {
      const ref = scalarText(own(item, end));
      if (ref === undefined) return log.reject(file, row, "malformed-row", end, `${kind} ${row}: ${end} is not text`);
      cells[i + 1] = ref;
    }
    const attributes = own(item, "attributes") ?? {};
    if (!isObject(attributes)) {
      return log.reject(file, row, "malformed-row", "attributes", `${kind} ${row}: attributes is not an object`);
    }
    const nested = fillAttributes(tb, cells, attributes);
    if (nested) return log.reject(file, row, "malformed-row", nested, `${kind} ${row}: '${nested}' is not a plain value`);
    if (kind === "node") {
      // A node without a name is known by its label (an alias of name, so already there), else its key.
      const at = tb.column("name");
      if (at !== undefined && !cells[at]?.trim()) cells[at] = key;
    }
    tb.table.rows.push({ row, cells });
  });
  if (tb.dropped) {
    log.warn(file, 0, "malformed-row", `${tb.dropped}`, `${tb.dropped} ${kind} attribute values dropped: more than ${MAX_COLUMNS} attribute names`);
  }
  return tb.table;
}

/**
 * Column map of a flattened table. Canonical columns always win: mapping the raw names with
 * the header table could let a leftover spelling ("label" beside "name") take the field.
 * Code-system columns ("kostat_code") keep their names and are mapped through the table.
 */
export function mapFlatHeaders(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, codeSystem: {}, extra: [] };
  headers.forEach((h, i) => {
    if (CANONICAL.has(h)) map.index[h as Field] = i;
  });
  headers.forEach((name, index) => {
    if (CANONICAL.has(name)) return;
    const alias = lookupHeader(name);
    if (alias?.codeSystem && map.index[alias.field] === undefined) {
      map.index[alias.field] = index;
      map.codeSystem[alias.field] = alias.codeSystem;
    } else {
      map.extra.push({ index, name });
    }
  });
  return withAddressAsDivision(map);
}
