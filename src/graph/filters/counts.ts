// What each filter keeps, for the filter panel. Facet counts are the usual faceted-search
// kind: an option's count is what the filter would keep if that option were its facet's only
// selection, the other facets applied as set. They do not add up to the total (a link counts
// under both its divisions when the role is "either"). Industry and tier options count by the
// company role the same way: "either" counts a link under the value of each end.
import { LINK_TYPES, type LinkType, type Vintage } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";
import { divisionOptions, industryOptions, tierOptions } from "./options.ts";
import type { Indexer } from "./nodeTable.ts";
import { F_COMPANY, F_CROSS, F_DIV, F_TYPE, F_WEIGHT, F_YEAR, IND_OK, NODE_OK, TIER_OK, failures, prepareRows } from "./prepare.ts";
import { graphRows, type FilterRows } from "./rows.ts";
import { TYPE_INDEX } from "./selection.ts";
import type { EndRole, FilterState } from "./types.ts";

export interface FacetOption<V extends string = string> {
  value: V;
  /** Links kept if this were the only selection of its facet. */
  links: number;
  selected: boolean;
}

export interface CompanyFacetOption extends FacetOption {
  /** Companies with this value that the other company facets keep (industry, tier). */
  companies: number;
}

export interface FilterCounts {
  totals: {
    links: number;
    linksKept: number;
    companies: number;
    /** Companies the industry and tier facets keep. */
    companiesKept: number;
    /** Companies at an end of a kept link. */
    companiesLinked: number;
  };
  divisions: CompanyFacetOption[];
  industries: CompanyFacetOption[];
  tiers: CompanyFacetOption[];
  linkTypes: FacetOption<LinkType>[];
  /** Links kept with one constraint switched off, the rest as set (what the constraint hides). */
  without: { years: number; minWeight: number; crossOnly: number };
  /** Cross-division links the rest of the filter keeps: what "cross only" would keep. */
  crossLinks: number;
}

function companyOptions(values: string[], index: Indexer, links: Float64Array, companies: Float64Array, selected: ReadonlySet<string>): CompanyFacetOption[] {
  return values.map((value) => {
    const i = index.get(value);
    return {
      value,
      links: i === undefined ? 0 : links[i]!,
      companies: i === undefined ? 0 : companies[i]!,
      selected: selected.has(value),
    };
  });
}

/**
 * Adds one link to the option counts `into` by role: `vs`/`vt` are the option indexes of the
 * supplier's and buyer's values (-1 = none), `okS`/`okT` whether each end passes the other
 * company facets. A link whose two ends share a value counts once under it.
 */
function countByRole(into: Float64Array, role: EndRole, vs: number, vt: number, okS: boolean, okT: boolean): void {
  const s = okS && vs >= 0;
  const t = okT && vt >= 0;
  switch (role) {
    case "supplier":
      if (s) into[vs]!++;
      return;
    case "buyer":
      if (t) into[vt]!++;
      return;
    case "both":
      if (s && t && vs === vt) into[vs]!++;
      return;
    default:
      if (s) into[vs]!++;
      if (t && !(s && vs === vt)) into[vt]!++;
  }
}

/** One pass over companies and one over links. */
export function filterCounts(graph: SupplyGraph, filter: FilterState, vintage: Vintage): FilterCounts {
  return countFacets(graphRows(graph), filter, vintage);
}

/** filterCounts over any FilterRows: the graph, or its columns in a worker. */
export function countFacets(rows: FilterRows, filter: FilterState, vintage: Vintage): FilterCounts {
  const p = prepareRows(rows.nodeTable(vintage), filter, vintage);
  const { table, flags, divisionRole, companyRole } = p;
  const { division, industry, tier } = table;
  const n = flags.length;
  const divLinks = new Float64Array(table.divisions.values.length);
  const divCompanies = new Float64Array(divLinks.length);
  const indLinks = new Float64Array(table.industries.values.length);
  const indCompanies = new Float64Array(indLinks.length);
  const tierLinks = new Float64Array(table.tiers.values.length);
  const tierCompanies = new Float64Array(tierLinks.length);
  const typeLinks = new Float64Array(LINK_TYPES.length);
  const linked = new Uint8Array(n);

  let companiesKept = 0;
  for (let r = 0; r < n; r++) {
    const f = flags[r]!;
    const ind = industry[r]!;
    if ((f & NODE_OK) === NODE_OK) {
      companiesKept++;
      divCompanies[division[r]!]!++;
    }
    if (f & TIER_OK && ind >= 0) indCompanies[ind]!++;
    if (f & IND_OK) tierCompanies[tier[r]!]!++;
  }

  let linksKept = 0;
  let crossLinks = 0;
  const without = { years: 0, minWeight: 0, crossOnly: 0 };
  rows.forEachLink((attributes, s, t) => {
    const fail = failures(p, attributes, s, t);
    const ds = division[s]!;
    const dt = division[t]!;
    if (fail === 0) {
      linksKept++;
      linked[s] = 1;
      linked[t] = 1;
    }
    if ((fail & ~F_DIV) === 0) countByRole(divLinks, divisionRole, ds, dt, true, true);
    if ((fail & ~F_COMPANY) === 0) {
      const fs = flags[s]!;
      const ft = flags[t]!;
      countByRole(indLinks, companyRole, industry[s]!, industry[t]!, (fs & TIER_OK) !== 0, (ft & TIER_OK) !== 0);
      countByRole(tierLinks, companyRole, tier[s]!, tier[t]!, (fs & IND_OK) !== 0, (ft & IND_OK) !== 0);
    }
    if ((fail & ~F_TYPE) === 0) {
      const ti = TYPE_INDEX[attributes.linkType];
      if (ti !== undefined) typeLinks[ti]!++;
    }
    if ((fail & ~F_YEAR) === 0) without.years++;
    if ((fail & ~F_WEIGHT) === 0) without.minWeight++;
    if ((fail & ~F_CROSS) === 0) {
      without.crossOnly++;
      if (ds !== dt) crossLinks++;
    }
  });

  let companiesLinked = 0;
  for (let r = 0; r < n; r++) companiesLinked += linked[r]!;
  const industries = new Set(filter.industries);
  const tiers = new Set(filter.tiers);
  const types = new Set<string>(filter.linkTypes);
  return {
    totals: { links: rows.links, linksKept, companies: rows.companies, companiesKept, companiesLinked },
    divisions: companyOptions(divisionOptions(vintage, table.divisions.values, p.divisionSet), table.divisions, divLinks, divCompanies, p.divisionSet),
    industries: companyOptions(industryOptions(table.industries.values, industries), table.industries, indLinks, indCompanies, industries),
    tiers: companyOptions(tierOptions(table.tiers.values, tiers), table.tiers, tierLinks, tierCompanies, tiers),
    linkTypes: LINK_TYPES.map((value, i) => ({ value, links: typeLinks[i]!, selected: types.has(value) })),
    without,
    crossLinks,
  };
}
