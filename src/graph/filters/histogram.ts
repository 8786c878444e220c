// Links per year for the year brush and its play button. Counts the links every other rule
// keeps, so moving the brush never changes the bars under it.
import type { Vintage } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";
import { F_YEAR, failures, prepareRows } from "./prepare.ts";
import { graphRows, type FilterRows } from "./rows.ts";
import type { FilterState } from "./types.ts";

export interface YearBin {
  year: number;
  links: number;
}

export interface YearHistogram {
  /** Years that have at least one counted link, ascending; gaps are left to the chart. */
  bins: YearBin[];
  /** First and last year among `bins`; null when no counted link has a year. */
  minYear: number | null;
  maxYear: number | null;
  /** Counted links without a year: they show only while the range is open at both ends. */
  undated: number;
  /** First and last year of any link in the graph, filters ignored: a stable axis for the brush. */
  domain: { min: number; max: number } | null;
}

export function yearHistogram(graph: SupplyGraph, filter: FilterState, vintage: Vintage): YearHistogram {
  return yearsOf(graphRows(graph), filter, vintage);
}

/** yearHistogram over any FilterRows: the graph, or its columns in a worker. */
export function yearsOf(rows: FilterRows, filter: FilterState, vintage: Vintage): YearHistogram {
  const p = prepareRows(rows.nodeTable(vintage), filter, vintage);
  const perYear = new Map<number, number>();
  let undated = 0;
  let lo = Infinity;
  let hi = -Infinity;
  rows.forEachLink((attributes, s, t) => {
    const year = attributes.year;
    if (year !== undefined) {
      if (year < lo) lo = year;
      if (year > hi) hi = year;
    }
    if ((failures(p, attributes, s, t) & ~F_YEAR) !== 0) return;
    if (year === undefined) undated++;
    else perYear.set(year, (perYear.get(year) ?? 0) + 1);
  });
  const bins = [...perYear].map(([year, links]) => ({ year, links })).sort((a, b) => a.year - b.year);
  return {
    bins,
    minYear: bins[0]?.year ?? null,
    maxYear: bins[bins.length - 1]?.year ?? null,
    undated,
    domain: lo <= hi ? { min: lo, max: hi } : null,
  };
}
