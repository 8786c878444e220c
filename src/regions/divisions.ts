// Registry of Korea's provincial-level divisions (시도) in the boundary vintages the app knows.
// Facts come from /work/shared/reference/korea.md, section 1.

import { NO_DIVISION, type DivisionCode, type Vintage } from "../model/types.ts";

export interface DivisionInfo {
  /** ISO 3166-2 code, or a project code for a division ISO has not coded yet. */
  code: DivisionCode;
  /** Vintages in which this division is drawn and aggregated as its own unit. */
  vintages: readonly Vintage[];
  nameKo: string;
  shortKo: string;
  /** Names used before a renaming, plus other Korean names seen in data. */
  otherNamesKo: readonly string[];
  nameEn: string;
  fullNameEn: string;
  /** English names and romanisations seen in data (matched case/space/hyphen-insensitively). */
  aliasesEn: readonly string[];
  /** Interior-ministry (행정표준/법정동) codes, current first, then codes used before a renaming. */
  moisCodes: readonly string[];
  /** KOSTAT (통계청) code; null for the merged division, which KOSTAT had not coded. */
  kostatCode: string | null;
  capitalRegion: boolean;
  /** For a merged division: the 2023-vintage divisions it is made of. */
  members?: readonly DivisionCode[];
}

const BOTH: readonly Vintage[] = ["2023", "2026-07"];
const BEFORE_MERGER: readonly Vintage[] = ["2023"];

type Row = [
  code: string,
  nameKo: string,
  shortKo: string,
  otherKo: string[],
  nameEn: string,
  fullEn: string,
  aliasesEn: string[],
  mois: string[],
  kostat: string,
  capital: boolean,
];

// Column order mirrors the table in korea.md so the two can be compared line by line.
const ROWS: Row[] = [
  ["KR-11", "서울특별시", "서울", ["서울시"], "Seoul", "Seoul Special City", ["Seoul"], ["11"], "11", true],
  ["KR-26", "부산광역시", "부산", ["부산시"], "Busan", "Busan Metropolitan City", ["Busan", "Pusan"], ["26"], "21", false],
  ["KR-27", "대구광역시", "대구", ["대구시"], "Daegu", "Daegu Metropolitan City", ["Daegu", "Taegu"], ["27"], "22", false],
  ["KR-28", "인천광역시", "인천", ["인천시"], "Incheon", "Incheon Metropolitan City", ["Incheon", "Inchon"], ["28"], "23", true],
  ["KR-29", "광주광역시", "광주", ["광주시"], "Gwangju", "Gwangju Metropolitan City", ["Gwangju", "Kwangju"], ["29"], "24", false],
  ["KR-30", "대전광역시", "대전", ["대전시"], "Daejeon", "Daejeon Metropolitan City", ["Daejeon", "Taejon"], ["30"], "25", false],
  ["KR-31", "울산광역시", "울산", ["울산시"], "Ulsan", "Ulsan Metropolitan City", ["Ulsan"], ["31"], "26", false],
  ["KR-50", "세종특별자치시", "세종", ["세종시"], "Sejong", "Sejong Special Self-Governing City", ["Sejong"], ["36"], "29", false],
  ["KR-41", "경기도", "경기", [], "Gyeonggi", "Gyeonggi Province", ["Gyeonggi", "Gyeonggi-do", "Kyonggi"], ["41"], "31", true],
  ["KR-42", "강원특별자치도", "강원", ["강원도"], "Gangwon", "Gangwon State", ["Gangwon", "Gangwon-do", "Gangwon State", "Kangwon"], ["51", "42"], "32", false],
  ["KR-43", "충청북도", "충북", [], "North Chungcheong", "North Chungcheong Province", ["North Chungcheong", "Chungcheongbuk-do", "Chungbuk", "Chungcheongbuk"], ["43"], "33", false],
  ["KR-44", "충청남도", "충남", [], "South Chungcheong", "South Chungcheong Province", ["South Chungcheong", "Chungcheongnam-do", "Chungnam", "Chungcheongnam"], ["44"], "34", false],
  ["KR-45", "전북특별자치도", "전북", ["전라북도"], "North Jeolla", "Jeonbuk State", ["North Jeolla", "Jeollabuk-do", "Jeonbuk", "Jeonbuk State", "Jeollabuk"], ["52", "45"], "35", false],
  ["KR-46", "전라남도", "전남", [], "South Jeolla", "South Jeolla Province", ["South Jeolla", "Jeollanam-do", "Jeonnam", "Jeollanam"], ["46"], "36", false],
  ["KR-47", "경상북도", "경북", [], "North Gyeongsang", "North Gyeongsang Province", ["North Gyeongsang", "Gyeongsangbuk-do", "Gyeongbuk", "Gyeongsangbuk"], ["47"], "37", false],
  ["KR-48", "경상남도", "경남", [], "South Gyeongsang", "South Gyeongsang Province", ["South Gyeongsang", "Gyeongsangnam-do", "Gyeongnam", "Gyeongsangnam"], ["48"], "38", false],
  ["KR-49", "제주특별자치도", "제주", ["제주도"], "Jeju", "Jeju Special Self-Governing Province", ["Jeju", "Jeju-do", "Cheju"], ["50"], "39", false],
];

/** Divisions merged on 2026-07-01 into the Jeonnam-Gwangju special city. */
const MERGED_MEMBERS: readonly DivisionCode[] = ["KR-29", "KR-46"];

/**
 * Project code of the merged division. ISO 3166-2 had not assigned a code when this was
 * written; "GJN" cannot collide with ISO's numeric KR subdivision codes. Replace it (and keep
 * the old one as an alias) once ISO publishes a code.
 */
export const MERGED_CODE: DivisionCode = "KR-GJN";

const MERGED: DivisionInfo = {
  code: MERGED_CODE,
  vintages: ["2026-07"],
  nameKo: "전남광주통합특별시",
  shortKo: "전남광주",
  otherNamesKo: ["전남광주특별시", "광주특별시", "전남광주통합특별시"],
  nameEn: "Jeonnam-Gwangju",
  fullNameEn: "Jeonnam-Gwangju Special City",
  aliasesEn: ["Jeonnam-Gwangju", "Gwangju-Jeonnam", "Jeonnam-Gwangju Special City"],
  moisCodes: [],
  kostatCode: null,
  capitalRegion: false,
  members: MERGED_MEMBERS,
};

/** Every known division: the 17 of vintage "2023", then the merged one of "2026-07". */
export const DIVISIONS: readonly DivisionInfo[] = [
  ...ROWS.map(
    ([code, nameKo, shortKo, otherNamesKo, nameEn, fullNameEn, aliasesEn, moisCodes, kostatCode, capitalRegion]): DivisionInfo => ({
      code,
      vintages: MERGED_MEMBERS.includes(code) ? BEFORE_MERGER : BOTH,
      nameKo,
      shortKo,
      otherNamesKo,
      nameEn,
      fullNameEn,
      aliasesEn,
      moisCodes,
      kostatCode,
      capitalRegion,
    }),
  ),
  MERGED,
];

const BY_CODE = new Map(DIVISIONS.map((d) => [d.code, d]));

export function getDivision(code: DivisionCode): DivisionInfo | undefined {
  return BY_CODE.get(code);
}

/** The divisions drawn for a vintage: 17 for "2023", 16 for "2026-07". */
export function divisionsOf(vintage: Vintage): readonly DivisionInfo[] {
  return DIVISIONS.filter((d) => d.vintages.includes(vintage));
}

/** Maps a stored (2023-vintage) code to the division that shows it in `vintage`. */
export function toVintage(code: DivisionCode, vintage: Vintage): DivisionCode {
  if (vintage === "2026-07" && MERGED_MEMBERS.includes(code)) return MERGED_CODE;
  return code;
}

/** Display name; unknown codes come back unchanged so a label never disappears. */
export function divisionLabel(code: DivisionCode, lang: "ko" | "en", form: "short" | "full" = "short"): string {
  // NO_DIVISION: said in words, like a division's name, so every table, panel and export names it.
  if (code === NO_DIVISION) return lang === "ko" ? "시도 없음" : "No division";
  const d = BY_CODE.get(code);
  if (!d) return code;
  if (lang === "ko") return form === "short" ? d.shortKo : d.nameKo;
  return form === "short" ? d.nameEn : d.fullNameEn;
}
