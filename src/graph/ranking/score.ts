// The super-regional score: how much a company collaborates with companies in OTHER divisions,
// per link type, in a form a planner can recompute by hand from the company's numbers.
//
//   value_t = b * breadth_t + (1 - b) * volume_t                         (b = weights.breadth)
//   breadth_t = (P_t / max P_t + D / max D) / 2   when P_t > 0, else 0
//   volume_t  = (L_t / max L_t + W_t / max W_t) / 2, or L_t / max L_t when no type-t link has a weight
//   score = sum_t w_t * value_t / sum_t w_t
//
// P_t distinct partner companies elsewhere linked by type t, D distinct partner divisions (all
// types: the metrics do not split it by type, so it counts towards each type the company has
// partners elsewhere in), L_t cross-division links of type t, W_t their summed weight. Maxima
// are over all companies scored, per type.
//
// Why divide by the maximum rather than use percentiles: the ratio to the leader keeps
// proportions (twice the links is twice the volume) and can be checked with one division;
// percentiles would tie the many companies with no cross links and hide how far apart the
// leaders are. Normalising per type keeps the type weights honest: production links are more
// numerous than technology ones and would otherwise outweigh them whatever the weights say.
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import type { CompanyLabel, RankedCompany, RankingInput, RankingWeights, ScorePart } from "./types.ts";
import { resolveWeights } from "./weights.ts";

type Maxima = Record<LinkType, { partners: number; links: number; weight: number }>;

/** What each number is divided by: its largest value over the companies scored. */
export function maxima(metrics: Iterable<RankingInput>): { byType: Maxima; divisions: number } {
  const byType = Object.fromEntries(LINK_TYPES.map((t) => [t, { partners: 0, links: 0, weight: 0 }])) as Maxima;
  let divisions = 0;
  for (const m of metrics) {
    divisions = Math.max(divisions, m.partnerDivisions);
    for (const t of LINK_TYPES) {
      const max = byType[t];
      const stat = m.cross[t];
      max.partners = Math.max(max.partners, stat.partners);
      max.links = Math.max(max.links, stat.links);
      max.weight = Math.max(max.weight, stat.weight);
    }
  }
  return { byType, divisions };
}

const ratio = (value: number, max: number) => (max > 0 ? value / max : 0);

export function part(m: RankingInput, t: LinkType, max: ReturnType<typeof maxima>, b: number): ScorePart {
  const stat = m.cross[t];
  const top = max.byType[t];
  const breadth = stat.partners > 0 ? (ratio(stat.partners, top.partners) + ratio(m.partnerDivisions, max.divisions)) / 2 : 0;
  const links = ratio(stat.links, top.links);
  const volume = top.weight > 0 ? (links + ratio(stat.weight, top.weight)) / 2 : links;
  return { breadth, volume, value: b * breadth + (1 - b) * volume };
}

/** The weighted mean of the type values: one function, so every scorer sums in the same order. */
export function weightedScore(parts: Record<LinkType, ScorePart>, w: RankingWeights, total: number): number {
  return LINK_TYPES.reduce((sum, t) => sum + w[t] * parts[t].value, 0) / total;
}

/**
 * Competition ranks ("1, 2, 2, 4") of scores listed best first: an equal score shares the rank
 * of the first company holding it, so 548 companies scoring 0 share one rank rather than taking
 * arbitrary distinct ones. `scoreAt(k)` is the k-th score in order.
 */
export function competitionRanks(count: number, scoreAt: (k: number) => number): Uint32Array {
  const ranks = new Uint32Array(count);
  for (let k = 0; k < count; k++) ranks[k] = k > 0 && scoreAt(k) === scoreAt(k - 1) ? ranks[k - 1]! : k + 1;
  return ranks;
}

/** Listing order: score first; ties go to more cross-division links, then to the smaller id (code-point order). Equal scores still share a rank. */
function compareRanked(a: Omit<RankedCompany, "rank">, b: Omit<RankedCompany, "rank">, linksA: number, linksB: number): number {
  if (a.score !== b.score) return b.score - a.score;
  if (linksA !== linksB) return linksB - linksA;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Scores and ranks every company in `metrics`. `tiers` and `labels` are keyed by company id
 * (rankingLookups(graph) builds both); a company missing from `labels` shows its id and no
 * division rather than failing the whole table. Throws on weights resolveWeights rejects.
 */
export function scoreCompanies(
  metrics: readonly RankingInput[],
  tiers: ReadonlyMap<string, string | undefined>,
  labels: ReadonlyMap<string, CompanyLabel>,
  weights: Partial<RankingWeights> = {},
): RankedCompany[] {
  const w = resolveWeights(weights);
  const max = maxima(metrics);
  const total = LINK_TYPES.reduce((sum, t) => sum + w[t], 0);
  const rows = metrics.map((m) => {
    const parts = Object.fromEntries(LINK_TYPES.map((t) => [t, part(m, t, max, w.breadth)])) as Record<LinkType, ScorePart>;
    const score = weightedScore(parts, w, total);
    const label = labels.get(m.id);
    const tier = tiers.get(m.id);
    const row = { id: m.id, name: label?.name ?? m.id, division: label?.division ?? "", tier, score, parts, designated: tier === "super-regional" };
    return { row, links: m.cross.all.links };
  });
  rows.sort((a, b) => compareRanked(a.row, b.row, a.links, b.links));
  const ranks = competitionRanks(rows.length, (k) => rows[k]!.row.score);
  return rows.map(({ row: r }, i) => ({ id: r.id, name: r.name, division: r.division, tier: r.tier, rank: ranks[i]!, score: r.score, parts: r.parts, designated: r.designated }));
}
