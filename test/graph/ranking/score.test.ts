import { describe, expect, it } from "vitest";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { DEFAULT_WEIGHTS } from "../../../src/graph/ranking/weights.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import type { RankedCompany, RankingWeights } from "../../../src/graph/ranking/types.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { graphOf, RANKING_DATASET } from "./fixture.ts";

const graph = graphOf(RANKING_DATASET);
const { tiers, labels } = rankingLookups(graph);
const rank = (weights: Partial<RankingWeights> = DEFAULT_WEIGHTS, vintage: Vintage = "2023") =>
  scoreCompanies(crossRegionalStats(graph, vintage), tiers, labels, weights);
const order = (ranked: RankedCompany[]) => ranked.map((r) => r.id).join("");
const byId = (ranked: RankedCompany[], id: string) => ranked.find((r) => r.id === id)!;

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
