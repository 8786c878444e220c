// Text for XML 1.0 (GEXF, GraphML): every value from a user file is escaped, never trusted.
// Characters XML 1.0 cannot hold at all, even as references (C0 controls other than tab, LF
// and CR; lone surrogates; U+FFFE and U+FFFF), become U+FFFD: no parser would accept the
// file otherwise. Tab, LF and CR are written as references so attribute-value normalisation
// does not turn them into spaces, and ">" is always escaped so "]]>" cannot end anything.

const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"'\t\n\r]/g;
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** The text as XML 1.0 can carry it, before escaping. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "\ufffd");
}

// One test instead of two replacements for the usual value (an id, a Korean name).
const NEEDS_WORK = /[&<>"'\t\n\r\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Escaped for element content and attribute values alike. */
export function xmlEscape(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlSafe(text).replace(SPECIAL, (c) => ENTITY[c]!);
}

/** A number as XML text: plain digits, never NaN or Infinity (callers skip those). */
export function xmlNumber(n: number): string {
  return String(n);
}
