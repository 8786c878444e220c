// Writing untrusted text and values into SVG markup. Company and file names come from data:
// they only ever become escaped character data or escaped attribute values, never markup,
// attribute names or URLs.

/** Characters XML 1.0 does not allow, and lone surrogates. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const HEX = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const FUNC = /^(?:rgba?|hsla?)\(\s*[-\d.%\s,/]+\)$/;
const NAMED = /^[a-zA-Z]{3,20}$/;

/** A colour the reducers or the palette produced; anything else falls back (colours could come from a data attribute). */
export function safeColor(color: string | undefined, fallback = "#999999"): string {
  if (!color) return fallback;
  const c = color.trim();
  return HEX.test(c) || FUNC.test(c) || NAMED.test(c) ? c : fallback;
}

/** A coordinate with one decimal (a tenth of a pixel is finer than any screen shows). */
export function num(n: number): string {
  if (!Number.isFinite(n)) return "0";
  const r = Math.round(n * 10) / 10;
  return r === 0 ? "0" : String(r);
}

/** Rough advance width of text in ems: Hangul and CJK are square, Latin about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.64 : 0.54;
  return ems;
}

/** Splits text into at most `maxLines` lines of about `widthEms`; the last one ends with "…" when cut. */
export function wrapText(text: string, widthEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/(\s+)/)) {
    if (line && textEms(line + word) > widthEms) {
      lines.push(line.trimEnd());
      line = word.trimStart();
      if (lines.length === maxLines) break;
    } else line += word;
  }
  if (lines.length < maxLines && line.trim()) lines.push(line.trimEnd());
  if (lines.length === maxLines && textEms(lines.join(" ")) < textEms(text.trim()) - 0.5) lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/.$/u, "")}…`;
  return lines;
}

/** The text, shortened to about `ems` with a closing "…" when longer. */
export function clipToEms(text: string, ems: number): string {
  if (textEms(text) <= ems) return text;
  let out = "";
  for (const ch of text) {
    if (textEms(`${out}${ch}…`) > ems) break;
    out += ch;
  }
  return `${out}…`;
}
