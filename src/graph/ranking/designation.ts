// Checks the designation against the score: where the designated companies land, and which
// companies score like them without being designated. The score can only say "looks like";
// the ministry also weighed things no link file holds (plans, finances), so this is a prompt
// for a question, not a verdict.
//
// "Scores like the designated ones" means: not designated, a score above 0, and ranked within
// the first N places, N being the number of designated companies (the places a designation of
// that size would fill by score alone), ties sharing a place: a company tied with the N-th is
// ranked N too. So there are no more lookalikes than designated companies, ties at the N-th
// place aside, however large the network. An earlier rule (anyone scoring at least the
// lowest-ranked designated company) listed 1,993 of 2,000 companies once a designated company
// scored 0.
import type { RankedCompany } from "./types.ts";

export interface DesignatedPlace {
  id: string;
  name: string;
  division: string;
  rank: number;
  score: number;
  /** Share of the other companies scoring strictly lower, 0..100 (100 for a lone company). */
  percentile: number;
}

export interface Lookalike {
  id: string;
  name: string;
  division: string;
  tier: string | undefined;
  rank: number;
  score: number;
}

export interface DesignationCheck {
  companies: number;
  /** Designated companies in rank order. */
  designated: DesignatedPlace[];
  /** N: how many are designated, and so how many top ranks "should" be theirs. */
  topN: number;
  designatedInTopN: number;
  /**
   * The middle rank(s) of the designated companies: the middle one twice for an odd count, the
   * two middle ones for an even count (never their mean: "95,827.5위" is no place anyone holds);
   * [0, 0] when none.
   */
  medianRanks: readonly [number, number];
  /** Rank of the lowest-ranked designated company; 0 when none. */
  worstRank: number;
  /** Score at rank N, the last place a lookalike can hold; null when none is designated. */
  threshold: number | null;
  /** Not designated, scoring above 0 and ranked within the first N, in rank order (at most N). */
  lookalikes: Lookalike[];
}

/** `ranked` as scoreCompanies returns it; it is re-sorted by rank, never mutated. */
export function designationCheck(ranked: readonly RankedCompany[]): DesignationCheck {
  const rows = [...ranked].sort((a, b) => a.rank - b.rank);
  const n = rows.length;
  const designatedRows = rows.filter((r) => r.designated);
  const topN = designatedRows.length;
  const lowest = designatedRows.at(-1);
  const threshold = topN > 0 ? rows[topN - 1]!.score : null;
  const middle = topN >> 1;
  const medianRanks: readonly [number, number] =
    topN === 0 ? [0, 0] : topN % 2 === 1 ? [designatedRows[middle]!.rank, designatedRows[middle]!.rank] : [designatedRows[middle - 1]!.rank, designatedRows[middle]!.rank];

  // Companies scoring strictly lower than `score`: rows are in descending score order.
  const lowerThan = (score: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]!.score >= score) lo = mid + 1;
      else hi = mid;
    }
    return n - lo;
  };

  return {
    companies: n,
    designated: designatedRows.map((r) => ({
      id: r.id,
      name: r.name,
      division: r.division,
      rank: r.rank,
      score: r.score,
      percentile: n <= 1 ? 100 : (lowerThan(r.score) / (n - 1)) * 100,
    })),
    topN,
    designatedInTopN: designatedRows.filter((r) => r.rank <= topN).length,
    medianRanks,
    worstRank: lowest?.rank ?? 0,
    threshold,
    // By rank, not position: a company tied with the N-th shares its place and is in.
    lookalikes: rows
      .filter((r) => r.rank <= topN && !r.designated && r.score > 0)
      .map((r) => ({ id: r.id, name: r.name, division: r.division, tier: r.tier, rank: r.rank, score: r.score })),
  };
}
