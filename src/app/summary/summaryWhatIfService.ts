// Summary mode's what-if: a removal chosen on screen is answered by the summary worker from the
// bundle's national tables (graph/summary/nationalWhatIf.ts), never by the ego networks the
// graph holds. The answer lands in the store tied to its removal and vintage; the map, the
// status line and the panel read it from there, and an answer that comes after the user moved
// on is dropped.
import type { AtlasStore } from "../../state/store.ts";
import type { KnownLink } from "../../graph/summary/nationalWhatIf.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { LinkType } from "../../model/types.ts";
import type { SummaryService } from "./summaryService.ts";

/** Companies shown in the what-if's ranking. */
export const WHAT_IF_RANKS = 20;

/** The links the graph holds of `ids`, summed per partner and type (the worker uses those of ego companies only). */
export function knownLinksOf(graph: SupplyGraph | null, ids: readonly string[]): KnownLink[] {
  if (!graph) return [];
  const out: KnownLink[] = [];
  for (const company of ids) {
    if (!graph.hasNode(company)) continue;
    const sums = new Map<string, KnownLink>();
    graph.forEachEdge(company, (_edge, link, source, target) => {
      const partner = source === company ? target : source;
      const key = `${partner}\u0000${link.linkType}`;
      let sum = sums.get(key);
      if (!sum) sums.set(key, (sum = { company, partner, type: link.linkType as LinkType, links: 0, weight: 0 }));
      sum.links++;
      sum.weight += link.weight ?? 0;
    });
    out.push(...sums.values());
  }
  return out;
}

export function startSummaryWhatIf(store: AtlasStore, summaries: SummaryService): () => void {
  const ask = () => {
    const s = store.getState();
    const { removal, vintage, summary } = s;
    if (!summary || !removal) {
      if (s.summaryImpact) s.setSummaryImpact(null);
      return;
    }
    const current = s.summaryImpact;
    if (current && current.removal === removal && current.vintage === vintage && current.weights === s.rankingWeights) return;
    const port = summaries.port();
    if (!port) return; // the ego networks are still read; asked again when they are in
    const weights = s.rankingWeights;
    s.setSummaryImpact({ removal, vintage, weights, impact: null, error: null });
    const request = {
      companies: removal.companies, division: removal.division, vintage, weights, shown: WHAT_IF_RANKS,
      knownLinks: knownLinksOf(s.graph, removal.companies),
    };
    const still = () => {
      const now = store.getState().summaryImpact;
      return now !== null && now.removal === removal && now.vintage === vintage && now.weights === weights;
    };
    port.whatIf(request).then(
      (impact) => still() && store.getState().setSummaryImpact({ removal, vintage, weights, impact, error: null }),
      (error: unknown) => still() && store.getState().setSummaryImpact({ removal, vintage, weights, impact: null, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  ask();
  return store.subscribe((state, previous) => {
    if (
      state.removal !== previous.removal || state.vintage !== previous.vintage || state.summary !== previous.summary ||
      state.rankingWeights !== previous.rankingWeights
    ) ask();
  });
}
