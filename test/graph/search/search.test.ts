import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { buildSearchIndex, searchIndexOfGraph } from "../../../src/graph/search/buildIndex.ts";
import { search } from "../../../src/graph/search/search.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";

const sampleFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url))) });
const sample = readFiles([sampleFile("companies.csv")]);
const index = buildSearchIndex(sample.companies);
const first = (query: string) => search(index, query)[0];
const ids = (query: string, limit?: number) => search(index, query, limit).map((h) => h.id);

describe("search on the sample", () => {
  // Initials written out by hand, not computed by the code under test.
  const SUPER_REGIONAL: Array<[string, string, string]> = [
    ["kr-busan-05", "다스코", "ㄷㅅㅋ"],
    ["kr-daegu-04", "구영테크", "ㄱㅇㅌㅋ"],
    ["kr-gwangju-03", "조인트리", "ㅈㅇㅌㄹ"],
    ["kr-ulsan-02", "오토렉스", "ㅇㅌㄹㅅ"],
    ["kr-sejong-03", "한국바이오켐제약", "ㅎㄱㅂㅇㅇㅋㅈㅇ"],
    ["kr-gangwon-05", "서울에프앤비", "ㅅㅇㅇㅍㅇㅂ"],
    ["kr-gangwon-07", "인성메디칼", "ㅇㅅㅁㄷㅋ"],
    ["kr-chungbuk-04", "우영메디칼", "ㅇㅇㅁㄷㅋ"],
    ["kr-daejeon-01", "원텍", "ㅇㅌ"],
    ["kr-daejeon-05", "휴비스", "ㅎㅂㅅ"],
  ];

  it("lists the ten super-regional companies the test expects", () => {
    const designated = sample.companies.filter((c) => c.tier === "super-regional").map((c) => [c.id, c.name]);
    expect(designated.sort()).toEqual(SUPER_REGIONAL.map(([id, name]) => [id, name]).sort());
  });

  it.each(SUPER_REGIONAL)("finds %s (%s) first by its initials %s", (id, _name, initials) => {
    expect(first(initials)).toEqual({ id, score: 320, matched: "initials" });
  });

  it("finds names written with company forms, and queries written with them", () => {
    for (const query of ["㈜서울에프앤비", "(주)서울에프앤비", "서울에프앤비(주)", "서울에프앤비 주식회사", "주식회사 서울에프앤비", "유한회사 서울에프앤비", "（주）서울에프앤비"]) {
      expect(first(query), query).toEqual({ id: "kr-gangwon-05", score: 340, matched: "name" });
    }
    for (const query of ["주식회사 다스코", "주식회사다스코", "(유)다스코", "㈜ 다스코"]) expect(first(query)?.id, query).toBe("kr-busan-05");
    const withForms = buildSearchIndex([
      { id: "a", name: "㈜서울에프앤비" },
      { id: "b", name: "주식회사 다스코", nameEn: "DASCO Co., Ltd." },
      { id: "c", name: "테스코" },
    ]);
    expect(search(withForms, "서울에프앤비")).toEqual([{ id: "a", score: 340, matched: "name" }]);
    expect(search(withForms, "다스코")[0]).toEqual({ id: "b", score: 340, matched: "name" });
    expect(search(withForms, "dasco inc.")).toEqual([{ id: "b", score: 330, matched: "english" }]);
    // Only a separate word is a company form: the "co" of "tesco" stays.
    const tesco = buildSearchIndex([{ id: "t", name: "테스코", nameEn: "Tesco" }]);
    expect(search(tesco, "tesco")).toEqual([{ id: "t", score: 330, matched: "english" }]);
    expect(search(tesco, "Tesco Co.")).toEqual([{ id: "t", score: 330, matched: "english" }]);
  });

  it("ignores spaces in names and queries", () => {
    expect(first("서울 에프앤비")).toEqual({ id: "kr-gangwon-05", score: 340, matched: "name" });
    expect(first("  다 스 코 ")?.id).toBe("kr-busan-05");
    expect(first("ㅅㅇ ㅇㅍ ㅇㅂ")?.id).toBe("kr-gangwon-05");
  });

  it("matches English names whatever the case", () => {
    expect(first("seoul f&b")).toEqual({ id: "kr-gangwon-05", score: 330, matched: "english" });
    expect(first("SEOUL F&B")?.id).toBe("kr-gangwon-05");
    expect(first("Seoul F&B Co., Ltd.")?.id).toBe("kr-gangwon-05");
    expect(first("gooyoung")).toEqual({ id: "kr-daegu-04", score: 230, matched: "english" });
    expect(ids("biochem")).toEqual(["kr-sejong-03"]);
  });

  it("matches ids", () => {
    expect(first("kr-busan-05")).toEqual({ id: "kr-busan-05", score: 310, matched: "id" });
    expect(first("KR-BUSAN-05")?.id).toBe("kr-busan-05");
    expect(ids("busan-0", 50)).toHaveLength(8);
  });

  it("treats NFD and NFC Hangul alike, on both sides", () => {
    expect(first("서울에프앤비".normalize("NFD"))?.id).toBe("kr-gangwon-05");
    const nfd = buildSearchIndex([{ id: "x", name: "서울에프앤비".normalize("NFD") }]);
    expect(search(nfd, "서울에프앤비")).toEqual([{ id: "x", score: 340, matched: "name" }]);
    expect(search(nfd, "ㅅㅇㅇㅍ")).toEqual([{ id: "x", score: 220, matched: "initials" }]);
  });

  it("accepts syllables mixed with initials and a half-typed last syllable", () => {
    expect(ids("서울ㅇ")).toEqual(["kr-gangwon-05"]);
    expect(ids("ㅅ울ㅇㅍ")).toEqual(["kr-gangwon-05"]);
    expect(ids("서우")).toEqual(["kr-gangwon-05"]);
    expect(first("서우")?.score).toBe(235);
    expect(ids("한ㄱ")).toEqual(["kr-sejong-03"]);
    expect(ids("ㅅ다")).toEqual([]);
  });

  it("finds nothing for an empty query or a zero limit", () => {
    expect(search(index, "")).toEqual([]);
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "다스코", 0)).toEqual([]);
    expect(search(buildSearchIndex([]), "다스코")).toEqual([]);
  });

  it("indexes a graph's companies by id, name and English name", () => {
    const graphIndex = searchIndexOfGraph(buildGraph(sample, { positions: new Map() }));
    expect(graphIndex.size).toBe(sample.companies.length);
    expect(search(graphIndex, "ㅅㅇㅇㅍㅇㅂ")[0]?.id).toBe("kr-gangwon-05");
    expect(search(graphIndex, "dasco")[0]?.id).toBe("kr-busan-05");
  });
});

describe("ranking", () => {
  const entries = [
    { id: "e5", name: "한빛정밀산업" },
    { id: "e1", name: "정밀산업" },
    { id: "e2", name: "정밀" },
    { id: "e4", name: "대한정밀" },
    { id: "e3", name: "정밀기계" },
    { id: "e6", name: "가정밀" },
    { id: "e7", name: "정밀", nameEn: "Jeongmil" },
  ];

  it("puts exact before prefix before substring, shorter names first, then code order", () => {
    const hits = search(buildSearchIndex(entries), "정밀");
    expect(hits.map((h) => [h.id, h.score])).toEqual([
      ["e2", 340],
      ["e7", 340],
      ["e3", 240],
      ["e1", 240],
      ["e6", 140],
      ["e4", 140],
      ["e5", 140],
    ]);
  });

  it("gives the same answer whatever the order of the entries", () => {
    const reversed = buildSearchIndex([...entries].reverse());
    expect(search(reversed, "정밀").map((h) => h.id)).toEqual(["e2", "e7", "e3", "e1", "e6", "e4", "e5"]);
    expect(search(reversed, "ㅈㅁ").map((h) => h.id)).toEqual(["e2", "e7", "e3", "e1", "e6", "e4", "e5"]);
  });

  it("keeps the first of duplicate ids and stops at the limit", () => {
    const index = buildSearchIndex([...entries, { id: "e2", name: "딴이름" }]);
    expect(index.size).toBe(entries.length);
    expect(search(index, "딴이름")).toEqual([]);
    expect(search(index, "정밀", 3).map((h) => h.id)).toEqual(["e2", "e7", "e3"]);
  });

  it("prefers a whole syllable to a half-typed one and a name to an English name", () => {
    const index = buildSearchIndex([
      { id: "a", name: "서울산업" },
      { id: "b", name: "서우산업" },
      { id: "c", name: "우리", nameEn: "seo" },
      { id: "d", name: "seo" },
    ]);
    expect(search(index, "서우").map((h) => [h.id, h.score])).toEqual([
      ["b", 240],
      ["a", 235],
    ]);
    expect(search(index, "SEO").map((h) => [h.id, h.matched])).toEqual([
      ["d", "name"],
      ["c", "english"],
    ]);
  });
});
