// A company's municipality (시군구) code, from whatever its row says about it: a municipality
// column (name, code or address), a code column (five-digit 시군구 or ten-digit 법정동/행정기관
// code), a separate address column, or an address or code in the division column. The
// resolver (regions/municipalities.ts) answers each distinct (text, division) once.

import { hasDivision, type Company, type DivisionCode } from "../../model/types.ts";
import { getMunicipality, namesDivision, resolveMunicipality } from "../../regions/municipalities.ts";
import { looksLikeAddress } from "../../regions/address.ts";
import type { Table } from "./rowTable.ts";

/** The row's texts that can name a municipality, trimmed; "" where the row has none. */
export interface MunicipalityTexts {
  municipality: string;
  code: string;
  address: string;
  /** The division column's text: used when it is an address or a 법정동-style code. */
  divisionText: string;
}

const CODE_LIKE = /^\d{5}(\d{5})?$/;

/** The text to resolve and whether the row offered it as a municipality (then an unknown one is worth a warning). */
function chosenText(texts: MunicipalityTexts): { text: string; stated: boolean } | null {
  if (texts.municipality) return { text: texts.municipality, stated: true };
  if (texts.code) return { text: texts.code, stated: true };
  if (texts.address) return { text: texts.address, stated: false };
  const d = texts.divisionText;
  // A bare division name says nothing of the municipality; a full address or a long code does.
  if (d && (CODE_LIKE.test(d) || looksLikeAddress(d))) return { text: d, stated: false };
  return null;
}

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function candidateNames(codes: readonly string[]): string {
  return codes
    .map((code) => {
      const m = getMunicipality(code)!;
      return `${m.nameKo} (${m.nameEn}, ${m.division})`;
    })
    .join(", ");
}

/** What a row's texts say of its municipality, given its division (or NO_DIVISION): the one decision the readers and the aggregate share. */
export type MunicipalityPlacement =
  | { kind: "none" }
  | { kind: "unknown"; text: string; stated: boolean }
  | { kind: "ambiguous"; text: string; candidates: readonly string[] }
  | { kind: "conflicting"; text: string; code: string }
  | { kind: "placed"; text: string; code: string; division: DivisionCode; moved?: { from: DivisionCode; until: string } | undefined };

export function municipalityPlacement(texts: MunicipalityTexts, division: DivisionCode): MunicipalityPlacement {
  const chosen = chosenText(texts);
  if (!chosen) return { kind: "none" };
  const { text } = chosen;
  const known = hasDivision(division);
  const match = resolveMunicipality(text, known ? division : undefined);
  if (match.kind === "unknown") return { kind: "unknown", text, stated: chosen.stated };
  if (match.kind === "ambiguous") return { kind: "ambiguous", text, candidates: match.candidates };
  const unit = getMunicipality(match.code)!;
  const moved = match.moved && match.moved.from !== unit.division ? match.moved : undefined;
  if (known && division !== unit.division && moved?.from !== division) return { kind: "conflicting", text, code: unit.code };
  // A code or name from before the move, for a company placed where it was then: placed where it is now.
  return { kind: "placed", text, code: unit.code, division: unit.division, moved: moved && (!known || division === moved.from) ? moved : undefined };
}

/**
 * Sets `company.municipalityCode` (and its division, when the row gave none or gave the
 * province a moved municipality was in) and warns about what it cannot place. Never removes
 * anything: an ambiguous or unknown text leaves the company as it was.
 */
export function placeMunicipality(t: Table, row: number, company: Company, texts: MunicipalityTexts): void {
  if (company.municipalityCode !== undefined) return;
  const p = municipalityPlacement(texts, company.division);
  const { log } = t.builder;
  if (p.kind === "none") return;
  const { text } = p;
  if (p.kind === "unknown") {
    // A division's name in a municipality column ("City: Busan") places nothing finer, and is no error.
    if (p.stated && !namesDivision(text)) log.warn(t.file, row, "unknown-municipality", text);
    return;
  }
  if (p.kind === "ambiguous") {
    const detail = `${text}: ${candidateNames(p.candidates)}`;
    log.warn(t.file, row, "ambiguous-municipality", detail, `municipality '${text}' names ${p.candidates.length} places (${candidateNames(p.candidates)}); company kept without a municipality`);
    return;
  }
  const unit = getMunicipality(p.code)!;
  if (p.kind === "conflicting") {
    const detail = `${company.id}: ${company.division}, ${text} = ${unit.nameKo} (${unit.division})`;
    log.warn(t.file, row, "conflicting-municipality", detail);
    return;
  }
  const { moved } = p;
  if (moved) {
    const detail = `${text}: ${unit.nameKo}, ${moved.from} → ${unit.division} on ${dayAfter(moved.until)}`;
    const named = text === unit.nameKo ? `'${text}'` : `'${text}' (${unit.nameKo})`;
    log.warn(t.file, row, "moved-municipality", detail, `${named} moved from ${moved.from} to ${unit.division} on ${dayAfter(moved.until)}: company placed in ${unit.division}`);
  }
  company.division = unit.division;
  company.municipalityCode = unit.code;
}
