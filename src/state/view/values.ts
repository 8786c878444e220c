// The part of the app state a link or a saved session carries: what is shown and how, never
// the data itself. Plain data (no functions, no Maps), so it JSON round-trips.
import type { ViewMode } from "../store.ts";
import type {
  ChoroplethMeasure,
  DivisionMode,
  EdgeColorBy,
  FlowLevel,
  FlowMeasure,
  NodeColorBy,
  ScaleMode,
} from "../flowSlice.ts";
import type { AnalyticsTab } from "../analyticsSlice.ts";
import type { Lang } from "../../i18n/index.ts";
import type { DivisionCode, LinkType, Vintage } from "../../model/types.ts";
import { NO_FILTER, type DivisionRole, type FilterState } from "../../graph/filters/types.ts";

export type FocusDirection = "upstream" | "downstream" | "both";
export type FocusDepth = 1 | 2 | 3;

/** Neighbourhood of one company: its suppliers (upstream), buyers (downstream) or both, `depth` steps out. */
export interface FocusState {
  id: string;
  depth: FocusDepth;
  direction: FocusDirection;
}

/** Sigma camera state (graph-normalised coordinates; ratio > 1 is zoomed out). */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  mode: ViewMode;
  vintage: Vintage;
  level: FlowLevel;
  lang: Lang;
  filter: FilterState;
  selectedDivisions: DivisionCode[];
  divisionMode: DivisionMode;
  /** Selected company id. */
  selected: string | null;
  focus: FocusState | null;
  nodeColorBy: NodeColorBy;
  edgeColorBy: EdgeColorBy;
  choropleth: ChoroplethMeasure;
  flowMeasure: FlowMeasure;
  flowType: LinkType | "all";
  scaleMode: ScaleMode;
  camera: CameraState;
  matrixOpen: boolean;
  /** Open analytics tab; null = the analytics drawer is closed. */
  analytics: AnalyticsTab | null;
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
export const FLOW_LEVELS = allOf<FlowLevel>()(["auto", "divisions", "companies"]);
export const LANGS = allOf<Lang>()(["ko", "en"]);
export const DIVISION_MODES = allOf<DivisionMode>()(["all", "incoming", "outgoing", "between"]);
export const DIVISION_ROLES = allOf<DivisionRole>()(["either", "supplier", "buyer"]);
export const LINK_TYPE_VALUES = allOf<LinkType>()(["technology", "production", "sales", "other"]);
export const FLOW_TYPES = allOf<LinkType | "all">()(["all", "technology", "production", "sales", "other"]);
export const NODE_COLOR_BY = allOf<NodeColorBy>()(["division", "industry", "tier"]);
export const EDGE_COLOR_BY = allOf<EdgeColorBy>()(["linkType", "division"]);
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
export const FOCUS_DIRECTIONS = allOf<FocusDirection>()(["both", "upstream", "downstream"]);

/** Where the map starts ("home"); a camera here is left out of the URL. */
export const DEFAULT_CAMERA: Readonly<CameraState> = Object.freeze({ x: 0.5, y: 0.5, ratio: 1 });

/** Camera bounds a URL may ask for; wider than the renderer allows (it clamps), narrow enough to be sane. */
export const CAMERA_BOUNDS = Object.freeze({ minXY: -10, maxXY: 10, minRatio: 0.001, maxRatio: 100 });

/** Years a filter may name (the readers accept the same range). */
export const YEAR_BOUNDS = Object.freeze({ min: 1900, max: 2100 });

/** A fresh default view (arrays are new, so callers may mutate it). */
export function defaultView(): ViewState {
  return {
    mode: "map",
    vintage: "2023",
    level: "auto",
    lang: "ko",
    filter: { ...NO_FILTER, divisions: [], industries: [], tiers: [], linkTypes: [] },
    selectedDivisions: [],
    divisionMode: "all",
    selected: null,
    focus: null,
    nodeColorBy: "division",
    edgeColorBy: "linkType",
    choropleth: "none",
    flowMeasure: "count",
    flowType: "all",
    scaleMode: "fixed",
    camera: { ...DEFAULT_CAMERA },
    matrixOpen: false,
    analytics: null,
  };
}

/** What a URL left out takes its default: the URL describes the whole view. */
export function completeView(partial: Partial<ViewState>): ViewState {
  return { ...defaultView(), ...partial };
}

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

export interface DecodedView {
  /** Only what the URL set; complete it with completeView. */
  view: Partial<ViewState>;
  notices: UrlNotice[];
}
