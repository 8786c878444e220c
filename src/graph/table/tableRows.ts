// Plain rows for the data table and its CSV export, and the one sort they use. Rows are built
// once per graph and filter. Sorting precomputes a number per row (text: the rank of its string
// among the distinct strings, collated once), so the row comparator only reads two typed-array
// slots and allocates nothing; the numbers are cached, so turning the order round is cheap.

import type { DivisionCode, LinkType } from "../../model/types.ts";
import { METRIC_KEYS, METRIC_PREFIX } from "../metrics/keys.ts";
import type { KeepEdge, KeepNode, SupplyGraph } from "../types.ts";

/** Anything a table cell or CSV cell may hold; null, undefined, "" and NaN count as missing. */
export type CellValue = string | number | boolean | null | undefined;

export interface CompanyRow {
  id: string;
  name: string;
  nameEn: string | undefined;
  /** Stored (2023-vintage) division code. */
  division: DivisionCode;
  municipality: string | undefined;
  industry: string | undefined;
  tier: string | undefined;
  /** Kept links this company buys through (it is the buyer). */
  linksIn: number;
  /** Kept links this company supplies through. */
  linksOut: number;
  /** Kept links, either way, with a company in another division. */
  crossLinks: number;
  /** Metric attributes (see metrics/keys.ts) as found on the node. */
  [metric: `m_${string}`]: number | undefined;
}

export interface LinkRow {
  id: string;
  supplierId: string;
  supplierName: string;
  supplierDivision: DivisionCode;
  buyerId: string;
  buyerName: string;
  buyerDivision: DivisionCode;
  type: LinkType;
  weight: number | undefined;
  year: number | undefined;
  cross: boolean;
}

/**
 * Rows built a share at a time: `step(budget)` takes up to `budget` companies or links and says
 * whether the rows are done. A big table (500,000 links) is built across tasks this way, so the
 * page answers while it opens; the graph must not change meanwhile (a new graph or filter starts
 * a new builder).
 */
export interface RowBuilder<R> {
  step(budget: number): boolean;
  readonly rows: R[];
  /** Companies and links to go through in all, for sizing slices and showing progress. */
  readonly size: number;
}

const runToEnd = <R>(builder: RowBuilder<R>): R[] => {
  while (!builder.step(Infinity));
  return builder.rows;
};

/**
 * One row per company `keepNode` keeps, in graph order. Link counts take only links that
 * `keepEdge` keeps and whose both ends `keepNode` keeps, so they match what is drawn.
 */
export function companyRows(graph: SupplyGraph, keepNode?: KeepNode, keepEdge?: KeepEdge): CompanyRow[] {
  return runToEnd(companyRowBuilder(graph, keepNode, keepEdge));
}

/** companyRows, a share at a time: the companies first, then the links that count for them. */
export function companyRowBuilder(graph: SupplyGraph, keepNode?: KeepNode, keepEdge?: KeepEdge): RowBuilder<CompanyRow> {
  const rows: CompanyRow[] = [];
  /** Kept company id -> its row. */
  const rowOf = new Map<string, CompanyRow>();
  const nodes = graph.nodeEntries();
  const edges = graph.edgeEntries();
  let nodesDone = false;
  return {
    rows,
    size: graph.order + graph.size,
    step(budget) {
      let left = budget;
      while (!nodesDone && left-- > 0) {
        const next = nodes.next();
        if (next.done) {
          nodesDone = true;
          break;
        }
        const { node, attributes } = next.value;
        if (keepNode && !keepNode(node, attributes)) continue;
        const c = attributes.company;
        const row: CompanyRow = {
          id: node,
          name: c.name,
          nameEn: c.nameEn,
          division: attributes.division,
          municipality: c.municipality,
          industry: c.industry,
          tier: c.tier,
          linksIn: 0,
          linksOut: 0,
          crossLinks: 0,
        };
        const flat = attributes as unknown as Record<string, unknown>;
        for (const key in flat) {
          const value = flat[key];
          if (key.startsWith(METRIC_PREFIX) && typeof value === "number") row[key as `m_${string}`] = value;
        }
        rowOf.set(node, row);
        rows.push(row);
      }
      while (left-- > 0) {
        const next = edges.next();
        if (next.done) return true;
        const { edge, attributes, source, target } = next.value;
        const from = rowOf.get(source);
        const to = rowOf.get(target);
        if (!from || !to) continue;
        if (keepEdge && !keepEdge(edge, attributes)) continue;
        from.linksOut++;
        to.linksIn++;
        if (attributes.cross) {
          from.crossLinks++;
          to.crossLinks++;
        }
      }
      return false;
    },
  };
}

/** One row per link `keepEdge` keeps (and whose ends `keepNode` keeps), in graph order. */
export function linkRows(graph: SupplyGraph, keepEdge?: KeepEdge, keepNode?: KeepNode): LinkRow[] {
  return runToEnd(linkRowBuilder(graph, keepEdge, keepNode));
}

/** linkRows, a share at a time. */
export function linkRowBuilder(graph: SupplyGraph, keepEdge?: KeepEdge, keepNode?: KeepNode): RowBuilder<LinkRow> {
  const rows: LinkRow[] = [];
  const edges = graph.edgeEntries();
  return {
    rows,
    size: graph.size,
    step(budget) {
      for (let left = budget; left > 0; left--) {
        const next = edges.next();
        if (next.done) return true;
        const { edge, attributes, source, target, sourceAttributes, targetAttributes } = next.value;
        if (keepEdge && !keepEdge(edge, attributes)) continue;
        if (keepNode && !(keepNode(source, sourceAttributes) && keepNode(target, targetAttributes))) continue;
        rows.push({
          id: edge,
          supplierId: source,
          supplierName: sourceAttributes.company.name,
          supplierDivision: sourceAttributes.division,
          buyerId: target,
          buyerName: targetAttributes.company.name,
          buyerDivision: targetAttributes.division,
          type: attributes.linkType,
          weight: attributes.weight,
          year: attributes.year,
          cross: attributes.cross,
        });
      }
      return false;
    },
  };
}

/**
 * Metrics that count what a row already counts (links in, out, across divisions). The row counts
 * follow the filters; on an unfiltered view the metric columns repeated them value for value, and
 * planners read two identical columns as two different things. Graph exports keep them.
 */
const ROW_COUNTED_METRICS: ReadonlySet<string> = new Set(["m_inDegree", "m_outDegree", "m_crossLinks"]);

/** Metric keys present on any row, less those the row counts give: the METRIC_KEYS order first, unknown `m_` keys after, by name. */
export function metricKeysOf(rows: readonly CompanyRow[]): string[] {
  const found = new Set<string>();
  for (const row of rows) for (const key in row) if (key.startsWith(METRIC_PREFIX) && !ROW_COUNTED_METRICS.has(key)) found.add(key);
  const known = METRIC_KEYS.map((m) => m.key).filter((key) => found.has(key));
  const knownSet = new Set(known);
  return [...known, ...[...found].filter((key) => !knownSet.has(key)).sort()];
}

export type SortDir = "asc" | "desc";

export interface SortOptions {
  /** Collation locale for text; Korean by default (가나다 order, digits numerically). */
  locale?: string;
  /** Maps a cell to what it sorts by, e.g. a division code to its localised name. */
  keyOf?: (value: CellValue) => CellValue;
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

const isMissing = (v: CellValue): v is null | undefined | "" => v === null || v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v));

/** Per row, the number it sorts by; rows with a missing value are listed apart, in input order. */
interface SortKeys {
  keyOf: SortOptions["keyOf"];
  keys: Float64Array;
  present: readonly number[];
  missing: readonly number[];
}

// Keys per rows array and column, so turning the order round does not collate the text again.
const keyCache = new WeakMap<readonly object[], Map<string, SortKeys>>();

/**
 * A sorted copy of `rows` by `key`: numbers (and booleans, false first) numerically, text by
 * the locale's collation, numbers before text in a mixed column. Missing values go last in
 * either direction, and equal values keep their input order (stable in both directions).
 * Sort keys are cached per `rows` array and column: treat a rows array as frozen once sorted.
 */
export function sortRows<R extends object>(rows: readonly R[], key: keyof R & string, dir: SortDir = "asc", options: SortOptions = {}): R[] {
  const { locale = "ko", keyOf } = options;
  let byColumn = keyCache.get(rows);
  if (!byColumn) keyCache.set(rows, (byColumn = new Map()));
  const cacheKey = `${key}\u0000${locale}`;
  let sortKeys = byColumn.get(cacheKey);
  if (!sortKeys || sortKeys.keyOf !== keyOf) {
    sortKeys = { ...computeKeys(rows.length, (i) => (rows[i] as Record<string, unknown>)[key] as CellValue, locale, keyOf), keyOf };
    byColumn.set(cacheKey, sortKeys);
  }
  return pick(rows, orderOf(sortKeys, dir));
}

/** `rows` in the order `sortOrder` (or `sortRows`) gave as row indexes. */
export function pick<R>(rows: readonly R[], order: Int32Array): R[] {
  const out = new Array<R>(order.length);
  for (let o = 0; o < order.length; o++) out[o] = rows[order[o]!] as R;
  return out;
}

/**
 * The order `sortRows` sorts in, as row indexes, from the column's values alone (with any
 * `keyOf` already applied): what the table's sort worker computes for big tables.
 */
export function sortOrder(values: readonly CellValue[], dir: SortDir = "asc", locale = "ko"): Int32Array {
  return orderOf(computeKeys(values.length, (i) => values[i] as CellValue, locale, undefined), dir);
}

function orderOf(sortKeys: Omit<SortKeys, "keyOf">, dir: SortDir): Int32Array {
  const { keys, missing } = sortKeys;
  const present = sortKeys.present.slice();
  // Ties (0, or NaN from Infinity - Infinity) fall through to input order.
  present.sort(dir === "asc" ? (a, b) => keys[a]! - keys[b]! || a - b : (a, b) => keys[b]! - keys[a]! || a - b);
  const order = new Int32Array(present.length + missing.length);
  let o = 0;
  for (const i of present) order[o++] = i;
  for (const i of missing) order[o++] = i;
  return order;
}

function computeKeys(n: number, at: (i: number) => CellValue, locale: string, keyOf: SortOptions["keyOf"]): Omit<SortKeys, "keyOf"> {
  const keys = new Float64Array(n);
  const present: number[] = [];
  const missing: number[] = [];
  const textAt: number[] = [];
  const text: string[] = [];
  let maxNumber = -Infinity;
  for (let i = 0; i < n; i++) {
    const raw = at(i);
    const v = keyOf ? keyOf(raw) : raw;
    if (isMissing(v)) {
      missing.push(i);
      continue;
    }
    present.push(i);
    if (typeof v === "string") {
      textAt.push(i);
      text.push(v);
    } else {
      const x = typeof v === "boolean" ? Number(v) : v;
      keys[i] = x;
      if (x > maxNumber) maxNumber = x;
    }
  }
  if (textAt.length > 0) {
    // Rank the distinct strings once; rows then compare by rank. Text sorts after any number.
    const rank = rankStrings(text, collatorFor(locale));
    const offset = maxNumber === -Infinity ? 0 : maxNumber + 1;
    for (let j = 0; j < textAt.length; j++) keys[textAt[j] as number] = offset + (rank.get(text[j] as string) as number);
  }
  return { keys, present, missing };
}

/** Dense ranks of the distinct strings; strings the collator holds equal share a rank. */
function rankStrings(values: readonly string[], collator: Intl.Collator): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  const rank = new Map<string, number>();
  let r = 0;
  for (let j = 0; j < distinct.length; j++) {
    const s = distinct[j] as string;
    if (j > 0 && collator.compare(distinct[j - 1] as string, s) !== 0) r++;
    rank.set(s, r);
  }
  return rank;
}
