import { currentMetrics } from "../../state/analyticsSlice.ts";
import { useMemo } from "react";
import { scoreCompanies } from "../../graph/ranking/score.ts";
import { rankingLookups } from "../../graph/ranking/lookups.ts";
import { resolveWeights } from "../../graph/ranking/weights.ts";
import type { RankedCompany, RankingWeights } from "../../graph/ranking/types.ts";
import { useAtlas } from "../useAtlas.ts";

/** The ranking of the shown graph under the current weights; null until metrics exist. */
export function useRanking(): { ranked: RankedCompany[]; weights: RankingWeights } | null {
  const graph = useAtlas((s) => s.graph);
  const metrics = useAtlas(currentMetrics);
  const stored = useAtlas((s) => s.rankingWeights);
  const lookups = useMemo(() => (graph ? rankingLookups(graph) : null), [graph]);
  return useMemo(() => {
    if (!metrics || !lookups) return null;
    const weights = resolveWeights(stored);
    return { ranked: scoreCompanies(metrics.companies, lookups.tiers, lookups.labels, weights), weights };
  }, [metrics, lookups, stored]);
}
