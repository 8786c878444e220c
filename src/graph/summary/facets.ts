// The filter panel's counts in summary mode, from the nation's flows: the same rows and rules as
// summaryFlowMatrix (what the map, the matrix and the status line count), so "N of M links" and
// each option's count are national. The aggregated rows know division pairs, link types and
// years; industries, tiers and amounts per link they do not know, so those facets are counted on
// the ego networks by the caller and said to be (summaryFilterGaps).

import { LINK_TYPES, VINTAGES, type LinkType, type Vintage } from "../../model/types.ts";
import type { FacetOption } from "../filters/counts.ts";
import type { YearHistogram } from "../filters/histogram.ts";
import { divisionOptions } from "../filters/options.ts";
import { endsPass, yearPasses } from "../filters/prepare.ts";
import type { EndRole, FilterState } from "../filters/types.ts";
import type { SummaryData } from "./columns.ts";

export interface SummaryFacetCounts {
  /** Every link of the nation under the vintage, and those the filter keeps (as the status line). */
  totals: { links: number; linksKept: number };
  /** Links kept if the division were the only one selected, by the division role. */
  divisions: FacetOption[];
  linkTypes: FacetOption<LinkType>[];
  /** Cross-division links the rest of the filter keeps: what "cross only" would keep. */
  crossLinks: number;
  years: YearHistogram;
}

/** Adds `n` links from `from` to `to` under each division option the role counts them for (a link inside one division once). */
function addByRole(into: Map<string, number>, role: EndRole, from: string, to: string, n: number): void {
  const add = (d: string): void => void into.set(d, (into.get(d) ?? 0) + n);
  switch (role) {
    case "supplier":
      return add(from);
    case "buyer":
      return add(to);
    case "both":
      if (from === to) add(from);
      return;
    default:
      add(from);
      if (to !== from) add(to);
  }
}

export function summaryFacetCounts(summary: SummaryData, filter: FilterState, vintage: Vintage): SummaryFacetCounts {
  const f = summary.flows;
  const v = VINTAGES.indexOf(vintage);
  const types = filter.linkTypes.length ? new Set<string>(filter.linkTypes) : null;
  const divisions = filter.divisions.length ? new Set<string>(filter.divisions) : null;
  const perDivision = new Map<string, number>();
  const perType = new Float64Array(LINK_TYPES.length);
  const perYear = new Map<number, number>();
  let links = 0;
  let linksKept = 0;
  let crossLinks = 0;
  let undated = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < f.count; k++) {
    if (f.vintage[k] !== v) continue;
    const n = f.links[k]!;
    links += n;
    const type = f.type[k]!;
    const raw = f.year[k]!;
    const year = raw < 0 ? undefined : raw;
    if (year !== undefined) [lo, hi] = [Math.min(lo, year), Math.max(hi, year)];
    const from = f.codes[f.from[k]!]!;
    const to = f.codes[f.to[k]!]!;
    // The rules of summaryFlowMatrix, each kept apart so a facet can leave its own out.
    const okType = !types || types.has(LINK_TYPES[type]!);
    const okYear = yearPasses(year, filter.yearFrom, filter.yearTo);
    const okDivision = !divisions || endsPass(filter.divisionRole, divisions.has(from), divisions.has(to));
    const okCross = !filter.crossOnly || from !== to;
    if (okType && okYear && okDivision && okCross) linksKept += n;
    if (okType && okYear && okCross) addByRole(perDivision, filter.divisionRole, from, to, n);
    if (okYear && okDivision && okCross) perType[type]! += n;
    if (okType && okYear && okDivision && from !== to) crossLinks += n;
    if (okType && okDivision && okCross) {
      if (year === undefined) undated += n;
      else perYear.set(year, (perYear.get(year) ?? 0) + n);
    }
  }
  const chosen = new Set(filter.divisions);
  const chosenTypes = new Set<string>(filter.linkTypes);
  const bins = [...perYear].filter(([, n]) => n > 0).map(([year, n]) => ({ year, links: n })).sort((a, b) => a.year - b.year);
  return {
    totals: { links, linksKept },
    divisions: divisionOptions(vintage, perDivision.keys(), chosen).map((value) => ({ value, links: perDivision.get(value) ?? 0, selected: chosen.has(value) })),
    linkTypes: LINK_TYPES.map((value, i) => ({ value, links: perType[i]!, selected: chosenTypes.has(value) })),
    crossLinks,
    years: { bins, minYear: bins[0]?.year ?? null, maxYear: bins[bins.length - 1]?.year ?? null, undated, domain: lo <= hi ? { min: lo, max: hi } : null },
  };
}
