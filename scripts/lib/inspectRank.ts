// What `inspect --rank` prints, built without side effects so it is tested in-process.
// Only the cross-regional numbers are computed (crossRegionalStats), not the full metrics:
// the score reads nothing else, and betweenness would cost seconds on a large file.

import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { crossRegionalStats } from "../../src/graph/ranking/crossRegional.ts";
import { DEFAULT_WEIGHTS } from "../../src/graph/ranking/weights.ts";
import { designationCheck } from "../../src/graph/ranking/designation.ts";
import { formulaText } from "../../src/graph/ranking/formula.ts";
import { rankingLookups } from "../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../src/graph/ranking/score.ts";
import { rankingToJson } from "../../src/io/write/rankingCsv.ts";
import type { Dataset } from "../../src/model/types.ts";
import { levelOf, vintageOf, type RegionScale } from "../../src/model/scale.ts";

/**
 * The ranking by collaboration across the regions of `scale`. At a level other than the
 * divisions, each company also carries its rank by collaboration across divisions, so a
 * designated company's place under both is read side by side.
 */
export function rankingJson(dataset: Dataset, scale: RegionScale) {
  const graph = buildGraph(dataset, { positions: new Map() });
  const { tiers, labels } = rankingLookups(graph);
  const rankAt = (s: RegionScale) => scoreCompanies(crossRegionalStats(graph, s), tiers, labels, DEFAULT_WEIGHTS);
  const ranked = rankAt(scale);
  const check = designationCheck(ranked);
  const byDivision = levelOf(scale) === "division" ? null : new Map(rankAt(vintageOf(scale)).map((r) => [r.id, r.rank]));
  const companies = rankingToJson(ranked).map((c) => (byDivision ? { ...c, rankAcrossDivisions: byDivision.get(c.id) ?? null } : c));
  return {
    vintage: vintageOf(scale),
    level: levelOf(scale),
    weights: { ...DEFAULT_WEIGHTS },
    formula: formulaText(DEFAULT_WEIGHTS, "en").split("\n"),
    companies,
    designation: { ...check, lookalikes: check.lookalikes.map((l) => ({ ...l, tier: l.tier ?? null })) },
  };
}
