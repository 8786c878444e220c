// The kinds of view setting, each knowing its URL parameters, its default and how to read and
// write itself. The schema (schema.ts) declares every setting with one of these, and every
// consumer (store defaults, URL codec, saved settings, reset on a new dataset, renderer gates)
// is derived from that one declaration.
import { getDivision } from "../../regions/divisions.ts";
import { getUnit } from "../../regions/units.ts";
import { chosenScale } from "../regionScale.ts";
import type { Grouping } from "../../regions/groupings.ts";
import type { RegionLevel } from "./values.ts";
import type { Vintage } from "../../model/types.ts";
import { clip, type UrlReader } from "./reader.ts";
import type { KnownValues, UrlNoticeCode } from "./values.ts";

export interface DecodeContext {
  known: KnownValues;
  /** The vintage the URL asks for (or the default): division codes are checked against it. */
  vintage: Vintage;
  /** The region level the URL asks for (or the default): region codes are checked against it with the vintage. */
  regionLevel: RegionLevel;
  /** The grouping the URL carries, which the level "grouping:user" names. */
  userGrouping: Grouping | null;
}

/**
 * What a change redraws, in the renderer's terms (render/bindings/redrawPlan.ts turns these into
 * sigma refreshes and layer redraws):
 * - layout: which companies are hidden and how big they are. sigma places labels in a grid by
 *   position and size when it indexes, so this takes its full pass.
 * - nodes: how every company looks (colour, label, highlight): redrawn in place.
 * - litNodes: companies lit through their links (a hovered or selected company's partners, a
 *   supply chain, filters): redrawn only while something is lit.
 * - edges: how every company link looks: redrawn in place.
 * - edgeVisibility: only the links the change shows or hides (render/bindings/edgeChanges.ts).
 * - edgeDivisions: only the links with an end in a division drawn differently (a vintage's mergers).
 * - indirect: the reducers read it, but what it changes on screen is redrawn through another
 *   input (the draw level, the companies under the flows, what the filters keep) or by sigma
 *   itself (the theme sets its label colour, which re-indexes everything).
 * - map: the province and flow layers.
 */
export type Redraw = "layout" | "nodes" | "litNodes" | "edges" | "edgeVisibility" | "edgeDivisions" | "indirect" | "map";

/** Every kind of redraw that touches what sigma draws (companies and links): all but the map layers. */
export const GRAPH_REDRAWS: readonly Redraw[] = ["layout", "nodes", "litNodes", "edges", "edgeVisibility", "edgeDivisions", "indirect"];

export interface FieldOptions {
  /** Cleared to its default when a new dataset replaces the graph: it names companies, divisions or industries of the old data. */
  resetOnData?: boolean;
  redraws?: readonly Redraw[];
}

export interface ViewField<T> {
  /** URL parameters this setting owns, in the order they are written. */
  readonly params: readonly string[];
  /** A fresh default (new arrays and objects each call, so callers may mutate it). */
  readonly initial: () => T;
  readonly resetOnData: boolean;
  readonly redraws: readonly Redraw[];
  /** Appends the parameters for `value`; writes nothing for the default, so a plain view gives a plain URL. */
  encode(value: T, out: URLSearchParams): void;
  /** The value the URL sets, or undefined when it sets none (or only invalid ones, each reported). */
  decode(r: UrlReader, ctx: DecodeContext): T | undefined;
}

export type Problem = { code: UrlNoticeCode; why: string } | null;

export function field<T>(options: FieldOptions, spec: Pick<ViewField<T>, "params" | "initial" | "encode" | "decode">): ViewField<T> {
  return { resetOnData: options.resetOnData ?? false, redraws: options.redraws ?? [], ...spec };
}

/** One of a fixed list of words. */
export function choice<T extends string>(param: string, values: readonly T[], initial: T, options: FieldOptions = {}): ViewField<T> {
  return field<T>(options, {
    params: [param],
    initial: () => initial,
    encode: (value, out) => {
      if (value !== initial) out.append(param, value);
    },
    decode: (r) => r.oneOf(param, values),
  });
}

/** One of a fixed list of words, or nothing (null, the default). */
export function optionalChoice<T extends string>(param: string, values: readonly T[], options: FieldOptions = {}): ViewField<T | null> {
  return field<T | null>(options, {
    params: [param],
    initial: () => null,
    encode: (value, out) => {
      if (value !== null) out.append(param, value);
    },
    decode: (r) => r.oneOf(param, values),
  });
}

/** On or off, written as 1 only when it differs from the default. */
export function flag(param: string, initial: boolean, options: FieldOptions = {}): ViewField<boolean> {
  return field<boolean>(options, {
    params: [param],
    initial: () => initial,
    encode: (value, out) => {
      if (value !== initial) out.append(param, value ? "1" : "0");
    },
    decode: (r) => r.flag(param),
  });
}

/** Division codes known to the data and shown under the URL's vintage. */
export function divisionCheck(ctx: DecodeContext) {
  const codes = new Set(ctx.known.divisions);
  return (code: string): Problem => {
    // A region of the scale asked for (a super-region, a municipality) is as good as a division of the data.
    if (ctx.regionLevel !== "division" && !getDivision(code)) {
      return getUnit(code, chosenScale(ctx)) ? null : { code: "unknown-value", why: "not a region of the level asked for" };
    }
    if (!codes.has(code)) return { code: "unknown-value", why: "not a known division" };
    const info = getDivision(code);
    if (info && !info.vintages.includes(ctx.vintage)) {
      return { code: "unknown-value", why: `not a division of the ${ctx.vintage} boundaries` };
    }
    return null;
  };
}

/** A comma-separated list of division codes; empty by default. */
export function divisionList(param: string, options: FieldOptions = {}): ViewField<string[]> {
  return field<string[]>(options, {
    params: [param],
    initial: () => [],
    encode: (value, out) => {
      if (value.length > 0) out.append(param, value.join(","));
    },
    decode: (r, ctx) => r.codes(param, divisionCheck(ctx)),
  });
}

/** Whether `id` names a company of the loaded data; reported when it does not. */
export function knownCompany(r: UrlReader, ctx: DecodeContext, param: string, id: string): boolean {
  let ok = false;
  try {
    ok = ctx.known.companies(id) === true;
  } catch {
    ok = false;
  }
  if (!ok) r.note("unknown-value", param, id, `company '${clip(id)}' is not in the loaded data`);
  return ok;
}

/** One company of the loaded data, or none. */
export function companyRef(param: string, options: FieldOptions = {}): ViewField<string | null> {
  return field<string | null>(options, {
    params: [param],
    initial: () => null,
    encode: (value, out) => {
      if (value !== null) out.append(param, value);
    },
    decode: (r, ctx) => {
      const id = r.single(param);
      if (id === undefined) return undefined;
      if (id === "") r.bad(param, id, "empty company id");
      else if (knownCompany(r, ctx, param, id)) return id;
      return undefined;
    },
  });
}

/** Longest free-text setting (a column name) a link may carry. */
const MAX_TEXT = 80;

/** A short free text (a column name of the data), or nothing (null, the default). Unknown names are harmless: nothing matches them. */
export function optionalText(param: string, options: FieldOptions = {}): ViewField<string | null> {
  return field<string | null>(options, {
    params: [param],
    initial: () => null,
    encode: (value, out) => {
      if (value !== null) out.append(param, value);
    },
    decode: (r) => {
      const raw = r.single(param);
      if (raw === undefined) return undefined;
      if (raw === "" || raw.length > MAX_TEXT || /[\u0000-\u001f\u007f]/.test(raw)) {
        r.bad(param, raw, `expected a column name of 1 to ${MAX_TEXT} characters`);
        return undefined;
      }
      return raw;
    },
  });
}
