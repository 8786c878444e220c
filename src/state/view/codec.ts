// ViewState <-> URL query. Encoding leaves defaults out so a plain view gives a plain URL.
// Decoding never throws and never trusts: every value is matched against a fixed list, a strict
// pattern or the loaded data, and whatever does not fit is dropped and reported as a notice.
// Nothing read here is evaluated or turned into markup.
import { getDivision } from "../../regions/divisions.ts";
import type { FilterState } from "../../graph/filters/types.ts";
import type { Vintage } from "../../model/types.ts";
import {
  ANALYTICS_TABS,
  CAMERA_BOUNDS,
  CHOROPLETHS,
  DIVISION_MODES,
  DIVISION_ROLES,
  EDGE_COLOR_BY,
  FLOW_LEVELS,
  FLOW_MEASURES,
  FLOW_TYPES,
  FOCUS_DIRECTIONS,
  LANGS,
  LINK_TYPE_VALUES,
  NODE_COLOR_BY,
  SCALE_MODES,
  VIEW_MODES,
  VINTAGE_VALUES,
  YEAR_BOUNDS,
  defaultView,
  type CameraState,
  type DecodedView,
  type FocusDepth,
  type KnownValues,
  type UrlNotice,
  type UrlNoticeCode,
  type ViewState,
} from "./types.ts";

/**
 * Parameter names, in the order they are written. Lists of codes are comma-separated
 * (`div=KR-26,KR-31`); free-text lists are repeated (`ind=a&ind=b`) so any text, commas
 * included, fits.
 */
export const PARAM = Object.freeze({
  mode: "v",
  vintage: "vin",
  level: "lvl",
  lang: "lang",
  selectedDivisions: "div",
  divisionMode: "dm",
  selected: "sel",
  focus: "foc",
  focusDepth: "fdep",
  focusDirection: "fdir",
  filterDivisions: "fdiv",
  filterRole: "frole",
  industries: "ind",
  tiers: "tier",
  linkTypes: "lt",
  years: "yr",
  minWeight: "minw",
  crossOnly: "cross",
  nodeColorBy: "nc",
  edgeColorBy: "ec",
  choropleth: "ch",
  flowMeasure: "fm",
  flowType: "ft",
  scaleMode: "sc",
  camera: "cam",
  matrix: "mx",
  analytics: "tab",
});

const KNOWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAM));

/** Longest value read; longer ones are dropped unread. */
export const MAX_VALUE_LENGTH = 512;
/** Parameters read at most; the rest are ignored. */
export const MAX_PARAMS = 200;
/** Items of one list read at most. */
export const MAX_LIST_ITEMS = 100;
/** Longest param or value text quoted back in a notice. */
const NOTICE_CLIP = 64;

// ---------------------------------------------------------------------------------------------
// Encoding

/** Shortest text that reads back as the same number (JS number-to-string is round-trip exact). */
function num(n: number): string {
  return String(n);
}

function years(from: number | null, to: number | null): string {
  if (from !== null && from === to) return String(from);
  return `${from ?? ""}-${to ?? ""}`;
}

export function encodeView(view: ViewState): URLSearchParams {
  const d = defaultView();
  const out = new URLSearchParams();
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) out.append(name, value);
  };
  put(PARAM.mode, view.mode, d.mode);
  put(PARAM.vintage, view.vintage, d.vintage);
  put(PARAM.level, view.level, d.level);
  put(PARAM.lang, view.lang, d.lang);
  put(PARAM.selectedDivisions, view.selectedDivisions.join(","), "");
  put(PARAM.divisionMode, view.divisionMode, d.divisionMode);
  if (view.selected !== null) out.append(PARAM.selected, view.selected);
  if (view.focus) {
    out.append(PARAM.focus, view.focus.id);
    put(PARAM.focusDepth, String(view.focus.depth), "1");
    put(PARAM.focusDirection, view.focus.direction, "both");
  }
  const f = view.filter;
  put(PARAM.filterDivisions, f.divisions.join(","), "");
  put(PARAM.filterRole, f.divisionRole, d.filter.divisionRole);
  for (const industry of f.industries) out.append(PARAM.industries, industry);
  for (const tier of f.tiers) out.append(PARAM.tiers, tier);
  put(PARAM.linkTypes, f.linkTypes.join(","), "");
  put(PARAM.years, years(f.yearFrom, f.yearTo), "-");
  if (f.minWeight !== 0) out.append(PARAM.minWeight, num(f.minWeight));
  if (f.crossOnly) out.append(PARAM.crossOnly, "1");
  put(PARAM.nodeColorBy, view.nodeColorBy, d.nodeColorBy);
  put(PARAM.edgeColorBy, view.edgeColorBy, d.edgeColorBy);
  put(PARAM.choropleth, view.choropleth, d.choropleth);
  put(PARAM.flowMeasure, view.flowMeasure, d.flowMeasure);
  put(PARAM.flowType, view.flowType, d.flowType);
  put(PARAM.scaleMode, view.scaleMode, d.scaleMode);
  const c = view.camera;
  if (c.x !== d.camera.x || c.y !== d.camera.y || c.ratio !== d.camera.ratio) {
    out.append(PARAM.camera, `${num(c.x)},${num(c.y)},${num(c.ratio)}`);
  }
  if (view.matrixOpen) out.append(PARAM.matrix, "1");
  if (view.analytics !== null) out.append(PARAM.analytics, view.analytics);
  return out;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The query text for the address bar, without "?". Like URLSearchParams.toString (which reads it
 * back) but leaves commas readable: `div=KR-26,KR-31` rather than `div=KR-26%2CKR-31`.
 */
export function formatQuery(params: URLSearchParams): string {
  // Lone surrogates cannot be percent-encoded (encodeURIComponent throws); URLSearchParams writes U+FFFD too.
  const part = (text: string) => encodeURIComponent(text.replace(LONE_SURROGATE, "\uFFFD")).replace(/%2C/g, ",");
  return [...params].map(([name, value]) => `${part(name)}=${part(value)}`).join("&");
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** Untrusted text made safe to quote in a message: no control characters, clipped. */
function clip(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
  return clean.length > NOTICE_CLIP ? `${clean.slice(0, NOTICE_CLIP)}…` : clean;
}

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const YEAR_RANGE = /^(\d{4})?-(\d{4})?$/;
const ONE_YEAR = /^\d{4}$/;

function parseNumber(text: string): number | null {
  if (text.length > 32 || !DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : null;
}

function validYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_BOUNDS.min && n <= YEAR_BOUNDS.max;
}

class Reader {
  readonly notices: UrlNotice[] = [];
  private readonly values = new Map<string, string[]>();

  constructor(params: URLSearchParams) {
    let count = 0;
    for (const [name, value] of params) {
      if (++count > MAX_PARAMS) {
        this.note("too-many-params", "", "", `more than ${MAX_PARAMS} parameters; the rest were ignored`);
        break;
      }
      if (!KNOWN_PARAMS.has(name)) {
        this.note("unknown-param", name, value, `unknown parameter '${clip(name)}' ignored`);
        continue;
      }
      if (value.length > MAX_VALUE_LENGTH) {
        this.note("too-long", name, value, `'${name}' is longer than ${MAX_VALUE_LENGTH} characters; ignored`);
        continue;
      }
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
  }

  note(code: UrlNoticeCode, param: string, value: string, message: string): void {
    this.notices.push({ code, param: clip(param), value: clip(value), message });
  }

  bad(param: string, value: string, why: string): void {
    this.note("bad-value", param, value, `'${param}=${clip(value)}' ignored: ${why}`);
  }

  /** The first value of a single-valued parameter; later ones are reported. */
  single(name: string): string | undefined {
    const list = this.values.get(name);
    if (!list) return undefined;
    for (const extra of list.slice(1)) {
      this.note("duplicate-param", name, extra, `'${name}' given more than once; only the first counts`);
    }
    return list[0];
  }

  /** Every value of a repeated parameter. */
  all(name: string): string[] {
    const list = this.values.get(name) ?? [];
    if (list.length > MAX_LIST_ITEMS) {
      this.bad(name, list[MAX_LIST_ITEMS]!, `more than ${MAX_LIST_ITEMS} values; the rest were ignored`);
      return list.slice(0, MAX_LIST_ITEMS);
    }
    return list;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    const hit = allowed.find((a) => a === raw);
    if (hit === undefined) this.bad(name, raw, `expected one of ${allowed.join(", ")}`);
    return hit;
  }

  flag(name: string): boolean | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (raw === "1") return true;
    if (raw === "0") return false;
    this.bad(name, raw, "expected 1 or 0");
    return undefined;
  }

  /**
   * Items of a list, each checked by `accept` (which returns why it is not acceptable, or
   * null). Duplicates and failures are dropped and reported; the order is kept.
   */
  list(name: string, items: string[], accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] {
    const out: string[] = [];
    for (const item of items.slice(0, MAX_LIST_ITEMS)) {
      const problem = item === "" ? { code: "bad-value" as const, why: "empty item" } : accept(item);
      if (problem) {
        this.note(problem.code, name, item, `'${clip(item)}' in '${name}' ignored: ${problem.why}`);
      } else if (out.includes(item)) {
        this.bad(name, item, "listed twice");
      } else {
        out.push(item);
      }
    }
    if (items.length > MAX_LIST_ITEMS) this.bad(name, items[MAX_LIST_ITEMS]!, `more than ${MAX_LIST_ITEMS} items; the rest were ignored`);
    return out;
  }

  /** A comma-separated list of codes; an empty value is the empty list, one whose every item was dropped is ignored. */
  codes(name: string, accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (raw === "") return [];
    const kept = this.list(name, raw.split(","), accept);
    return kept.length > 0 ? kept : undefined;
  }

  /** A repeated free-text parameter; ignored when every value was dropped. */
  texts(name: string, accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] | undefined {
    if (!this.values.has(name)) return undefined;
    const kept = this.list(name, this.all(name), accept);
    return kept.length > 0 ? kept : undefined;
  }
}

function divisionCheck(known: KnownValues, vintage: Vintage) {
  const codes = new Set(known.divisions);
  return (code: string) => {
    if (!codes.has(code)) return { code: "unknown-value" as const, why: "not a known division" };
    const info = getDivision(code);
    if (info && !info.vintages.includes(vintage)) {
      return { code: "unknown-value" as const, why: `not a division of the ${vintage} boundaries` };
    }
    return null;
  };
}

function decodeCamera(r: Reader): CameraState | undefined {
  const raw = r.single(PARAM.camera);
  if (raw === undefined) return undefined;
  const parts = raw.split(",");
  const [x, y, ratio] = parts.map(parseNumber);
  if (parts.length !== 3 || x == null || y == null || ratio == null) {
    r.bad(PARAM.camera, raw, "expected three numbers x,y,ratio");
    return undefined;
  }
  const { minXY, maxXY, minRatio, maxRatio } = CAMERA_BOUNDS;
  if (x < minXY || x > maxXY || y < minXY || y > maxXY || ratio < minRatio || ratio > maxRatio) {
    r.bad(PARAM.camera, raw, `x and y must lie in [${minXY}, ${maxXY}], ratio in [${minRatio}, ${maxRatio}]`);
    return undefined;
  }
  return { x, y, ratio };
}

function decodeFilter(r: Reader, known: KnownValues, vintage: Vintage): FilterState | undefined {
  const filter = defaultView().filter;
  let touched = false;

  const divisions = r.codes(PARAM.filterDivisions, divisionCheck(known, vintage));
  if (divisions) {
    filter.divisions = divisions;
    touched = true;
  }

  const role = r.oneOf(PARAM.filterRole, DIVISION_ROLES);
  if (role) {
    filter.divisionRole = role;
    touched = true;
  }

  const knownIndustries = new Set(known.industries);
  const industries = r.texts(PARAM.industries, (item) =>
    knownIndustries.has(item) ? null : { code: "unknown-value", why: "no company has this industry" },
  );
  if (industries) {
    filter.industries = industries;
    touched = true;
  }

  const knownTiers = known.tiers ? new Set(known.tiers) : null;
  const tiers = r.texts(PARAM.tiers, (item) =>
    !knownTiers || knownTiers.has(item) ? null : { code: "unknown-value", why: "no company has this tier" },
  );
  if (tiers) {
    filter.tiers = tiers;
    touched = true;
  }

  const asLinkType = (item: string) => LINK_TYPE_VALUES.find((t) => t === item);
  const linkTypes = r.codes(PARAM.linkTypes, (item) =>
    asLinkType(item) ? null : { code: "bad-value", why: `expected ${LINK_TYPE_VALUES.join(", ")}` },
  );
  if (linkTypes) {
    filter.linkTypes = linkTypes.flatMap((item) => asLinkType(item) ?? []);
    touched = true;
  }

  const yr = r.single(PARAM.years);
  if (yr !== undefined) {
    const range = ONE_YEAR.test(yr) ? [yr, yr] : YEAR_RANGE.exec(yr)?.slice(1);
    const [from, to] = (range ?? []).map((y) => (y === undefined ? null : Number(y)));
    if (!range || from === undefined || to === undefined) {
      r.bad(PARAM.years, yr, "expected FROM-TO, FROM-, -TO or one year");
    } else if ((from !== null && !validYear(from)) || (to !== null && !validYear(to))) {
      r.bad(PARAM.years, yr, `years must lie in ${YEAR_BOUNDS.min}-${YEAR_BOUNDS.max}`);
    } else if (from !== null && to !== null && from > to) {
      r.bad(PARAM.years, yr, "the first year is after the second");
    } else {
      filter.yearFrom = from;
      filter.yearTo = to;
      touched = true;
    }
  }

  const minw = r.single(PARAM.minWeight);
  if (minw !== undefined) {
    const n = parseNumber(minw);
    if (n === null || n < 0) {
      r.bad(PARAM.minWeight, minw, "expected a number of 0 or more");
    } else {
      filter.minWeight = n;
      touched = true;
    }
  }

  const cross = r.flag(PARAM.crossOnly);
  if (cross !== undefined) {
    filter.crossOnly = cross;
    touched = true;
  }

  return touched ? filter : undefined;
}

/**
 * Reads a view from URL parameters. Never throws. `view` holds only what the URL set, valid
 * against `known`; each ignored parameter or value is one notice.
 */
export function decodeView(params: URLSearchParams, known: KnownValues): DecodedView {
  const r = new Reader(params);
  const view: Partial<ViewState> = {};
  const companyCheck = (param: string, id: string): boolean => {
    let ok = false;
    try {
      ok = known.companies(id) === true;
    } catch {
      ok = false;
    }
    if (!ok) r.note("unknown-value", param, id, `company '${clip(id)}' is not in the loaded data`);
    return ok;
  };

  const mode = r.oneOf(PARAM.mode, VIEW_MODES);
  if (mode) view.mode = mode;
  const vintage = r.oneOf(PARAM.vintage, VINTAGE_VALUES);
  if (vintage) view.vintage = vintage;
  const effectiveVintage = vintage ?? defaultView().vintage;
  const level = r.oneOf(PARAM.level, FLOW_LEVELS);
  if (level) view.level = level;
  const lang = r.oneOf(PARAM.lang, LANGS);
  if (lang) view.lang = lang;

  const selectedDivisions = r.codes(PARAM.selectedDivisions, divisionCheck(known, effectiveVintage));
  if (selectedDivisions) view.selectedDivisions = selectedDivisions;
  const divisionMode = r.oneOf(PARAM.divisionMode, DIVISION_MODES);
  if (divisionMode) view.divisionMode = divisionMode;

  const selected = r.single(PARAM.selected);
  if (selected !== undefined) {
    if (selected === "") r.bad(PARAM.selected, selected, "empty company id");
    else if (companyCheck(PARAM.selected, selected)) view.selected = selected;
  }

  const focusId = r.single(PARAM.focus);
  const depthText = r.single(PARAM.focusDepth);
  const direction = r.oneOf(PARAM.focusDirection, FOCUS_DIRECTIONS);
  let depth: FocusDepth | undefined;
  if (depthText !== undefined) {
    if (depthText === "1" || depthText === "2" || depthText === "3") depth = Number(depthText) as FocusDepth;
    else r.bad(PARAM.focusDepth, depthText, "expected 1, 2 or 3");
  }
  if (focusId === undefined) {
    if (depthText !== undefined) r.bad(PARAM.focusDepth, depthText, `no '${PARAM.focus}' company to focus on`);
    if (direction !== undefined) r.bad(PARAM.focusDirection, direction, `no '${PARAM.focus}' company to focus on`);
  } else if (focusId === "") {
    r.bad(PARAM.focus, focusId, "empty company id");
  } else if (companyCheck(PARAM.focus, focusId)) {
    view.focus = { id: focusId, depth: depth ?? 1, direction: direction ?? "both" };
  }

  const filter = decodeFilter(r, known, effectiveVintage);
  if (filter) view.filter = filter;

  const nodeColorBy = r.oneOf(PARAM.nodeColorBy, NODE_COLOR_BY);
  if (nodeColorBy) view.nodeColorBy = nodeColorBy;
  const edgeColorBy = r.oneOf(PARAM.edgeColorBy, EDGE_COLOR_BY);
  if (edgeColorBy) view.edgeColorBy = edgeColorBy;
  const choropleth = r.oneOf(PARAM.choropleth, CHOROPLETHS);
  if (choropleth) view.choropleth = choropleth;
  const flowMeasure = r.oneOf(PARAM.flowMeasure, FLOW_MEASURES);
  if (flowMeasure) view.flowMeasure = flowMeasure;
  const flowType = r.oneOf(PARAM.flowType, FLOW_TYPES);
  if (flowType) view.flowType = flowType;
  const scaleMode = r.oneOf(PARAM.scaleMode, SCALE_MODES);
  if (scaleMode) view.scaleMode = scaleMode;

  const camera = decodeCamera(r);
  if (camera) view.camera = camera;
  const matrix = r.flag(PARAM.matrix);
  if (matrix !== undefined) view.matrixOpen = matrix;
  const analytics = r.oneOf(PARAM.analytics, ANALYTICS_TABS);
  if (analytics) view.analytics = analytics;

  return { view, notices: r.notices };
}
