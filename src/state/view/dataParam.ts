// Which data a link was made on. An address carries, beside the view, the fingerprint of the
// data on screen (`ds=87-1f3a9c0b`: graph/build/dataIdentity.ts), so a link opened where other data is
// shown (a fresh browser shows the sample) is told apart and kept until its data is loaded.
// Links written before the fingerprint are told apart by what they name: companies, industries
// or tiers the shown data lacks.
import { isFingerprint } from "../../graph/build/dataIdentity.ts";
import type { UrlNotice } from "./values.ts";

export const DATA_PARAM = "ds";

/** Parameters whose values name things of one dataset (companies, industries, tiers), not of Korea. */
export const DATA_NAMING: ReadonlySet<string> = new Set(["sel", "foc", "ind", "tier"]);

/** The fingerprint a link names, or null (none, or not one: then `notice` says so). */
export function readDataParam(params: URLSearchParams): { fingerprint: string | null; notice: UrlNotice | null } {
  const value = params.get(DATA_PARAM);
  if (value === null) return { fingerprint: null, notice: null };
  if (isFingerprint(value)) return { fingerprint: value, notice: null };
  // Cleaned before it is cut, so no control character reaches the notice whatever the length.
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
  const shown = clean.length > 64 ? `${clean.slice(0, 64)}…` : clean;
  return { fingerprint: null, notice: { code: "bad-value", param: DATA_PARAM, value: shown, message: `'${DATA_PARAM}' ignored: not a data fingerprint` } };
}

/** Whether decoding a link against the shown data found companies, industries or tiers it lacks. */
export function namesOtherData(notices: readonly UrlNotice[]): boolean {
  return notices.some((n) => n.code === "unknown-value" && DATA_NAMING.has(n.param));
}

/** `params` without what lives beside the view (the data's fingerprint and `others`), for the view decoder. */
export function viewParams(params: URLSearchParams, others: readonly string[] = []): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of [DATA_PARAM, ...others]) out.delete(name);
  return out;
}
