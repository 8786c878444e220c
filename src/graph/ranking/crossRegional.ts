// The cross-regional part of CompanyMetrics, on its own: what the ranking reads and nothing
// else, so `inspect --rank` need not run pagerank, betweenness and communities.
// Same definitions as src/graph/metrics/types.ts; to be folded into computeMetrics.
import { LINK_TYPES, type LinkType, type Vintage } from "../../model/types.ts";
import { toVintage } from "../../regions/divisions.ts";
import type { CrossRegionalStat } from "../metrics/types.ts";
import type { KeepEdge } from "../flowInputs.ts";
import type { SupplyGraph } from "../types.ts";
import type { RankingInput } from "./types.ts";

const emptyStat = (): CrossRegionalStat => ({ partners: 0, links: 0, weight: 0 });

/**
 * One entry per company, in graph order. A link is cross-regional when its two ends lie in
 * different divisions of `vintage` (in "2026-07" Gwangju-Jeonnam links are not). A partner
 * linked both ways, or by several links, counts once per type and once in "all".
 */
export function crossRegionalStats(graph: SupplyGraph, vintage: Vintage, keepEdge?: KeepEdge): RankingInput[] {
  const out: RankingInput[] = [];
  const partners = Object.fromEntries(LINK_TYPES.map((t) => [t, new Set<string>()])) as Record<LinkType, Set<string>>;
  const allPartners = new Set<string>();
  const divisions = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const home = toVintage(attributes.division, vintage);
    const cross = Object.fromEntries([...LINK_TYPES, "all"].map((t) => [t, emptyStat()])) as RankingInput["cross"];
    graph.forEachEdge(node, (edge, link, source, target, sourceAttributes, targetAttributes) => {
      if (keepEdge && !keepEdge(edge, link)) return;
      const [partner, partnerAttributes] = source === node ? [target, targetAttributes] : [source, sourceAttributes];
      const there = toVintage(partnerAttributes.division, vintage);
      if (there === home) return;
      for (const stat of [cross[link.linkType], cross.all]) {
        stat.links++;
        stat.weight += link.weight ?? 0;
      }
      partners[link.linkType].add(partner);
      allPartners.add(partner);
      divisions.add(there);
    });
    for (const t of LINK_TYPES) {
      cross[t].partners = partners[t].size;
      partners[t].clear();
    }
    cross.all.partners = allPartners.size;
    out.push({ id: node, partnerDivisions: divisions.size, cross });
    allPartners.clear();
    divisions.clear();
  });
  return out;
}
