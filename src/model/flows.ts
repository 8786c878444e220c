// Division-to-division flows: the region-level picture planners read first.
import type { DivisionCode, LinkType } from "./types.ts";
import type { RegionScale } from "./scale.ts";

export interface FlowStat {
  /** Number of links. */
  count: number;
  /** Summed link weight (links without a weight add 0). */
  weight: number;
}

export interface FlowCell extends FlowStat {
  byType: Record<LinkType, FlowStat>;
}

/** Links from companies in `from` to companies in `to` (from !== to), under one vintage. */
export interface Flow extends FlowCell {
  from: DivisionCode;
  to: DivisionCode;
}

export interface DivisionTotals {
  division: DivisionCode;
  companies: number;
  outgoing: FlowStat;
  incoming: FlowStat;
  /** Links with both ends in this division. */
  internal: FlowStat;
  /** Distinct other divisions this one supplies or buys from. */
  partnerDivisions: number;
  /** (outgoing + incoming) / (outgoing + incoming + internal) by count; 0 without links. */
  crossShare: number;
}

export interface FlowMatrix {
  /** The scale (region level and boundary vintage) aggregated under; a bare vintage is the division level. */
  vintage: RegionScale;
  /** Display divisions of the vintage, in registry order (17, or 16 with KR-GJN). */
  divisions: DivisionCode[];
  /** Non-empty cross-division flows, largest count first (ties: weight, then codes). */
  flows: Flow[];
  /** Internal links per division (only divisions that have some). */
  internal: Partial<Record<DivisionCode, FlowCell>>;
  totals: Record<DivisionCode, DivisionTotals>;
  /** Every link counted, those with an unplaced end (model/types.ts NO_DIVISION) too, though they are in no cell. */
  links: number;
  crossLinks: number;
}

/** What one link contributes: its ends' divisions in the 17-division vintage. */
export interface FlowInput {
  sourceDivision: DivisionCode;
  targetDivision: DivisionCode;
  type: LinkType;
  weight?: number | undefined;
}

/** What switching vintage changed, for the app to say out loud. */
export interface VintageChange {
  from: RegionScale;
  to: RegionScale;
  /** Cross-division links that became internal (or the reverse, negative). */
  crossToInternal: number;
  crossLinksBefore: number;
  crossLinksAfter: number;
  divisionsBefore: number;
  divisionsAfter: number;
  /**
   * The cross flows (taken from whichever matrix has them) between divisions the other
   * vintage shows as one, e.g. KR-29 -> KR-46: exactly the links that changed side.
   */
  mergedFlows: Flow[];
}

/** What a flow's thickness stands for: number of links or summed weight (KRW as the data gives it). */
export type FlowMeasure = "count" | "weight";

/** What a division's fill stands for on the choropleth. */
export type DivisionMeasure = "outflow" | "inflow" | "net" | "crossShare" | "companies" | "partnerDivisions";

/** Legend unit key, translated by the UI. */
export type DivisionMeasureUnit = "links" | "KRW" | "%" | "companies" | "divisions";

/** A flow's (or internal cell's) count or weight, for all types or one. */
export function flowMeasureValue(flow: FlowCell, measure: FlowMeasure, type?: LinkType | "all"): number {
  const stat = type === undefined || type === "all" ? flow : flow.byType[type];
  return measure === "count" ? stat.count : stat.weight;
}
