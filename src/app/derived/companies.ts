// How companies are drawn, from the graph and its metrics: colours by industry or by a data
// column, the communities of the current metrics, and sizes by a metric or the ranking score.
import type { SupplyGraph } from "../../graph/types.ts";
import { attributeValue, categoricalColumns, type CategoricalColumn } from "../../graph/build/categories.ts";
import { summariseCommunities, type CommunitySummary } from "../../graph/metrics/communitySummary.ts";
import type { MetricsResult } from "../../graph/metrics/types.ts";
import { rankingLookups } from "../../graph/ranking/lookups.ts";
import { scoreCompanies } from "../../graph/ranking/score.ts";
import { categoryPalette, industryPalette } from "../../style/palette.ts";
import { currentMetrics } from "../../state/analyticsSlice.ts";
import type { AtlasState } from "../../state/store.ts";
import { memoLast } from "../../schedule/memo.ts";

export interface CompanyValues {
  industryColors(graph: SupplyGraph | null): ReadonlyMap<string, string>;
  /** Kept data columns with few distinct values: what companies can be coloured by. */
  categoricalColumns(graph: SupplyGraph | null): readonly CategoricalColumn[];
  /** Colours of a categorical column's values (the eight most common), for colouring by attribute. */
  attributeColors(graph: SupplyGraph | null, column: string | null): ReadonlyMap<string, string>;
  /** Communities of the current metrics, largest first; null before metrics are computed. */
  communities(state: AtlasState): readonly CommunitySummary[] | null;
  /** Company id -> its size metric relative to the largest (0..1); null when sizes are fixed or metrics missing. */
  nodeSizes(state: AtlasState): { relative: ReadonlyMap<string, number>; max: number } | null;
}

export function companyValues(): CompanyValues {
  const communitiesOf = memoLast((graph: SupplyGraph | null, metrics: MetricsResult | null): readonly CommunitySummary[] | null =>
    graph && metrics ? summariseCommunities(graph, metrics.companies) : null,
  );

  const sizesOf = memoLast((graph: SupplyGraph | null, metrics: MetricsResult | null, by: AtlasState["nodeSizeBy"], weights: AtlasState["rankingWeights"]) => {
    if (!graph || !metrics || by === "fixed") return null;
    const values = new Map<string, number>();
    if (by === "score") {
      const lookups = rankingLookups(graph);
      for (const r of scoreCompanies(metrics.companies, lookups.tiers, lookups.labels, weights)) values.set(r.id, r.score);
    } else {
      for (const m of metrics.companies) values.set(m.id, m[by]);
    }
    let max = 0;
    for (const v of values.values()) if (v > max) max = v;
    const relative = new Map<string, number>();
    for (const [id, v] of values) relative.set(id, max > 0 ? Math.max(0, v) / max : 0);
    return { relative, max };
  });

  return {
    industryColors: memoLast((graph: SupplyGraph | null): ReadonlyMap<string, string> =>
      graph ? industryPalette(graph.mapNodes((_n, a) => a.company.industry)) : new Map(),
    ),
    categoricalColumns: memoLast((graph: SupplyGraph | null) => (graph ? categoricalColumns(graph) : [])),
    attributeColors: memoLast((graph: SupplyGraph | null, column: string | null): ReadonlyMap<string, string> =>
      graph && column ? categoryPalette(graph.mapNodes((_n, a) => attributeValue(a.company.attributes, column))) : new Map(),
    ),
    communities: (s) => communitiesOf(s.graph, currentMetrics(s)),
    nodeSizes: (s) => sizesOf(s.graph, currentMetrics(s), s.nodeSizeBy, s.rankingWeights),
  };
}
