// What a division's profile says: whom it buys from and sells to, how much it leans on one
// supplier division, and which of its companies carry its links with other divisions.
import type { RegionScale } from "../../model/scale.ts";
import type { DivisionCode } from "../../model/types.ts";
import type { FlowStat } from "../../model/flows.ts";

export interface PartnerDivision extends FlowStat {
  division: DivisionCode;
  /** Share of this division's inflow (for suppliers) or outflow (for buyers), by count and by weight; 0 when that total is 0. */
  countShare: number;
  weightShare: number;
}

/** How concentrated the inflow is on supplier divisions, by one measure. */
export interface Concentration {
  /** The supplier division with the largest share (ties: the first in `suppliers` order). */
  largest: DivisionCode;
  /** Its share of the inflow: the division's dependence on it, 0..1. */
  share: number;
  /** Herfindahl-Hirschman index: sum of squared shares over supplier divisions, 1/k..1 for k suppliers. */
  hhi: number;
}

export interface DivisionCompany {
  id: string;
  name: string;
  tier: string | undefined;
  /** Links to or from companies in other divisions of the vintage, and their weight. */
  crossLinks: number;
  crossWeight: number;
  /** Distinct partner companies in other divisions. */
  crossPartners: number;
  /** All links, cross and internal. */
  links: number;
}

export interface DivisionProfile {
  division: DivisionCode;
  vintage: RegionScale;
  /** Companies located in the division. */
  companyCount: number;
  inflow: FlowStat;
  outflow: FlowStat;
  internal: FlowStat;
  /** Divisions supplying this one, largest count first (ties: weight, then code). */
  suppliers: PartnerDivision[];
  /** Divisions this one supplies, in the same order. */
  buyers: PartnerDivision[];
  /** Null when there is no inflow by that measure (no links in, or none carrying a weight). */
  concentration: { count: Concentration | null; weight: Concentration | null };
  /** Every company of the division, most cross-division links first (ties: weight, partners, id). */
  companies: DivisionCompany[];
}
