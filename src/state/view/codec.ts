// ViewState <-> URL query, derived from the view schema. Encoding leaves defaults out so a plain
// view gives a plain URL. Decoding never throws and never trusts (see reader.ts).
import { UrlReader } from "./reader.ts";
import { VIEW_KEYS, VIEW_SCHEMA, completeView, defaultView, type ViewKey, type ViewState } from "./schema.ts";
import { dropOrphans, orphans } from "./dependent.ts";
import type { DecodeContext, ViewField } from "./fields.ts";
import type { Decoded, KnownValues } from "./values.ts";

export { MAX_LIST_ITEMS, MAX_PARAMS, MAX_VALUE_LENGTH } from "./reader.ts";

export type DecodedView = Decoded<ViewState>;

const fields = VIEW_KEYS.map((key) => [key, VIEW_SCHEMA[key] as ViewField<unknown>] as const);

/** Every parameter a link may carry, in the order they are written. */
export const VIEW_PARAMS: readonly string[] = fields.flatMap(([, f]) => f.params);
const KNOWN_PARAMS: ReadonlySet<string> = new Set(VIEW_PARAMS);

/** The view's parameters; a setting whose owner is cleared (dependent.ts) is left out with it. */
export function encodeView(view: ViewState): URLSearchParams {
  const out = new URLSearchParams();
  const whole = dropOrphans(view);
  for (const [key, f] of fields) f.encode(whole[key], out);
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

/**
 * Reads a view from URL parameters. Never throws. `view` holds only what the URL set, valid
 * against `known`; each ignored parameter or value is one notice.
 */
export function decodeView(params: URLSearchParams, known: KnownValues): DecodedView {
  const r = new UrlReader(params, KNOWN_PARAMS);
  const ctx: DecodeContext = { known, vintage: defaultView().vintage, regionLevel: defaultView().regionLevel, userGrouping: null };
  const view: Partial<Record<ViewKey, unknown>> = {};
  for (const [key, f] of fields) {
    const value = f.decode(r, ctx);
    if (value === undefined) continue;
    view[key] = value;
    // Division codes after this are checked against the vintage the link asks for.
    if (key === "vintage") ctx.vintage = value as ViewState["vintage"];
    if (key === "regionLevel") ctx.regionLevel = value as ViewState["regionLevel"];
    if (key === "userGrouping") ctx.userGrouping = value as ViewState["userGrouping"];
  }
  // A setting the link gives without its owner (dm without div) is dropped and said.
  for (const rule of orphans(completeView(view as Partial<ViewState>))) {
    if (view[rule.key] === undefined) continue;
    r.note("bad-value", rule.param, String(view[rule.key]), `'${rule.param}' ignored: it needs '${rule.needs}'`);
    delete view[rule.key];
  }
  return { view: view as Partial<ViewState>, notices: r.notices };
}
