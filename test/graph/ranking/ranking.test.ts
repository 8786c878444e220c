import { describe, expect, it } from "vitest";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { DEFAULT_WEIGHTS, resolveWeights } from "../../../src/graph/ranking/weights.ts";
import { designationCheck } from "../../../src/graph/ranking/designation.ts";
import { formulaText } from "../../../src/graph/ranking/formula.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import type { RankedCompany, RankingWeights } from "../../../src/graph/ranking/types.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { graphOf, RANKING_DATASET } from "./fixture.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";

const graph = graphOf(RANKING_DATASET);
const { tiers, labels } = rankingLookups(graph);
const rank = (weights: Partial<RankingWeights> = DEFAULT_WEIGHTS, vintage: Vintage = "2023") =>
  scoreCompanies(crossRegionalStats(graph, vintage), tiers, labels, weights);
const order = (ranked: RankedCompany[]) => ranked.map((r) => r.id).join("");
const byId = (ranked: RankedCompany[], id: string) => ranked.find((r) => r.id === id)!;

describe("graph/ranking crossRegionalStats", () => {
  it("counts partners, links and weight with other divisions, per type", () => {
    const stats = new Map(crossRegionalStats(graph, "2023").map((s) => [s.id, s]));
    // a: b and c by technology (10 + 20), d by production (30); f is in its own division.
    expect(stats.get("a")).toMatchObject({
      partnerDivisions: 3,
      cross: {
        technology: { partners: 2, links: 2, weight: 30 },
        production: { partners: 1, links: 1, weight: 30 },
        sales: { partners: 0, links: 0, weight: 0 },
        all: { partners: 3, links: 3, weight: 60 },
      },
    });
    // d: a and c by production (30 + none), e twice by sales: one partner, two links.
    expect(stats.get("d")).toMatchObject({
      partnerDivisions: 3,
      cross: { production: { partners: 2, links: 2, weight: 30 }, sales: { partners: 1, links: 2, weight: 0 }, all: { partners: 3, links: 4 } },
    });
    expect(stats.get("f")).toMatchObject({ partnerDivisions: 0, cross: { all: { partners: 0, links: 0, weight: 0 } } });
  });

  it("treats Gwangju-Jeonnam links as internal in vintage 2026-07", () => {
    const d = crossRegionalStats(graph, "2026-07").find((s) => s.id === "d")!;
    expect(d.partnerDivisions).toBe(2);
    expect(d.cross.sales).toEqual({ partners: 0, links: 0, weight: 0 });
  });
});

describe("graph/ranking scoreCompanies", () => {
  const ranked = rank();

  it("computes each part as worked out by hand", () => {
    // Maxima: technology P 2, L 2, W 30; production P 2, L 2, W 40; sales P 1, L 2, no weight; D 3.
    const a = byId(ranked, "a");
    expect(a.parts.technology).toEqual({ breadth: 1, volume: 1, value: 1 });
    // breadth (1/2 + 3/3)/2, volume (1/2 + 30/40)/2
    expect(a.parts.production).toEqual({ breadth: 0.75, volume: 0.625, value: 0.6875 });
    expect(a.parts.sales).toEqual({ breadth: 0, volume: 0, value: 0 });
    expect(a.score).toBeCloseTo((1 + 0.6875) / 3, 12);
    const b = byId(ranked, "b");
    expect(b.parts.technology.breadth).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    expect(b.parts.technology.volume).toBeCloseTo((1 / 2 + 10 / 30) / 2, 12);
    expect(b.parts.production.value).toBeCloseTo(((1 / 2 + 2 / 3) / 2 + (1 / 2 + 1) / 2) / 2, 12);
    // Sales carry no weight anywhere: volume is links alone, 2/2.
    const e = byId(ranked, "e");
    expect(e.parts.sales).toMatchObject({ volume: 1 });
    expect(e.parts.sales.breadth).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(byId(ranked, "d").score).toBeCloseTo((0.9375 + 1) / 3, 12);
    expect(byId(ranked, "c").score).toBeCloseTo((2 / 3 + 1) / 3, 12);
    expect(byId(ranked, "f").score).toBe(0);
  });

  it("ranks by score, equal scores sharing a rank, and carries name, division, tier and designation", () => {
    // d 0.646, a 0.5625, c 0.556, b 0.389, e 0.278, f and g 0 (no cross links: listed by id, ranked together).
    expect(order(ranked)).toBe("dacbefg");
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 6]);
    expect(byId(ranked, "a")).toMatchObject({ name: "회사a", division: "KR-11", tier: "super-regional", designated: true });
    expect(byId(ranked, "e")).toMatchObject({ tier: undefined, designated: false });
  });

  it("changes the order as the weights say", () => {
    // Technology only: a 1, c 2/3, b 1/2; the rest 0, broken by cross links d 4, e 2, then id.
    expect(order(rank({ technology: 1, production: 0, sales: 0 }))).toBe("acbdefg");
    // Sales only: d 1, e 5/6; zeros a and c (3 cross links each: by id), b (2).
    expect(order(rank({ technology: 0, production: 0, sales: 1 }))).toBe("deacbfg");
    // Production x3: c (2/3 + 3)/5 overtakes a (1 + 3 * 0.6875)/5.
    const heavy = rank({ production: 3 });
    expect(order(heavy)).toBe("dcabefg");
    expect(byId(heavy, "c").score).toBeCloseTo((2 / 3 + 3) / 5, 12);
    // Breadth only: a and c tie at 1.75/3 and both have 3 cross links: a by id.
    const breadth = rank({ breadth: 1 });
    expect(byId(breadth, "a").score).toBe(byId(breadth, "c").score);
    expect(order(breadth)).toBe("dacbefg");
  });

  it("follows the boundary vintage: the merger makes d's sales internal", () => {
    const merged = rank(DEFAULT_WEIGHTS, "2026-07");
    expect(order(merged)).toBe("acbdefg");
    // d keeps production only: breadth (2/2 + 2/3)/2, volume (2/2 + 30/40)/2.
    expect(byId(merged, "d").score).toBeCloseTo(((1 + 2 / 3) / 2 / 2 + 0.875 / 2) / 3, 12);
  });

  it("is deterministic whatever the input order", () => {
    const stats = crossRegionalStats(graph, "2023");
    expect(scoreCompanies([...stats].reverse(), tiers, labels)).toEqual(ranked);
  });

  it("shows the id when a company has no label", () => {
    const r = scoreCompanies(crossRegionalStats(graph, "2023"), new Map(), new Map());
    expect(byId(r, "a")).toMatchObject({ name: "a", division: "", designated: false });
  });
});

describe("graph/ranking weights and formula", () => {
  it("fills defaults and rejects weights the formula cannot use", () => {
    expect(resolveWeights({ sales: 2 })).toEqual({ technology: 1, production: 1, sales: 2, other: 0, breadth: 0.5 });
    expect(resolveWeights(null)).toEqual(DEFAULT_WEIGHTS);
    expect(() => resolveWeights({ breadth: 1.5 })).toThrow(/graph\/ranking: breadth/);
    expect(() => resolveWeights({ sales: -1 })).toThrow(/graph\/ranking: weight 'sales'/);
    expect(() => resolveWeights({ technology: Number.NaN })).toThrow(/graph\/ranking/);
    expect(() => resolveWeights({ technology: 0, production: 0, sales: 0 })).toThrow(/at least one link type/);
  });

  it("states the formula with the weights in force, in both languages", () => {
    const en = formulaText({ sales: 2, breadth: 0.25 }, "en").split("\n");
    expect(en[0]).toBe("score = (1 × Technology cooperation + 1 × Production + 2 × Sales + 0 × Other) ÷ 4");
    expect(en[1]).toBe("value of a type = 0.25 × breadth + 0.75 × volume");
    expect(en).toHaveLength(5);
    const ko = formulaText(DEFAULT_WEIGHTS, "ko").split("\n");
    expect(ko[0]).toBe("점수 = (1 × 기술협력 + 1 × 생산 + 1 × 판매 + 0 × 기타) ÷ 3");
    expect(ko[1]).toBe("유형별 값 = 0.5 × 폭 + 0.5 × 양");
  });
});

describe("graph/ranking designationCheck", () => {
  it("places the designated companies and finds those that score like them", () => {
    const check = designationCheck(rank());
    // a rank 2 (5 of the 6 others lower), c rank 3 (4 of 6).
    expect(check).toMatchObject({ companies: 7, topN: 2, designatedInTopN: 1, medianRanks: [2, 3], worstRank: 3 });
    expect(check.designated.map((p) => [p.id, p.rank])).toEqual([["a", 2], ["c", 3]]);
    expect(check.designated[0]!.percentile).toBeCloseTo((5 / 6) * 100, 10);
    expect(check.designated[1]!.percentile).toBeCloseTo((4 / 6) * 100, 10);
    // The cut is the score at rank N = 2, which a holds.
    expect(check.threshold).toBe(byId(rank(), "a").score);
    expect(check.lookalikes).toEqual([{ id: "d", name: "회사d", division: "KR-29", tier: "regional-innovation", rank: 1, score: byId(rank(), "d").score }]);
  });

  it("lists only non-designated companies in the first N places, never those scoring 0", () => {
    // Sales only: d, e, a, c, b, f, g. Designated a (3) and c (4): d and e hold the top 2.
    const check = designationCheck(rank({ technology: 0, production: 0, sales: 1 }));
    // a and c score 0, as do b, f and g: the old rule (at least the lowest designated score)
    // listed all three too.
    expect(check.lookalikes.map((l) => l.id)).toEqual(["d", "e"]);
    expect(check.designatedInTopN).toBe(0);
    expect(check.designated[0]!.percentile).toBe(0);
  });

  it("stays selective on a large network with designated companies spread over the ranking", () => {
    const big = syntheticGraph(2000, 9000, 5);
    const lookups = rankingLookups(big);
    const ids = big.nodes();
    // Every 50th company designated, wherever it ranks.
    const designatedIds = new Set(ids.filter((_id, i) => i % 50 === 0));
    const bigTiers = new Map([...designatedIds].map((id) => [id, "super-regional"] as const));
    const ranked = scoreCompanies(crossRegionalStats(big, "2023"), bigTiers, lookups.labels);
    const check = designationCheck(ranked);
    expect(check.topN).toBe(designatedIds.size);
    expect(check.worstRank).toBeGreaterThan(ids.length / 2);
    // The old rule (at least the lowest designated score) would name most of the network here.
    const lowest = check.designated.at(-1)!.score;
    expect(ranked.filter((r) => !r.designated && r.score >= lowest).length).toBeGreaterThan(ids.length / 2);
    expect(check.lookalikes.length).toBeLessThanOrEqual(check.topN);
    expect(check.lookalikes.length).toBe(check.topN - check.designatedInTopN);
    for (const l of check.lookalikes) {
      expect(designatedIds.has(l.id)).toBe(false);
      expect(l.rank).toBeLessThanOrEqual(check.topN);
      expect(l.score).toBeGreaterThan(0);
    }
  });

  it("has nothing to check when nobody is designated", () => {
    const check = designationCheck(scoreCompanies(crossRegionalStats(graph, "2023"), new Map(), new Map()));
    expect(check).toMatchObject({ topN: 0, threshold: null, lookalikes: [], designated: [], medianRanks: [0, 0], worstRank: 0 });
  });
});

describe("graph/ranking competition ranks", () => {
  it("gives equal scores one rank and skips the places they fill (1, 2, 2, 4)", async () => {
    const { competitionRanks } = await import("../../../src/graph/ranking/score.ts");
    const scores = [0.9, 0.5, 0.5, 0.2, 0, 0, 0];
    expect(Array.from(competitionRanks(scores.length, (k) => scores[k]!))).toEqual([1, 2, 2, 4, 5, 5, 5]);
    expect(Array.from(competitionRanks(0, () => 0))).toEqual([]);
  });

  it("places designated companies tied at the bottom at their shared rank, and names the two middle ranks", async () => {
    const { competitionRanks } = await import("../../../src/graph/ranking/score.ts");
    const { designationCheck } = await import("../../../src/graph/ranking/designation.ts");
    // Ten companies, the last five scoring 0; designated: the 2nd, the 3rd, and two of the zeros.
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0, 0, 0, 0, 0];
    const ranks = competitionRanks(scores.length, (k) => scores[k]!);
    const designated = new Set([1, 2, 7, 9]);
    const rows = scores.map((score, k) => ({
      id: `c${k}`, name: `c${k}`, division: "KR-11", tier: designated.has(k) ? "super-regional" : undefined,
      rank: ranks[k]!, score, parts: {} as never, designated: designated.has(k),
    }));
    const check = designationCheck(rows);
    expect(check.designated.map((d) => d.rank)).toEqual([2, 3, 6, 6]);
    expect(check.worstRank).toBe(6);
    expect(check.medianRanks).toEqual([3, 6]);
    expect(designationCheck(rows.slice(0, 9)).medianRanks).toEqual([3, 3]);
  });

  it("counts a company tied with the N-th place as ranked within the top N", async () => {
    const { competitionRanks } = await import("../../../src/graph/ranking/score.ts");
    const { designationCheck } = await import("../../../src/graph/ranking/designation.ts");
    // Two designated (N = 2): the first, and one at the bottom; the 2nd and 3rd tie at 0.5.
    const scores = [0.9, 0.5, 0.5, 0.2, 0];
    const ranks = competitionRanks(scores.length, (k) => scores[k]!);
    const designated = new Set([0, 4]);
    const rows = scores.map((score, k) => ({
      id: `c${k}`, name: `c${k}`, division: "KR-11", tier: designated.has(k) ? "super-regional" : undefined,
      rank: ranks[k]!, score, parts: {} as never, designated: designated.has(k),
    }));
    const check = designationCheck(rows);
    expect(check.topN).toBe(2);
    // Both share rank 2: neither is chosen over the other by the order of the rows.
    expect(check.lookalikes.map((l) => [l.id, l.rank])).toEqual([["c1", 2], ["c2", 2]]);
  });
});
