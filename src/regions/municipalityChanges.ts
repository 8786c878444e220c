// Dated changes to municipality (시군구) codes and provinces since the boundary set the
// registry is built from (KOSTAT SGIS via vuski/admdongkor, ver20220309). Each entry is
// checked against the admdongkor snapshot (its README's change log, and its MDIS centroid
// table of 2001-2023 codes) and against /work/shared/reference/korea.md; see
// MUNICIPALITIES-SOURCE.md. The build script applies them to the 2022 codes and the registry
// turns them into each unit's history, so there is one list to maintain.

import type { DivisionCode } from "../model/types.ts";

/** A province's municipality codes renumbered: every code starting `fromPrefix` now starts `toPrefix`. */
export interface PrefixChange {
  kind: "prefix";
  division: DivisionCode;
  fromPrefix: string;
  toPrefix: string;
  /** Last day the old codes were valid. */
  until: string;
  source: string;
}

/** One municipality moved to another province and took a new code. */
export interface MoveChange {
  kind: "move";
  fromCode: string;
  fromDivision: DivisionCode;
  toCode: string;
  toDivision: DivisionCode;
  until: string;
  source: string;
}

export type MunicipalityChange = PrefixChange | MoveChange;

/** In date order; a later change applies to the codes an earlier one produced. */
export const MUNICIPALITY_CHANGES: readonly MunicipalityChange[] = [
  {
    kind: "prefix", division: "KR-42", fromPrefix: "42", toPrefix: "51", until: "2023-06-10",
    source: "강원도 became 강원특별자치도 on 2023-06-11 with interior-ministry codes 51 (admdongkor README, ver20230701; centroid table: 4211000000 강원도 춘천시 and 5111000000 강원특별자치도 춘천시)",
  },
  {
    kind: "move", fromCode: "47720", fromDivision: "KR-47", toCode: "27720", toDivision: "KR-27", until: "2023-06-30",
    source: "군위군 moved from 경상북도 to 대구광역시 on 2023-07-01 (admdongkor README, ver20230701; centroid table: 4772000000 경상북도 군위군 and 2772000000 대구광역시 군위군; korea.md section 1)",
  },
  {
    kind: "prefix", division: "KR-45", fromPrefix: "45", toPrefix: "52", until: "2024-01-17",
    source: "전라북도 became 전북특별자치도 on 2024-01-18; 행정기관코드 now start with 52 (admdongkor README, ver20240401)",
  },
];

/** The current code of a 2022 code, after every change. */
export function currentCode(code: string): string {
  let now = code;
  for (const c of MUNICIPALITY_CHANGES) {
    if (c.kind === "move" && now === c.fromCode) now = c.toCode;
    else if (c.kind === "prefix" && now.startsWith(c.fromPrefix)) now = c.toPrefix + now.slice(c.fromPrefix.length);
  }
  return now;
}

/** The codes a current code had before, oldest first, with the province each was in and its last day. */
export function historyOf(code: string, division: DivisionCode): { code: string; division: DivisionCode; until: string }[] {
  const earlier: { code: string; division: DivisionCode; until: string }[] = [];
  let now = code;
  let where = division;
  for (let i = MUNICIPALITY_CHANGES.length - 1; i >= 0; i--) {
    const c = MUNICIPALITY_CHANGES[i]!;
    if (c.kind === "move" && now === c.toCode) {
      now = c.fromCode;
      where = c.fromDivision;
      earlier.unshift({ code: now, division: where, until: c.until });
    } else if (c.kind === "prefix" && where === c.division && now.startsWith(c.toPrefix)) {
      now = c.fromPrefix + now.slice(c.toPrefix.length);
      earlier.unshift({ code: now, division: where, until: c.until });
    }
  }
  return earlier;
}
