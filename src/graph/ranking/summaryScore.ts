// The super-regional score from a summary bundle's company columns: the same formula, the same
// maxima and the same tie order as scoreCompanies, for a million companies without a million
// objects. The per-company arithmetic is score.ts's own (`part`, `weightedScore`), fed one
// reused input object per row, so the two cannot drift apart.

import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import type { SummaryNumbers } from "../summary/columns.ts";
import { competitionRanks, maxima, part, weightedScore } from "./score.ts";
import type { RankingInput, RankingWeights, ScorePart } from "./types.ts";
import { resolveWeights } from "./weights.ts";

export interface SummaryRanking {
  /** Score of row i, 0..1. */
  scores: Float64Array;
  /** Rows in rank order (rank 1 first). */
  order: Uint32Array;
  /** 1-based competition rank of row i: equal scores share the rank (1, 2, 2, 4). */
  rank: Uint32Array;
}

const TYPES = [...LINK_TYPES, "all"] as const;

/** One input object, refilled for each row. */
function rowInput(numbers: SummaryNumbers): { input: RankingInput; fill: (i: number) => RankingInput } {
  const cross = Object.fromEntries(TYPES.map((t) => [t, { partners: 0, links: 0, weight: 0 }])) as RankingInput["cross"];
  const input = { id: "", partnerDivisions: 0, cross };
  return {
    input,
    fill(i) {
      input.partnerDivisions = numbers.partnerDivisions[i]!;
      for (const t of TYPES) {
        const c = numbers.cross[t];
        const stat = cross[t];
        stat.partners = c.partners[i]!;
        stat.links = c.links[i]!;
        stat.weight = c.weight[i]!;
      }
      return input;
    },
  };
}

/** The parts of row i's score (what the ranking table shows beside it). */
export function summaryParts(numbers: SummaryNumbers, i: number, weights: Partial<RankingWeights>, max: ReturnType<typeof maxima>): Record<LinkType, ScorePart> {
  return summaryPartsOf(numbers, weights, max)(i);
}

/** summaryParts for many rows: the weights checked once and one input object refilled (a million rows of the national ranking download). */
export function summaryPartsOf(numbers: SummaryNumbers, weights: Partial<RankingWeights>, max: ReturnType<typeof maxima>): (i: number) => Record<LinkType, ScorePart> {
  const w = resolveWeights(weights);
  const { fill } = rowInput(numbers);
  return (i) => {
    const row = fill(i);
    const parts = {} as Record<LinkType, ScorePart>;
    for (const t of LINK_TYPES) parts[t] = part(row, t, max, w.breadth);
    return parts;
  };
}

/** The maxima over every row: what each number of the formula is divided by. */
export function summaryMaxima(numbers: SummaryNumbers): ReturnType<typeof maxima> {
  const n = numbers.score.length;
  const { fill } = rowInput(numbers);
  return maxima({
    *[Symbol.iterator]() {
      for (let i = 0; i < n; i++) yield fill(i);
    },
  });
}

/**
 * Scores every row with `weights` and ranks them: score first, then more cross-division links,
 * then the smaller id in code-point order (as compareRanked). Throws on weights resolveWeights rejects.
 */
export function scoreSummary(ids: readonly string[], numbers: SummaryNumbers, weights: Partial<RankingWeights> = {}): SummaryRanking {
  const w = resolveWeights(weights);
  const n = numbers.score.length;
  const max = summaryMaxima(numbers);
  const total = LINK_TYPES.reduce((sum, t) => sum + w[t], 0);
  const { fill } = rowInput(numbers);
  const scores = new Float64Array(n);
  const parts = {} as Record<LinkType, ScorePart>;
  for (let i = 0; i < n; i++) {
    const row = fill(i);
    for (const t of LINK_TYPES) parts[t] = part(row, t, max, w.breadth);
    scores[i] = weightedScore(parts, w, total);
  }
  const links = numbers.cross.all.links;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    if (scores[a] !== scores[b]) return scores[b]! - scores[a]!;
    if (links[a] !== links[b]) return links[b]! - links[a]!;
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const byPlace = competitionRanks(n, (k) => scores[order[k]!]!);
  const rank = new Uint32Array(n);
  order.forEach((row, k) => (rank[row] = byPlace[k]!));
  return { scores, order, rank };
}
