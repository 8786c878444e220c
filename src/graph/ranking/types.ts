// Types of the super-regional ranking: what it reads, how it is weighted, what it returns.
import type { CompanyMetrics } from "../metrics/types.ts";
import type { DivisionCode, LinkType } from "../../model/types.ts";

/**
 * The only metrics the score reads. CompanyMetrics satisfies it, and so does the lighter
 * crossRegionalStats(), which the CLI uses so it need not run pagerank or betweenness.
 */
export type RankingInput = Pick<CompanyMetrics, "id" | "partnerDivisions" | "cross">;

/**
 * Flat so a store and a row of sliders can hold it as is. Type weights are relative
 * (only their ratios matter); `breadth` is the share of breadth in each type's value,
 * the rest (1 - breadth) going to volume.
 */
export interface RankingWeights {
  technology: number;
  production: number;
  sales: number;
  other: number;
  /** 0 = volume only, 1 = breadth only. */
  breadth: number;
}

/** Name and division shown next to a score; the metrics carry neither. */
export interface CompanyLabel {
  name: string;
  division: DivisionCode;
}

/** One link type's share of a score, each 0..1. */
export interface ScorePart {
  /** Mean of partner companies elsewhere and partner divisions, each over its maximum. */
  breadth: number;
  /** Mean of cross-division links and their weight, each over its maximum. */
  volume: number;
  /** breadth * w.breadth + volume * (1 - w.breadth). */
  value: number;
}

export interface RankedCompany {
  id: string;
  name: string;
  division: DivisionCode;
  tier: string | undefined;
  /** 1-based competition rank: companies with equal scores share it (1, 2, 2, 4); the listing order breaks ties (see compareRanked). */
  rank: number;
  /** Weighted mean of the type values, 0..1. */
  score: number;
  parts: Record<LinkType, ScorePart>;
  /** Named a super-regional leading company (tier "super-regional"). */
  designated: boolean;
}
