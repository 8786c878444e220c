// Allowed values of every view setting, and the plain types links and saved sessions carry.
// Plain data only (no functions, no Maps), so a view JSON round-trips.
import type { Lang } from "../../i18n/index.ts";
import type { DivisionMeasure, FlowMeasure } from "../../model/flows.ts";
import type { LinkType, Vintage } from "../../model/types.ts";
import type { BuiltInLevel } from "../../model/scale.ts";
import type { DivisionRole } from "../../graph/filters/types.ts";
import type { SupplyDirection } from "../../graph/paths/types.ts";

export type ViewMode = "map" | "force";
/** At the national view flows stand for the company links; zooming in or choosing a division shows the links. */
export type FlowLevel = "auto" | "divisions" | "companies";
/** Which flows of the selected divisions to show. */
export type DivisionMode = "all" | "incoming" | "outgoing" | "between";
export type ScaleMode = "fixed" | "fitted";
export type ChoroplethMeasure = "none" | DivisionMeasure;
/** community: Louvain communities (metrics); attribute: a categorical column of the data (colorAttribute). */
export type NodeColorBy = "division" | "industry" | "tier" | "community" | "attribute";
/** What company size stands for: one size, or a metric (computed on demand). */
export type NodeSizeBy = "fixed" | "degree" | "weightedDegree" | "pagerank" | "betweenness" | "score";
/** Which division flows the map draws: the N largest, those making up a share of the total, or all. */
export type FlowLimit = "top10" | "top20" | "top40" | "share50" | "share80" | "all";
export type EdgeColorBy = "linkType" | "division";
/**
 * How companies are drawn under the division flows: as everywhere else, as small dots under
 * the flows (2,000 dots sized by a metric bury the flows and their numbers), or not at all.
 */
export type FlowCompanies = "shown" | "small" | "hidden";
export type AnalyticsTab = "ranking" | "division" | "resilience" | "charts";
export type FocusDepth = 1 | 2 | 3;
export type { FlowMeasure, SupplyDirection };

/** Neighbourhood of one company: its suppliers (upstream), buyers (downstream) or both, `depth` steps out. */
export interface FocusState {
  id: string;
  depth: FocusDepth;
  direction: SupplyDirection;
}

/** Sigma camera state (graph-normalised coordinates; ratio > 1 is zoomed out). */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/**
 * Allowed values of a string union, checked by the compiler to be complete: leaving one
 * out (or a slice adding one) is a type error here rather than a value the URL drops.
 */
function allOf<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : never)): readonly T[] => values;
}

export const VIEW_MODES = allOf<ViewMode>()(["map", "force"]);
export const VINTAGE_VALUES = allOf<Vintage>()(["2023", "2026-07"]);
/** The region levels a view may ask for; "grouping:user" is the grouping the user loaded (regions/groupings.ts). */
export type RegionLevel = BuiltInLevel | "grouping:user";
export const REGION_LEVELS = allOf<RegionLevel>()(["municipality", "division", "super-region", "economic-region", "grouping:user"]);
export const FLOW_LEVELS = allOf<FlowLevel>()(["auto", "divisions", "companies"]);
export const LANGS = allOf<Lang>()(["ko", "en"]);
export const DIVISION_MODES = allOf<DivisionMode>()(["all", "incoming", "outgoing", "between"]);
export const DIVISION_ROLES = allOf<DivisionRole>()(["either", "supplier", "buyer", "both"]);
export const LINK_TYPE_VALUES = allOf<LinkType>()(["technology", "production", "sales", "other"]);
export const NODE_COLOR_BY = allOf<NodeColorBy>()(["division", "industry", "tier", "community", "attribute"]);
export const NODE_SIZE_BY = allOf<NodeSizeBy>()(["fixed", "degree", "weightedDegree", "pagerank", "betweenness", "score"]);
export const FLOW_LIMITS = allOf<FlowLimit>()(["top10", "top20", "top40", "share50", "share80", "all"]);
export const EDGE_COLOR_BY = allOf<EdgeColorBy>()(["linkType", "division"]);
export const FLOW_COMPANIES = allOf<FlowCompanies>()(["shown", "small", "hidden"]);
export const CHOROPLETHS = allOf<ChoroplethMeasure>()([
  "none",
  "outflow",
  "inflow",
  "net",
  "crossShare",
  "companies",
  "partnerDivisions",
]);
export const FLOW_MEASURES = allOf<FlowMeasure>()(["count", "weight"]);
export const SCALE_MODES = allOf<ScaleMode>()(["fixed", "fitted"]);
export const ANALYTICS_TABS = allOf<AnalyticsTab>()(["ranking", "division", "resilience", "charts"]);
export const FOCUS_DIRECTIONS = allOf<SupplyDirection>()(["both", "upstream", "downstream"]);

/** Where the map starts ("home"); a camera here is left out of the URL. */
export const DEFAULT_CAMERA: Readonly<CameraState> = Object.freeze({ x: 0.5, y: 0.5, ratio: 1 });

/** Camera bounds a URL may ask for; wider than the renderer allows (it clamps), narrow enough to be sane. */
export const CAMERA_BOUNDS = Object.freeze({ minXY: -10, maxXY: 10, minRatio: 0.001, maxRatio: 100 });

/** Years a filter may name (the readers accept the same range). */
export const YEAR_BOUNDS = Object.freeze({ min: 1900, max: 2100 });

/**
 * Camera rounded for a compact URL (x, y to 4 decimals; ratio to 4 significant digits).
 * Idempotent, and a rounded camera round-trips exactly; the codec itself never rounds.
 */
export function roundCamera(camera: CameraState): CameraState {
  const fixed = (n: number) => Math.round(n * 1e4) / 1e4 || 0;
  return { x: fixed(camera.x), y: fixed(camera.y), ratio: Number(camera.ratio.toPrecision(4)) };
}

export type UrlNoticeCode =
  /** A parameter the app does not know. */
  | "unknown-param"
  /** A known parameter whose value is malformed or out of range. */
  | "bad-value"
  /** A well-formed id, division or industry that the loaded data (or the vintage) does not have. */
  | "unknown-value"
  /** A single-valued parameter given more than once; the first one counts. */
  | "duplicate-param"
  /** A value longer than MAX_VALUE_LENGTH. */
  | "too-long"
  /** More than MAX_PARAMS parameters; the rest were not read. */
  | "too-many-params";

/**
 * Something in a URL that was ignored. `message` is English developer text; the UI translates
 * `code` and shows `param`/`value` as plain text only (both are clipped and stripped of control
 * characters, but they are still untrusted input).
 */
export interface UrlNotice {
  code: UrlNoticeCode;
  param: string;
  value: string;
  message: string;
}

/** What the loaded data holds, so a link never selects what is not there. */
export interface KnownValues {
  /** Division codes of any vintage; the decoder itself checks a code belongs to the URL's vintage. */
  divisions: readonly string[];
  industries: readonly string[];
  companies: (id: string) => boolean;
  /** Tier texts of the data; when omitted any non-empty tier text is taken. */
  tiers?: readonly string[];
}

/** A view as a decoder found it: only what the input set, and what it ignored. */
export interface Decoded<V> {
  /** Only what the URL set; complete it with completeView. */
  view: Partial<V>;
  notices: UrlNotice[];
}
