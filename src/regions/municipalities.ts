// PLACEHOLDER until the municipality registry lands: the contract's shape with a few units.
import type { DivisionCode } from "../model/types.ts";

export interface MunicipalityInfo {
  code: string;
  division: DivisionCode;
  nameKo: string;
  nameEn: string;
  history: readonly { code: string; division: DivisionCode; until: string }[];
}

export const MUNICIPALITIES: readonly MunicipalityInfo[] = [
  { code: "11110", division: "KR-11", nameKo: "종로구", nameEn: "Jongno-gu", history: [] },
  { code: "27720", division: "KR-27", nameKo: "군위군", nameEn: "Gunwi-gun", history: [{ code: "47720", division: "KR-47", until: "2023-06-30" }] },
  { code: "29110", division: "KR-29", nameKo: "동구", nameEn: "Dong-gu", history: [] },
  { code: "46110", division: "KR-46", nameKo: "목포시", nameEn: "Mokpo-si", history: [] },
  { code: "47190", division: "KR-47", nameKo: "구미시", nameEn: "Gumi-si", history: [] },
  { code: "48123", division: "KR-48", nameKo: "창원시 성산구", nameEn: "Changwon-si Seongsan-gu", history: [] },
];

const BY_CODE = new Map<string, MunicipalityInfo>();
for (const m of MUNICIPALITIES) {
  BY_CODE.set(m.code, m);
  for (const h of m.history) BY_CODE.set(h.code, m);
}

export function getMunicipality(code: string): MunicipalityInfo | undefined {
  return BY_CODE.get(code);
}

export function municipalityLabel(code: string, lang: "ko" | "en"): string {
  const m = BY_CODE.get(code);
  return m ? (lang === "ko" ? m.nameKo : m.nameEn) : code;
}
