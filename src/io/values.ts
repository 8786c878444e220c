// Cell values to domain values. Every parser is total: it returns a value or a marker the
// caller turns into an import issue, and never throws.

import type { LinkType } from "../model/types.ts";

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

// Thousands separators, spaces (incl. no-break and thin) and currency marks around an amount.
const NUMBER_NOISE = /[,\s\u00a0\u202f₩￦$]|원$|krw/gi;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A finite number from "1,234", "1 234", "₩1,234", "1234원"; NaN when the text is not one. */
export function parseNumber(text: string): number {
  const cleaned = text.replace(NUMBER_NOISE, "");
  if (!PLAIN_NUMBER.test(cleaned)) return NaN;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : NaN;
}

const YEAR = /^(\d{4})(?:\s*년)?$/;

/** A year 1900-2100 ("2023", "2023년"), or NaN. */
export function parseYear(text: string): number {
  const m = YEAR.exec(text.trim());
  const year = m ? Number(m[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : NaN;
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
