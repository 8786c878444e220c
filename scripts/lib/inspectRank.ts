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
import type { Dataset, Vintage } from "../../src/model/types.ts";

export function rankingJson(dataset: Dataset, vintage: Vintage) {
  const graph = buildGraph(dataset, { positions: new Map() });
  const { tiers, labels } = rankingLookups(graph);
  const ranked = scoreCompanies(crossRegionalStats(graph, vintage), tiers, labels, DEFAULT_WEIGHTS);
  const check = designationCheck(ranked);
  return {
    vintage,
    weights: { ...DEFAULT_WEIGHTS },
    formula: formulaText(DEFAULT_WEIGHTS, "en").split("\n"),
    companies: rankingToJson(ranked),
    designation: { ...check, lookalikes: check.lookalikes.map((l) => ({ ...l, tier: l.tier ?? null })) },
  };
}
