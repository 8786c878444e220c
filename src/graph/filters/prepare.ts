// Everything a filter needs before it looks at links: the node table, one flag byte per
// company, and the link-level settings in plain numbers. Shared by compileFilter,
// filterCounts and yearHistogram so the three can never disagree about a rule.
import type { Vintage } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";
import type { LinkFacts } from "./rows.ts";
import { graphIndex, type GraphIndex } from "./graphIndex.ts";
import { isCrossRow, nodeTable, type NodeTable } from "./nodeTable.ts";
import { ALL_TYPES, displayDivisions, TYPE_BIT, typeMask, yearBound } from "./selection.ts";
import type { EndRole, FilterState } from "./types.ts";

/** Company flag bits: passes the industry facet, the tier facet, sits in a selected division. */
export const IND_OK = 1;
export const TIER_OK = 2;
export const NODE_OK = IND_OK | TIER_OK;
export const IN_DIV = 4;

/** Why a link fails, one bit per facet or constraint; 0 = kept. F_COMPANY is industry and tier together. */
export const F_DIV = 1;
export const F_COMPANY = 2;
export const F_TYPE = 8;
export const F_YEAR = 16;
export const F_WEIGHT = 32;
export const F_CROSS = 64;

export interface Prepared {
  index: GraphIndex;
  table: NodeTable;
  flags: Uint8Array;
  /** Selected display divisions (after reading merged codes for the vintage). */
  divisionSet: Set<string>;
  /** Which end the division rule and the company (industry and tier) rule look at. */
  divisionRole: EndRole;
  companyRole: EndRole;
  typeMask: number;
  yearFrom: number | null;
  yearTo: number | null;
  minWeight: number;
  crossOnly: boolean;
  /** Which rules can drop something on this graph; all false = the filter keeps everything. */
  on: { divisions: boolean; industries: boolean; tiers: boolean; types: boolean; years: boolean; weight: boolean };
}

/** Marks, per option index, whether `selected` names it; null when the facet is off. */
function chosen(values: readonly string[], selected: readonly string[] | ReadonlySet<string>): Uint8Array | null {
  const set = selected instanceof Set ? selected : new Set(selected as readonly string[]);
  if (set.size === 0) return null;
  return Uint8Array.from(values, (v) => (set.has(v) ? 1 : 0));
}

export function prepareFilter(graph: SupplyGraph, filter: FilterState, vintage: Vintage): Prepared {
  return { ...prepareRows(nodeTable(graph, vintage), filter, vintage), index: graphIndex(graph) };
}

/** Everything but the graph's key index: what counting over FilterRows (rows.ts) needs. */
export type PreparedRows = Omit<Prepared, "index">;

export function prepareRows(table: NodeTable, filter: FilterState, vintage: Vintage): PreparedRows {
  const divisionSet = displayDivisions(filter.divisions, vintage);
  const divisions = chosen(table.divisions.values, divisionSet);
  const industries = chosen(table.industries.values, filter.industries);
  const tiers = chosen(table.tiers.values, filter.tiers);
  const n = table.division.length;
  const flags = new Uint8Array(n);
  let allInd = true;
  let allTier = true;
  let allDiv = true;
  for (let r = 0; r < n; r++) {
    const ind = table.industry[r]!;
    const okInd = !industries || (ind >= 0 && industries[ind] === 1);
    const okTier = !tiers || tiers[table.tier[r]!] === 1;
    const inDiv = !divisions || divisions[table.division[r]!] === 1;
    flags[r] = (okInd ? IND_OK : 0) | (okTier ? TIER_OK : 0) | (inDiv ? IN_DIV : 0);
    allInd &&= okInd;
    allTier &&= okTier;
    allDiv &&= inDiv;
  }
  const types = typeMask(filter.linkTypes);
  const yearFrom = yearBound(filter.yearFrom);
  const yearTo = yearBound(filter.yearTo);
  return {
    table,
    flags,
    divisionSet,
    divisionRole: filter.divisionRole,
    companyRole: filter.companyRole,
    typeMask: types,
    yearFrom,
    yearTo,
    minWeight: filter.minWeight > 0 ? filter.minWeight : 0,
    crossOnly: filter.crossOnly,
    on: {
      // A selection every company meets drops nothing, so callers may skip the work.
      divisions: !allDiv,
      industries: !allInd,
      tiers: !allTier,
      types: types !== ALL_TYPES,
      years: yearFrom !== null || yearTo !== null,
      weight: filter.minWeight > 0,
    },
  };
}

/** Whether a link passes a rule that looks at its ends by `role`, given whether each end passes. */
export function endsPass(role: EndRole, source: boolean, target: boolean): boolean {
  switch (role) {
    case "supplier":
      return source;
    case "buyer":
      return target;
    case "both":
      return source && target;
    default:
      return source || target;
  }
}

/** Year rule: inclusive range; an undated link passes only when both ends are open. */
export function yearPasses(year: number | undefined, from: number | null, to: number | null): boolean {
  if (year === undefined) return from === null && to === null;
  return (from === null || year >= from) && (to === null || year <= to);
}

/**
 * Every rule the link `attributes` from row `s` to row `t` fails, as F_* bits. The counting
 * passes use this; keepEdge has its own early-exit copy of the same rules (tests compare them).
 */
export function failures(p: PreparedRows, attributes: LinkFacts, s: number, t: number): number {
  const fs = p.flags[s]!;
  const ft = p.flags[t]!;
  let fail = 0;
  if (!endsPass(p.divisionRole, (fs & IN_DIV) !== 0, (ft & IN_DIV) !== 0)) fail |= F_DIV;
  if (!endsPass(p.companyRole, (fs & NODE_OK) === NODE_OK, (ft & NODE_OK) === NODE_OK)) fail |= F_COMPANY;
  if ((TYPE_BIT[attributes.linkType] & p.typeMask) === 0) fail |= F_TYPE;
  if (!yearPasses(attributes.year, p.yearFrom, p.yearTo)) fail |= F_YEAR;
  if (p.minWeight > 0 && (attributes.weight ?? 0) < p.minWeight) fail |= F_WEIGHT;
  if (p.crossOnly && !isCrossRow(p.table.division[s]!, p.table.division[t]!)) fail |= F_CROSS;
  return fail;
}
