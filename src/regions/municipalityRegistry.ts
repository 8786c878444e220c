// The registry of Korea's municipalities (시군구): the 250 units of KOSTAT's 2022 boundary
// set, under their current interior-ministry codes and 2023-vintage provinces, with the codes
// and provinces they had before (municipalityChanges.ts). Data: municipalityTable.ts.

import type { DivisionCode } from "../model/types.ts";
import { MUNICIPALITY_ROWS } from "./municipalityTable.ts";
import { historyOf } from "./municipalityChanges.ts";

export interface MunicipalityInfo {
  /** Five-digit interior-ministry code, as current as the registry knows (군위군: "27720"). */
  code: string;
  /** ISO code of its province under the app's 17-division vintage "2023" (from 2023-07-01): 군위군 -> "KR-27". */
  division: DivisionCode;
  /** "창원시 성산구", "군위군". */
  nameKo: string;
  /** "Changwon-si Seongsan-gu" (Revised Romanization). */
  nameEn: string;
  /** Earlier codes/divisions with the date they ended, oldest first (군위군: [{ code: "47720", division: "KR-47", until: "2023-06-30" }]). */
  history: readonly { code: string; division: DivisionCode; until: string }[];
}

export const MUNICIPALITIES: readonly MunicipalityInfo[] = MUNICIPALITY_ROWS.map(([code, division, nameKo, nameEn]) => ({
  code,
  division,
  nameKo,
  nameEn,
  history: historyOf(code, division),
}));

const BY_CODE = new Map<string, MunicipalityInfo>();
for (const m of MUNICIPALITIES) BY_CODE.set(m.code, m);
// Historic codes second, so a current code always wins should a number ever be reused.
for (const m of MUNICIPALITIES) for (const h of m.history) if (!BY_CODE.has(h.code)) BY_CODE.set(h.code, m);

/** The unit of a current or historic five-digit code ("47720" finds 군위군). */
export function getMunicipality(code: string): MunicipalityInfo | undefined {
  return BY_CODE.get(code);
}

/** The historic entry a code names, when it is not the unit's current code. */
export function historicEntry(m: MunicipalityInfo, code: string): MunicipalityInfo["history"][number] | undefined {
  return code === m.code ? undefined : m.history.find((h) => h.code === code);
}

/**
 * Display name. "short" drops the city of a city's district ("성산구", "Seongsan-gu": the map
 * shows it inside its province and city); "full" keeps it ("창원시 성산구"). Unknown codes
 * come back unchanged so a label never disappears.
 */
export function municipalityLabel(code: string, lang: "ko" | "en", form: "short" | "full" = "short"): string {
  const m = BY_CODE.get(code);
  if (!m) return code;
  const name = lang === "ko" ? m.nameKo : m.nameEn;
  if (form === "full") return name;
  const space = name.lastIndexOf(" ");
  return space === -1 ? name : name.slice(space + 1);
}
