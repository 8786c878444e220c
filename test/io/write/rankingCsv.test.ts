import { describe, expect, it } from "vitest";
import type { RankedCompany, ScorePart } from "../../../src/graph/ranking/types.ts";
import { rankingToCsv, rankingToJson } from "../../../src/io/write/rankingCsv.ts";
import { LINK_TYPES, type LinkType } from "../../../src/model/types.ts";

const part = (value: number): ScorePart => ({ breadth: value, volume: value, value });
const parts = (value: number) => Object.fromEntries(LINK_TYPES.map((t) => [t, part(value)])) as Record<LinkType, ScorePart>;

const RANKED: RankedCompany[] = [
  // Given out of order: the writers sort by rank.
  { id: "+1", name: "=cmd|' /C calc'!A0", division: "KR-26", tier: "@SUM(1)", rank: 2, score: 0.25, parts: parts(0.25), designated: false },
  { id: "C05", name: "구영테크, 대구", division: "KR-27", tier: "super-regional", rank: 1, score: 2 / 3, parts: parts(2 / 3), designated: true },
  { id: "x", name: "-2", division: "KR-99", tier: undefined, rank: 3, score: 0, parts: parts(0), designated: false },
];

describe("io/rankingCsv", () => {
  const lines = rankingToCsv(RANKED, "en").split("\r\n");

  it("writes one row per company in rank order, with parts per link type", () => {
    expect(lines[0]).toBe(
      "rank,id,name,division,division_name,tier,designated,score," +
        LINK_TYPES.flatMap((t) => [`${t}_breadth`, `${t}_volume`, `${t}_value`]).join(","),
    );
    expect(lines[1]).toBe(`1,C05,"구영테크, 대구",KR-27,Daegu Metropolitan City,super-regional,yes,0.666667,${Array(12).fill("0.666667").join(",")}`);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
  });

  it("neutralises formula-looking ids, names and tiers", () => {
    expect(lines[2]).toBe(`2,'+1,'=cmd|' /C calc'!A0,KR-26,Busan Metropolitan City,'@SUM(1),no,0.25,${Array(12).fill("0.25").join(",")}`);
    // An unknown division keeps its code as its name; a missing tier is an empty cell.
    expect(lines[3]!.startsWith("3,x,'-2,KR-99,KR-99,,no,0,")).toBe(true);
  });

  it("writes Korean headers and names by default, and a BOM on request", () => {
    const ko = rankingToCsv(RANKED, undefined, { bom: true });
    expect(ko.startsWith("\ufeff순위,기업ID,기업명,시도코드,시도,구분,초광역권 선도기업,점수,기술협력_폭,기술협력_양,기술협력_값,생산_폭")).toBe(true);
    expect(ko.split("\r\n")[1]).toContain(",대구광역시,super-regional,예,");
  });

  it("gives plain JSON in rank order with full precision", () => {
    const json = rankingToJson(RANKED);
    expect(json.map((r) => r.id)).toEqual(["C05", "+1", "x"]);
    expect(json[0]).toEqual({ rank: 1, id: "C05", name: "구영테크, 대구", division: "KR-27", tier: "super-regional", designated: true, score: 2 / 3, parts: parts(2 / 3) });
    expect(json[2]!.tier).toBeNull();
    json[0]!.parts.technology.value = 9;
    expect(RANKED[1]!.parts.technology.value).toBe(2 / 3);
  });
});
