// Cell values to domain values. Every parser is total: it returns a value or a marker the
// caller turns into an import issue, and never throws.

import type { LinkType } from "../../model/types.ts";
import { parseNumberCell, parseYearCell } from "./numbers.ts";

// Spaces, case, hyphens and "&" do not change what a category word means ("R&D", "r and d").
const VALUE_NOISE = /[\s\-_.&/]+/g;
function valueKey(text: string): string {
  return text.toLowerCase().replace(VALUE_NOISE, "");
}

function table<T>(entries: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(entries).map(([k, v]) => [valueKey(k), v]));
}

const LINK_TYPES = table<LinkType>({
  기술협력: "technology", 기술: "technology", 공동개발: "technology", 연구개발: "technology", 기술개발: "technology",
  technology: "technology", tech: "technology", "R&D": "technology", "technology cooperation": "technology",
  생산: "production", 위탁생산: "production", 생산협력: "production", 제조: "production",
  production: "production", manufacturing: "production",
  판매: "sales", 영업: "sales", 판매협력: "sales", sales: "sales", sale: "sales",
  기타: "other", other: "other",
});

/** A link type, or null when the text names none (the caller warns and uses "other"). */
export function parseLinkType(text: string): LinkType | null {
  if (!text) return "other";
  // Most cells are already a key ("생산", "sales"); skip the normalising on 500k rows.
  return LINK_TYPES.get(text) ?? LINK_TYPES.get(valueKey(text)) ?? null;
}

// Tier words live in tier.ts; re-exported so callers keep one import.
export { parseTier } from "./tier.ts";

/**
 * A finite number from "1,234", "1 234", "₩1,234", "1234원", "12,5", "1.234,5", "１２３";
 * NaN when the text is not one. A cell alone reads "1,234" as 1234 and "1.234" as 1.234;
 * whole columns are read with their decimal mark and unit by numberColumn.ts first.
 */
export function parseNumber(text: string): number {
  return parseNumberCell(text);
}

/** A year 1900-2100 ("2023", "2023년", "２０２３", "2023.0", "FY2023"), or NaN. */
export function parseYear(text: string): number {
  return parseYearCell(text);
}

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "예", "o", "참", "네", "t"]);

export function parseFlag(text: string): boolean {
  return TRUE_WORDS.has(text.trim().toLowerCase());
}

const MESSY_SPACE = /\s{2,}|[\t\n\r\u00a0\u3000]/;
const ANY_SPACE = /\s+/g;
const DECOMPOSED_HANGUL = /[\u1100-\u11ff]/;

/**
 * Names and ids as compared: trimmed, runs of spaces collapsed, Hangul composed (NFC).
 * The tests run only when needed so the common clean cell costs one trim.
 */
export function cleanText(text: string): string {
  let t = text.trim();
  if (MESSY_SPACE.test(t)) t = t.replace(ANY_SPACE, " ");
  if (DECOMPOSED_HANGUL.test(t)) t = t.normalize("NFC");
  return t;
}
