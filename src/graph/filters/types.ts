// What the user cut the network down to. Plain data: it lives in the store, in the URL and
// in saved sessions, so every field has a "no filter" value and JSON round-trips.
import type { DivisionCode, LinkType } from "../../model/types.ts";

/** Which end of a link a company rule looks at: one end, the other, at least one, or both. */
export type EndRole = "either" | "supplier" | "buyer" | "both";
export type DivisionRole = EndRole;

export interface FilterState {
  /** Display divisions of the current vintage; empty = all. */
  divisions: DivisionCode[];
  /** Whether `divisions` applies to the supplier end, the buyer end or either end of a link. */
  divisionRole: DivisionRole;
  /** Company industries (exact text); empty = all. */
  industries: string[];
  /** Company tiers ("super-regional", "regional-innovation", "none" for untiered); empty = all. */
  tiers: string[];
  /**
   * Which end must be a company that passes both the industry and the tier rule: a planner
   * asking "what do the designated companies do" means links that touch one ("either").
   */
  companyRole: EndRole;
  /** Link types; empty = all. */
  linkTypes: LinkType[];
  /** Inclusive year range; null = open end. Links without a year pass only when both ends are open. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Links below this weight are hidden; 0 = no minimum. Links without a weight count as 0. */
  minWeight: number;
  /** Only links between different divisions (of the current vintage). */
  crossOnly: boolean;
}

export const NO_FILTER: Readonly<FilterState> = Object.freeze({
  divisions: [],
  divisionRole: "either",
  industries: [],
  tiers: [],
  companyRole: "either",
  linkTypes: [],
  yearFrom: null,
  yearTo: null,
  minWeight: 0,
  crossOnly: false,
});

/**
 * The one link type the filter keeps, else "all": flows, their colour and the matrix count what
 * the filter keeps, so the filter's link types are the only link-type setting.
 */
export function singleLinkType(f: Pick<FilterState, "linkTypes">): LinkType | "all" {
  return f.linkTypes.length === 1 ? f.linkTypes[0]! : "all";
}

/** Whether a filter keeps everything: checked before compiling, which indexes the whole graph. */
export function isEmptyFilter(f: FilterState): boolean {
  return (
    f.divisions.length === 0 && f.industries.length === 0 && f.tiers.length === 0 && f.linkTypes.length === 0 &&
    f.yearFrom === null && f.yearTo === null && f.minWeight === 0 && !f.crossOnly
  );
}
