// What an address says about where a company is: its division (from the leading words of a
// Korean address, the trailing parts of an English one, through normaliseDivision) and its
// municipality, as written: the address's own word for it, taken only where the division was
// found right beside it. Its registry code is municipalities.ts's resolveMunicipality.

import type { DivisionCode } from "../model/types.ts";
import { normaliseDivision, type NormaliseOptions } from "./normalise.ts";

export interface AddressPlace {
  division: DivisionCode;
  municipality?: string;
}

// 시 (city), 군 (county), 구 (district) end a Korean municipality's name; "-si", "-gun", "-gu" its romanisation.
const KO_MUNICIPALITY = /^[가-힣]+[시군구]$/;
const EN_MUNICIPALITY = /^[A-Za-z]+(?:-|\s)(?:si|gun|gu)$/i;

/**
 * The municipality an address in a division column names, when it gave `division`; "" for a
 * bare division name or an unplaced text. The companies reader and the aggregate both use it.
 */
export function municipalityOfAddress(text: string, division: DivisionCode, opts?: NormaliseOptions): string {
  if (!division || !looksLikeAddress(text)) return "";
  const place = placeOfAddress(text, opts);
  return place?.division === division ? (place.municipality ?? "") : "";
}

/** Whether a text reads as an address rather than a bare division name: several words or parts. */
export function looksLikeAddress(text: string): boolean {
  return /[\s,]/.test(text.trim());
}

/**
 * The division and municipality of an address ("경기도 성남시 분당구 판교역로 166",
 * "123 Teheran-ro, Gangnam-gu, Seoul"); null when no division is found in it.
 */
export function placeOfAddress(text: string, opts?: NormaliseOptions): AddressPlace | null {
  const trimmed = text.trim();
  const division = normaliseDivision(trimmed, opts);
  if (!division) return null;
  const words = trimmed.split(/\s+/);
  // Korean: "<division> <municipality> ...", the division's word first.
  if (words.length > 1 && normaliseDivision(words[0]!, opts) === division && KO_MUNICIPALITY.test(words[1]!)) {
    // A city's district ("성남시 분당구") belongs to the city: the municipality is the city.
    return { division, municipality: words[1]! };
  }
  // English: "..., <municipality>, <division>[, Korea]".
  const parts = trimmed.split(",").map((p) => p.trim()).filter(Boolean);
  let at = parts.length - 1;
  while (at >= 0 && normaliseDivision(parts[at]!, opts) !== division) at--;
  const before = at > 0 ? parts[at - 1]! : "";
  if (EN_MUNICIPALITY.test(before)) return { division, municipality: before };
  return { division };
}
