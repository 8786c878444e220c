// Division flows of a summary bundle: the matrix the map, the choropleth and the flow matrix
// draw, for the whole nation rather than the ego networks the graph holds. Rows are already
// aggregated per vintage, year, division pair and link type, so the filters that speak of
// those (link type, years, divisions, cross only) apply exactly; rules about single companies
// (industry, tier, amount per link) cannot, and summaryFilterGaps says which ones were set.

import type { RegionScale } from "../../model/scale.ts";
import { LINK_TYPES, NO_DIVISION, VINTAGES, type DivisionCode } from "../../model/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import { FlowAccumulator } from "../flows/accumulator.ts";
import { materialiseFlows } from "../flows/matrix.ts";
import { endsPass, yearPasses } from "../filters/prepare.ts";
import { NO_FILTER, type FilterState } from "../filters/types.ts";
import { displayDivisions } from "../filters/selection.ts";
import type { SummaryData } from "./columns.ts";
import { unitOf } from "../../regions/units.ts";
import { toVintage } from "../../regions/divisions.ts";
import { levelOf, vintageOf } from "../../model/scale.ts";
import type { CompanyFlowPart } from "./nationalWhatIf.ts";

/** Companies per division under `vintage`: divisions.csv when it has the vintage, else counted from the company table. */
export function summaryCompanyCounts(summary: SummaryData, vintage: RegionScale): Map<DivisionCode, number> {
  const counts = new Map<DivisionCode, number>();
  for (const row of summary.divisions) if (row.vintage === vintageOf(vintage)) counts.set(row.division, row.companies);
  if (counts.size > 0) return counts;
  const { division, divisionCodes, count } = summary.companies;
  const per = new Float64Array(divisionCodes.length);
  for (let i = 0; i < count; i++) per[division[i]!]!++;
  divisionCodes.forEach((code, d) => {
    if (per[d]! > 0) counts.set(unitOf(code, vintage), (counts.get(unitOf(code, vintage)) ?? 0) + per[d]!);
  });
  return counts;
}

/**
 * A national what-if on the summary's flows: a division taken out drops every row touching it;
 * companies taken out subtract their rows of company-flows.csv (all years: those rows have no
 * year, so under a year filter they cannot be told apart and are not subtracted, see
 * `companyPartsApply`).
 */
export interface SummaryWithout {
  /** A display division of the vintage. */
  division: DivisionCode | null;
  /** The removed companies' links per partner division and type (graph/summary/nationalWhatIf.ts). */
  parts: readonly CompanyFlowPart[];
  /** Each removed company's stored division, once per company: the division's company count drops. */
  companies: readonly DivisionCode[];
}

/** Whether removed companies' parts can be taken off flows under `filter`: they carry no year. */
export function companyPartsApply(filter: FilterState): boolean {
  return filter.yearFrom === null && filter.yearTo === null;
}

/**
 * The municipality level from place-flows.csv: each row's places grouped by the scale (a
 * municipality, or a division's companies of unknown municipality), the filters read on the
 * ends' divisions under the vintage as the division rows read them. A removed region is a
 * municipality code or a division code (then all of the division goes).
 */
function placeFlowMatrix(summary: SummaryData, scale: RegionScale, filter: FilterState, without?: SummaryWithout): FlowMatrix {
  const p = summary.places!;
  const acc = new FlowAccumulator(scale);
  const vintage = vintageOf(scale);
  const gone = without?.division ?? null;
  const removed = (place: string) => gone !== null && (unitOf(place, scale) === gone || unitOf(place, vintage) === gone);
  const types = filter.linkTypes.length ? new Set<string>(filter.linkTypes) : null;
  // Read for the vintage as the app's filter reads them (Gwangju chosen under 2026-07 is KR-GJN).
  const divisions = filter.divisions.length ? displayDivisions(filter.divisions, vintage) : null;
  // Per place code, once: its division under the vintage, whether it is removed, its display index.
  const division = p.codes.map((code) => unitOf(code, vintage));
  const out = p.codes.map(removed);
  const index = new Int32Array(p.codes.length).fill(-1);
  const at = (c: number) => (index[c]! >= 0 ? index[c]! : (index[c] = acc.divisionIndex(p.codes[c]!)));
  for (let k = 0; k < p.count; k++) {
    const type = LINK_TYPES[p.type[k]!]!;
    if (types && !types.has(type)) continue;
    const year = p.year[k]!;
    if (!yearPasses(year < 0 ? undefined : year, filter.yearFrom, filter.yearTo)) continue;
    const f = p.from[k]!;
    const t = p.to[k]!;
    if (divisions && !endsPass(filter.divisionRole, divisions.has(division[f]!), divisions.has(division[t]!))) continue;
    if (filter.crossOnly && division[f] === division[t]) continue;
    if (out[f] || out[t]) continue;
    acc.addCount(at(f), at(t), type, p.links[k]!, p.weight[k]!);
  }
  const counts = new Map(p.companies);
  for (const code of [...counts.keys()]) if (removed(code)) counts.delete(code);
  return materialiseFlows(acc, counts);
}

/**
 * Whether the municipality level can be read from the summary's place table: the bundle has
 * it, and no removed company is to be taken off (company-flows.csv gives a company's partners
 * by division, and the company table no company's municipality code, so neither its links nor
 * its count can be placed at this level; the division rows then answer, as for a bundle
 * without the table).
 */
function placeLevel(summary: SummaryData, scale: RegionScale, without?: SummaryWithout): boolean {
  if (!summary.places || levelOf(scale) !== "municipality") return false;
  return !without || without.companies.length === 0;
}

/** The summary's flows under `vintage`, through the filters that apply to aggregated rows, without what a what-if takes out. */
export function summaryFlowMatrix(summary: SummaryData, vintage: RegionScale, filter: FilterState = NO_FILTER, without?: SummaryWithout): FlowMatrix {
  if (placeLevel(summary, vintage, without)) return placeFlowMatrix(summary, vintage, filter, without);
  const acc = new FlowAccumulator(vintage);
  const f = summary.flows;
  const v = VINTAGES.indexOf(vintageOf(vintage));
  // A what-if removes a region of the scale (a division, or a group of them at a grouping level).
  const removed = (code: DivisionCode) => without?.division !== undefined && without.division !== null && unitOf(code, vintage) === without.division;
  const types = filter.linkTypes.length ? new Set<string>(filter.linkTypes) : null;
  const divisions = filter.divisions.length ? new Set<string>(filter.divisions) : null;
  // Indexed on first use: a code of another vintage's rows (KR-GJN) must not become a division of this one.
  const index = new Int32Array(f.codes.length).fill(-1);
  const at = (c: number) => (index[c]! >= 0 ? index[c]! : (index[c] = acc.divisionIndex(f.codes[c]!)));
  for (let k = 0; k < f.count; k++) {
    if (f.vintage[k] !== v) continue;
    const type = LINK_TYPES[f.type[k]!]!;
    if (types && !types.has(type)) continue;
    const year = f.year[k]!;
    if (!yearPasses(year < 0 ? undefined : year, filter.yearFrom, filter.yearTo)) continue;
    const from = f.codes[f.from[k]!]!;
    const to = f.codes[f.to[k]!]!;
    if (divisions && !endsPass(filter.divisionRole, divisions.has(from), divisions.has(to))) continue;
    if (filter.crossOnly && from === to) continue;
    if (removed(from) || removed(to)) continue;
    acc.addCount(at(f.from[k]!), at(f.to[k]!), type, f.links[k]!, f.weight[k]!);
  }
  const counts = summaryCompanyCounts(summary, vintage);
  if (!without) return materialiseFlows(acc, counts);
  // Company counts are keyed by the vintage's division codes (divisions.csv), whatever the level.
  for (const code of [...counts.keys()]) if (removed(code)) counts.delete(code);
  for (const code of without.companies) {
    const d = toVintage(code, vintageOf(vintage));
    counts.set(d, Math.max(0, (counts.get(d) ?? 0) - 1));
  }
  if (companyPartsApply(filter)) {
    for (const p of without.parts) {
      // Links with an unplaced end are in no flow (flows.csv leaves them out): nothing to take off.
      if (p.own === NO_DIVISION || p.partner === NO_DIVISION) continue;
      if (types && !types.has(p.type)) continue;
      const own = unitOf(p.own, vintage);
      const partner = unitOf(p.partner, vintage);
      if (removed(p.own) || removed(p.partner)) continue;
      if (filter.crossOnly && own === partner) continue;
      // Out: the company supplies the partner division; in: it buys from it.
      if (p.outLinks > 0 && (!divisions || endsPass(filter.divisionRole, divisions.has(own), divisions.has(partner)))) {
        acc.addCount(acc.divisionIndex(p.own), acc.divisionIndex(p.partner), p.type, -p.outLinks, -p.outWeight);
      }
      if (p.inLinks > 0 && (!divisions || endsPass(filter.divisionRole, divisions.has(partner), divisions.has(own)))) {
        acc.addCount(acc.divisionIndex(p.partner), acc.divisionIndex(p.own), p.type, -p.inLinks, -p.inWeight);
      }
    }
  }
  return materialiseFlows(acc, counts);
}

/** Filters set that aggregated flows cannot apply: they act on the ego networks only. */
export function summaryFilterGaps(filter: FilterState): Array<"industries" | "tiers" | "minWeight"> {
  const gaps: Array<"industries" | "tiers" | "minWeight"> = [];
  if (filter.industries.length) gaps.push("industries");
  if (filter.tiers.length) gaps.push("tiers");
  if (filter.minWeight > 0) gaps.push("minWeight");
  return gaps;
}
