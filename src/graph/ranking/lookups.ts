// The per-company facts the ranking shows but the metrics do not carry: tier, name, division.
import type { SupplyGraph } from "../types.ts";
import type { CompanyLabel } from "./types.ts";

export interface RankingLookups {
  tiers: Map<string, string | undefined>;
  labels: Map<string, CompanyLabel>;
}

/** Divisions are the stored (2023-vintage) codes, as on the nodes. */
export function rankingLookups(graph: SupplyGraph): RankingLookups {
  const tiers = new Map<string, string | undefined>();
  const labels = new Map<string, CompanyLabel>();
  graph.forEachNode((node, attributes) => {
    tiers.set(node, attributes.company.tier);
    labels.set(node, { name: attributes.company.name, division: attributes.division });
  });
  return { tiers, labels };
}
