// 100k made-up names: every match is found (checked against initials written by hand), and the
// first ones come in the documented order. No timing here: scripts/bench/search.ts measures.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/graph/search/buildIndex.ts";
import { search } from "../../../src/graph/search/search.ts";

const PREFIXES: Array<[string, string, string]> = [
  ["대한", "ㄷㅎ", "daehan"], ["한빛", "ㅎㅂ", "hanbit"], ["세진", "ㅅㅈ", "sejin"], ["동양", "ㄷㅇ", "dongyang"],
  ["미래", "ㅁㄹ", "mirae"], ["우리", "ㅇㄹ", "uri"], ["신성", "ㅅㅅ", "sinseong"], ["태광", "ㅌㄱ", "taegwang"],
  ["성우", "ㅅㅇ", "seongu"], ["대성", "ㄷㅅ", "daeseong"], ["삼진", "ㅅㅈ", "samjin"], ["금강", "ㄱㄱ", "geumgang"],
];
const SUFFIXES: Array<[string, string, string]> = [
  ["정밀", "ㅈㅁ", "precision"], ["산업", "ㅅㅇ", "industrial"], ["테크", "ㅌㅋ", "tech"], ["전자", "ㅈㅈ", "electronics"],
  ["바이오", "ㅂㅇㅇ", "bio"], ["소재", "ㅅㅈ", "materials"], ["에너지", "ㅇㄴㅈ", "energy"], ["화학", "ㅎㅎ", "chemical"],
];
const N = 100_000;

interface Made {
  id: string;
  name: string;
  nameEn?: string;
  /** Oracle: folded name, its initials, folded English name. */
  folded: string;
  initials: string;
  english: string;
}

function made(): Made[] {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const out: Made[] = [];
  for (let i = 0; i < N; i++) {
    const [p, pi, pe] = PREFIXES[next(PREFIXES.length)]!;
    const [s, si, se] = SUFFIXES[next(SUFFIXES.length)]!;
    const n = String(i + 1);
    const form = next(10);
    const name = form === 0 ? `(주)${p}${s} ${n}` : form === 1 ? `주식회사 ${p}${s} ${n}` : `${p}${s} ${n}`;
    const english = form < 5 ? `${pe} ${se} ${n}` : "";
    out.push({
      id: `syn-${n.padStart(6, "0")}`,
      name,
      ...(english ? { nameEn: `${english} Co., Ltd.` } : {}),
      folded: `${p}${s}${n}`,
      initials: `${pi}${si}${n}`,
      english: english.replaceAll(" ", ""),
    });
  }
  return out;
}

const entries = made();
const index = buildSearchIndex(entries);
const all = (query: string) => search(index, query, Number.POSITIVE_INFINITY);
const idsOf = (list: readonly Made[]) => list.map((e) => e.id).sort();

describe("search over 100k names", () => {
  it("indexes every name", () => {
    expect(index.size).toBe(N);
  });

  it("finds every name holding the initials", () => {
    for (const query of ["ㄷㅎㅈㅁ", "ㅅㅈㅅㅈ", "ㅎㅎ77", "ㅇㄹㅂㅇㅇ1"]) {
      const expected = entries.filter((e) => e.initials.includes(query));
      expect(expected.length, query).toBeGreaterThan(0);
      expect(all(query).map((h) => h.id).sort(), query).toEqual(idsOf(expected));
    }
  });

  it("finds every name holding the syllables, English name or id", () => {
    const cases: Array<[string, (e: Made) => boolean]> = [
      ["대한정밀", (e) => e.folded.includes("대한정밀")],
      ["진소재12", (e) => e.folded.includes("진소재12")],
      ["sejin tech", (e) => e.english.includes("sejintech")],
      ["syn-0123", (e) => e.id.includes("syn-0123")],
    ];
    for (const [query, keep] of cases) {
      const expected = entries.filter(keep);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(all(query).map((h) => h.id).sort(), query).toEqual(idsOf(expected));
    }
  });

  it("returns the first twenty in order: shortest name, then code order", () => {
    const query = "ㄷㅎㅈㅁ";
    const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = entries
      .filter((e) => e.initials.startsWith(query))
      .sort((a, b) => a.folded.length - b.folded.length || code(a.folded, b.folded))
      .slice(0, 20)
      .map((e) => e.id);
    const hits = search(index, query);
    expect(hits.map((h) => h.id)).toEqual(expected);
    expect(new Set(hits.map((h) => `${h.score} ${h.matched}`))).toEqual(new Set(["220 initials"]));
  });

  it("ranks an exact name first among thousands of prefixes", () => {
    const target = entries[41]!;
    const hits = search(index, target.name);
    expect(hits[0]).toEqual({ id: target.id, score: 340, matched: "name" });
    expect(search(index, target.initials)[0]).toEqual({ id: target.id, score: 320, matched: "initials" });
  });
});
