// Division-by-division matrix: rows supply, columns buy. Pure, so the same numbers can be
// checked in Node tests and drawn by the React heatmap.
import type { FlowMatrix, FlowStat } from "../../model/flows.ts";
import type { DivisionCode, LinkType } from "../../model/types.ts";
import type { Lang } from "../../i18n/index.ts";
import { formatCompact } from "../../i18n/compactNumber.ts";

export type MatrixSort = "total" | "region";

export interface MatrixOptions {
  sort: MatrixSort;
  measure: keyof FlowStat;
  type: LinkType | "all";
  /**
   * At most this many regions, the busiest (flows in and out, then internal links): 250
   * municipalities make 62,500 cells, which no one reads and a browser draws in seconds. Over
   * the limit, regions with no link at all go first.
   */
  limit?: number;
}

/** The heatmap's largest grid: 40 × 40 cells stay legible and quick; the CSV has every region. */
export const MATRIX_REGIONS = 40;

export interface MatrixCell {
  /** Supplying division (row). */
  from: DivisionCode;
  /** Buying division (column). */
  to: DivisionCode;
  value: number;
  /** On the diagonal: links inside one division, which are not flows. */
  internal: boolean;
}

export interface MatrixLayout {
  order: DivisionCode[];
  /** Every row × column pair in `order`, row by row; empty pairs have value 0. */
  cells: MatrixCell[];
  /** Largest cross-division value; the diagonal is left out so a big home market does not wash out the flows. */
  max: number;
  /** Cross-division outflow per division (internal links excluded). */
  rowTotals: Record<DivisionCode, number>;
  /** Cross-division inflow per division (internal links excluded). */
  colTotals: Record<DivisionCode, number>;
  /** Regions of the matrix with links that `limit` left out. */
  omitted: number;
}

function valueOf(stat: FlowStat & { byType: Record<LinkType, FlowStat> }, options: MatrixOptions): number {
  const picked = options.type === "all" ? stat : stat.byType[options.type];
  return picked[options.measure];
}

export function matrixLayout(matrix: FlowMatrix, options: MatrixOptions): MatrixLayout {
  // Codes outside the vintage's list should not occur, but a row that vanished would hide links.
  const registry = [...matrix.divisions];
  const known = new Set(registry);
  const include = (code: DivisionCode) => {
    if (!known.has(code)) {
      known.add(code);
      registry.push(code);
    }
  };
  for (const flow of matrix.flows) {
    include(flow.from);
    include(flow.to);
  }
  for (const code of Object.keys(matrix.internal)) include(code);

  const rowTotals: Record<DivisionCode, number> = {};
  const colTotals: Record<DivisionCode, number> = {};
  for (const code of registry) rowTotals[code] = colTotals[code] = 0;

  const values = new Map<string, number>();
  const key = (from: DivisionCode, to: DivisionCode) => `${from}\u0000${to}`;
  let max = 0;
  for (const flow of matrix.flows) {
    if (flow.from === flow.to) continue;
    const value = valueOf(flow, options);
    // The aggregator emits one flow per pair; adding keeps a hand-split pair correct too.
    const sum = (values.get(key(flow.from, flow.to)) ?? 0) + value;
    values.set(key(flow.from, flow.to), sum);
    max = Math.max(max, sum);
    rowTotals[flow.from] = (rowTotals[flow.from] ?? 0) + value;
    colTotals[flow.to] = (colTotals[flow.to] ?? 0) + value;
  }

  const rank = new Map(registry.map((code, i) => [code, i]));
  const volume = (code: DivisionCode) => (rowTotals[code] ?? 0) + (colTotals[code] ?? 0);
  const byVolume = (a: DivisionCode, b: DivisionCode) => volume(b) - volume(a) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
  let shown = registry;
  let omitted = 0;
  // Within the limit every region stays, a province without links being a finding too.
  if (options.limit !== undefined && registry.length > options.limit) {
    const internal = (code: DivisionCode) => (matrix.internal[code] ? valueOf(matrix.internal[code]!, options) : 0);
    const active = registry.filter((code) => volume(code) > 0 || internal(code) > 0);
    const kept = new Set([...active].sort((a, b) => byVolume(a, b) || internal(b) - internal(a)).slice(0, options.limit));
    omitted = active.length - kept.size;
    shown = registry.filter((code) => kept.has(code));
  }
  const order = options.sort === "region" ? shown : [...shown].sort(byVolume);

  const cells: MatrixCell[] = [];
  for (const from of order) {
    for (const to of order) {
      if (from === to) {
        const own = matrix.internal[from];
        cells.push({ from, to, value: own ? valueOf(own, options) : 0, internal: true });
      } else {
        cells.push({ from, to, value: values.get(key(from, to)) ?? 0, internal: false });
      }
    }
  }
  return { order, cells, max, rowTotals, colTotals, omitted };
}

/** Advance widths in em of what compact numbers are made of (the UI's sans: digits ~0.56, Hangul square), slightly generous. */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[.,]/.test(ch) ? 0.28 : ch === "-" ? 0.4 : /[0-9]/.test(ch) ? 0.57 : /[a-zA-Z]/.test(ch) ? 0.65 : 1;
  return em * fontSize;
}

/**
 * The number written inside a cell `width` wide: the compact form of the language (66.2만,
 * 662k), with fewer digits when three do not fit, else null. Empty pairs get nothing, so the
 * eye finds the flows; the cell's title and the CSV carry the exact figure.
 */
export function cellText(value: number, lang: Lang, width: number, fontSize: number): string | null {
  if (!(value > 0)) return null;
  // A positive amount that rounds to 0 would read as an empty pair.
  if (value < 0.05) return "<0.1";
  for (const digits of [3, 2, 1] as const) {
    const text = formatCompact(lang, value, { digits });
    if (textWidth(text, fontSize) <= width) return text;
  }
  return null;
}

/** The widest cell number of `values` in full (three digits): the cell size that lets every number show. */
export function widestCellText(values: Iterable<number>, lang: Lang, fontSize: number): number {
  let widest = 0;
  for (const v of values) if (v > 0) widest = Math.max(widest, textWidth(formatCompact(lang, v), fontSize));
  return widest;
}

/** Whether text on a cell coloured for `value` (of `max`, square-root ramp) should be light. */
export function lightInk(value: number, max: number): boolean {
  return max > 0 && Math.sqrt(value / max) > 0.55;
}
