// Turns whatever a data file says about a division (names, romanisations, codes of three
// systems, a full address) into a division code. Runs once per row on files of 500k rows,
// so the alias tables are built once and repeated values are answered from a memo.

import type { DivisionCode } from "../model/types.ts";
import { DIVISIONS, MERGED_CODE } from "./divisions.ts";

/**
 * Which numbering a bare number belongs to. The same number means different places:
 * "26" is Busan for the interior ministry but Ulsan for KOSTAT, "50" is Jeju for the
 * ministry but Sejong for ISO. Without a hint, bare numbers are read as ministry codes,
 * the ones Korean administrative files carry most often.
 */
export type CodeSystem = "mois" | "kostat" | "iso";

export interface NormaliseOptions {
  codeSystem?: CodeSystem;
}

// Case, spaces, hyphens, underscores, dots and brackets carry no meaning in division names.
const NOISE = /[\s\-_.,'’()·]+/g;
const ASCII_ONLY = /^[\x00-\x7f]+$/;
const DIGITS = /^\d+$/;
const TOKEN_SPLIT = /[\s,]+/;
// Hangul written as separate jamo (NFD, as some macOS tools save it) must be composed first.
const DECOMPOSED_HANGUL = /[\u1100-\u11ff]/;

// English suffixes people append to a name ("Busan Metropolitan City", "Jeju-do"); longest first.
const EN_SUFFIXES = [
  "specialselfgoverningprovince",
  "specialselfgoverningcity",
  "metropolitancity",
  "specialcity",
  "province",
  "state",
  "city",
  "do",
  "si",
];

// Country names that end English addresses ("..., Seoul, Republic of Korea").
export const COUNTRY_KEYS: ReadonlySet<string> = new Set(["korea", "southkorea", "republicofkorea", "rok", "kr", "대한민국", "한국"]);

/** A name folded for comparison: lower case, without spaces, hyphens, dots, commas and brackets (municipalities.ts too). */
export function aliasKey(text: string): string {
  return text.toLowerCase().replace(NOISE, "");
}

const NAMES = new Map<string, DivisionCode>();
const BY_SYSTEM: Record<CodeSystem, Map<string, DivisionCode>> = { mois: new Map(), kostat: new Map(), iso: new Map() };

for (const d of DIVISIONS) {
  const names = [d.nameKo, d.shortKo, ...d.otherNamesKo, d.nameEn, d.fullNameEn, ...d.aliasesEn, d.code];
  for (const name of names) NAMES.set(aliasKey(name), d.code);
  for (const c of d.moisCodes) BY_SYSTEM.mois.set(c, d.code);
  if (d.kostatCode) BY_SYSTEM.kostat.set(d.kostatCode, d.code);
  const isoNumber = /^KR-(\d\d)$/.exec(d.code)?.[1];
  if (isoNumber) BY_SYSTEM.iso.set(isoNumber, d.code);
}

function byName(text: string): DivisionCode | null {
  const key = aliasKey(text);
  if (!key) return null;
  const hit = NAMES.get(key);
  if (hit) return hit;
  if (!ASCII_ONLY.test(key)) return null;
  for (const suffix of EN_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stripped = NAMES.get(key.slice(0, -suffix.length));
      if (stripped) return stripped;
    }
  }
  return null;
}

function byCode(digits: string, system: CodeSystem): DivisionCode | null {
  // 2 digits: a division code. 5, 7, 8 and 10 digits: municipality, town or 법정동 codes,
  // whose first two digits are the division in the same system.
  const n = digits.length;
  if (n === 2 || n === 5 || n === 7 || n === 8 || n === 10) return BY_SYSTEM[system].get(digits.slice(0, 2)) ?? null;
  return null;
}

// Korean addresses start with the division ("경기도 화성시 ..."); English ones end with it
// ("..., Hwaseong-si, Gyeonggi-do, Korea"). A division glued to the next word ("경기북도",
// "서울강남구") is deliberately not split: it may be a new name, not a typo.
function byAddress(text: string): DivisionCode | null {
  const first = text.split(TOKEN_SPLIT, 1)[0];
  if (first && first.length < text.length) {
    const hit = byName(first);
    if (hit) return hit;
  }
  if (!text.includes(",")) return null;
  const parts = text.split(",");
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.trim();
    if (COUNTRY_KEYS.has(aliasKey(part))) continue;
    const hit = byName(part);
    if (hit) return hit;
  }
  return null;
}

function resolve(text: string, system: CodeSystem): DivisionCode | null {
  if (DIGITS.test(text)) return byCode(text, system);
  const hit = byName(text) ?? byAddress(text);
  if (hit) return hit;
  if (DECOMPOSED_HANGUL.test(text)) return resolve(text.normalize("NFC"), system);
  return null;
}

// Division columns repeat a handful of values, so a memo makes most rows one Map lookup.
// Bounded so a column of distinct addresses cannot grow it without limit.
const MEMO_LIMIT = 50_000;
const memo: Record<CodeSystem, Map<string, DivisionCode | null>> = { mois: new Map(), kostat: new Map(), iso: new Map() };

/**
 * Any known division, including the merged Jeonnam-Gwangju division of vintage "2026-07"
 * (returned as its project code "KR-GJN").
 */
export function normaliseAnyDivision(text: string, opts?: NormaliseOptions): DivisionCode | null {
  const system = opts?.codeSystem ?? "mois";
  const cache = memo[system];
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const trimmed = text.trim();
  const result = trimmed ? resolve(trimmed, system) : null;
  if (cache.size < MEMO_LIMIT) cache.set(text, result);
  return result;
}

/**
 * The 2023-vintage ISO code of a division, or null. Names of the merged division give null:
 * a company's stored division must be one of the 17, and the merged name does not say which.
 */
export function normaliseDivision(text: string, opts?: NormaliseOptions): DivisionCode | null {
  const code = normaliseAnyDivision(text, opts);
  return code === MERGED_CODE ? null : code;
}
