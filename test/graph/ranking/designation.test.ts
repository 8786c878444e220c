import { describe, expect, it } from "vitest";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { DEFAULT_WEIGHTS } from "../../../src/graph/ranking/weights.ts";
import { designationCheck } from "../../../src/graph/ranking/designation.ts";
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
const byId = (ranked: RankedCompany[], id: string) => ranked.find((r) => r.id === id)!;

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
