// Municipalities (시군구): the registry (municipalityRegistry.ts) and the resolver that turns
// whatever a data file writes about one (a name with or without its city or province, an
// English name, a five- or ten-digit code, a full address) into a registry code. A name that
// several provinces have (중구, 고성군) or that names a city of several districts (창원시) is
// narrowed by a province and otherwise reported as ambiguous, never guessed.

import type { DivisionCode } from "../model/types.ts";
import { DIVISIONS } from "./divisions.ts";
import { COUNTRY_KEYS, normaliseDivision } from "./normalise.ts";
import { MUNICIPALITIES, getMunicipality, historicEntry, type MunicipalityInfo } from "./municipalityRegistry.ts";
import { nameKey, unitsNamed } from "./municipalityNames.ts";

export { MUNICIPALITIES, getMunicipality, municipalityLabel, type MunicipalityInfo } from "./municipalityRegistry.ts";

export type MunicipalityMatch =
  | { kind: "found"; code: string; /** set when the match used a code or name valid only before a dated change */ moved?: { from: DivisionCode; until: string } }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown" };

const UNKNOWN: MunicipalityMatch = { kind: "unknown" };
const CODE = /^(\d{5})(\d{5})?$/;
const DECOMPOSED_HANGUL = /[\u1100-\u11ff]/;
const BRACKETED = /[([][^)\]]*[)\]]/g;
// Korean addresses name the municipality right after the province: words further on are streets.
const WORDS_AFTER_PROVINCE = 3;

// Korean province names by length, longest first, to strip one glued to a name ("경북군위군").
const PROVINCE_PREFIXES = DIVISIONS.filter((d) => d.members === undefined)
  .flatMap((d) => [d.nameKo, d.shortKo, ...d.otherNamesKo].map((name) => ({ name, code: d.code })))
  .sort((a, b) => b.name.length - a.name.length);

// A province that is one municipality (세종): an address naming it names the unit.
const SOLE_UNIT = new Map<DivisionCode, string>();
for (const d of DIVISIONS) {
  const units = MUNICIPALITIES.filter((m) => m.division === d.code);
  if (units.length === 1) SOLE_UNIT.set(d.code, units[0]!.code);
}

function sole(division: DivisionCode | null): Reading | null {
  const code = division ? SOLE_UNIT.get(division) : undefined;
  return code ? { codes: [code], division: division! } : null;
}

interface Reading {
  codes: readonly string[];
  /** The province the text itself names, if any. */
  division?: DivisionCode;
}

function byCode(digits: string): MunicipalityMatch {
  const m = getMunicipality(digits.slice(0, 5));
  if (!m) return UNKNOWN;
  const old = historicEntry(m, digits.slice(0, 5));
  return old ? { kind: "found", code: m.code, moved: { from: old.division, until: old.until } } : { kind: "found", code: m.code };
}

/** "경상북도군위군", "서울 중구": a province glued or spaced before a name. */
function withProvincePrefix(key: string): Reading | null {
  for (const p of PROVINCE_PREFIXES) {
    if (key.length <= p.name.length || !key.startsWith(p.name)) continue;
    const codes = unitsNamed(key.slice(p.name.length));
    if (codes) return { codes, division: p.code };
  }
  return null;
}

/** Korean word order: "[province] <city> <district> <street> ...". */
function koreanOrder(words: readonly string[]): Reading | null {
  const division = words.length > 1 ? normaliseDivision(words[0]!) : null;
  const start = division ? 1 : 0;
  for (let i = start; i < Math.min(words.length, start + WORDS_AFTER_PROVINCE); i++) {
    const pair = i + 1 < words.length ? unitsNamed(nameKey(words[i]! + words[i + 1]!)) : undefined;
    const codes = pair ?? unitsNamed(nameKey(words[i]!));
    if (codes) return division ? { codes, division } : { codes };
  }
  return sole(division);
}

/** English order: "<street>, <district>, <city>, <province>[, Korea]". */
function englishOrder(parts: readonly string[]): Reading | null {
  let end = parts.length;
  while (end > 0 && COUNTRY_KEYS.has(nameKey(parts[end - 1]!))) end--;
  const division = end > 1 ? normaliseDivision(parts[end - 1]!) : null;
  // The last part is a municipality when it is not a province ("Seongsan-gu, Changwon").
  const last = division ? end - 2 : end - 1;
  for (let j = last; j >= 0; j--) {
    const pair = j > 0 ? unitsNamed(nameKey(parts[j - 1]! + parts[j]!)) : undefined;
    const codes = pair ?? unitsNamed(nameKey(parts[j]!));
    if (codes) return division ? { codes, division } : { codes };
  }
  return sole(division);
}

function read(text: string): Reading | null {
  const key = nameKey(text);
  const whole = unitsNamed(key);
  if (whole) return { codes: whole };
  const prefixed = withProvincePrefix(key);
  if (prefixed) return prefixed;
  if (text.includes(",")) {
    const english = englishOrder(text.split(",").map((p) => p.trim()).filter(Boolean));
    if (english) return english;
  }
  return koreanOrder(text.split(/[\s,]+/).filter(Boolean));
}

/** Whether a unit lies in `division` now, or did before a dated change (then when it left). */
function placeIn(m: MunicipalityInfo, division: DivisionCode): { moved?: { from: DivisionCode; until: string } } | null {
  if (m.division === division) return {};
  const past = m.history.filter((h) => h.division === division).at(-1);
  return past ? { moved: { from: division, until: past.until } } : null;
}

function decide(codes: readonly string[], division: DivisionCode | undefined): MunicipalityMatch {
  if (codes.length === 0) return UNKNOWN;
  if (division) {
    const inside = codes.flatMap((code) => {
      const place = placeIn(getMunicipality(code)!, division);
      return place ? [{ code, ...place }] : [];
    });
    if (inside.length === 1) return { kind: "found", ...inside[0]! };
    if (inside.length > 1) return { kind: "ambiguous", candidates: inside.map((c) => c.code) };
  }
  // One unit: found, even in another province than `division` (the caller sees the disagreement).
  if (codes.length === 1) return { kind: "found", code: codes[0]! };
  return { kind: "ambiguous", candidates: [...codes] };
}

function resolveUncached(text: string, division: DivisionCode | undefined): MunicipalityMatch {
  const trimmed = text.trim();
  if (!trimmed) return UNKNOWN;
  const digits = CODE.exec(trimmed);
  if (digits) return byCode(trimmed);
  const nfc = DECOMPOSED_HANGUL.test(trimmed) ? trimmed.normalize("NFC") : trimmed;
  // A bracketed part ("(용호동)", "(Noksan)") names a place inside the municipality, or a note.
  const composed = nfc.replace(BRACKETED, " ").trim() || nfc;
  const reading = read(composed);
  // In a province that is one municipality (세종) any place named in it ("전의면") is that unit.
  if (!reading) return division && SOLE_UNIT.has(division) ? { kind: "found", code: SOLE_UNIT.get(division)! } : UNKNOWN;
  // The text's own province is the more precise; the company's narrows a bare name.
  const match = decide(reading.codes, reading.division ?? division);
  // "Gwangju" for a company of 광주광역시 names its province, not 경기도's 광주시.
  if (division && match.kind !== "unknown" && normaliseDivision(composed) === division && !agrees(match, division)) return UNKNOWN;
  return match;
}

function agrees(match: MunicipalityMatch, division: DivisionCode): boolean {
  return match.kind === "found" && placeIn(getMunicipality(match.code)!, division) !== null;
}

/** Whether a text is a division's name or code rather than a municipality's ("Busan" in a City column). */
export function namesDivision(text: string): boolean {
  const trimmed = text.trim();
  // Of codes, only a division's own ("47", "47000", "4700000000"): "4799999999" is a municipality code nobody knows.
  if (/^\d+$/.test(trimmed) && !/^\d\d(?:000|00000000)?$/.test(trimmed)) return false;
  return normaliseDivision(trimmed) !== null;
}

// Files repeat a handful of municipalities: each (text, province) is resolved once.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, MunicipalityMatch>();

/** `division`: the company's province when the data gives one (ISO code, 2023 vintage); it disambiguates. */
export function resolveMunicipality(text: string, division?: DivisionCode): MunicipalityMatch {
  const key = `${division ?? ""}\u0000${text}`;
  const cached = memo.get(key);
  if (cached) return cached;
  const result = resolveUncached(text, division || undefined);
  if (memo.size < MEMO_LIMIT) memo.set(key, result);
  return result;
}
