// Default weights of the super-regional score and the one place partial weights are checked.
import { LINK_TYPES } from "../../model/types.ts";
import type { RankingWeights } from "./types.ts";

/**
 * The ministry named technology cooperation, production and sales as the three kinds of
 * collaboration it scored, with no stated priority: equal weights, "other" left out, and
 * breadth and volume counted alike.
 */
export const DEFAULT_WEIGHTS: Readonly<RankingWeights> = Object.freeze({
  technology: 1,
  production: 1,
  sales: 1,
  other: 0,
  breadth: 0.5,
});

/** Fills missing weights from DEFAULT_WEIGHTS; throws on a weight the formula cannot use. */
export function resolveWeights(partial: Partial<RankingWeights> | null | undefined = {}): RankingWeights {
  const weights: RankingWeights = { ...DEFAULT_WEIGHTS };
  for (const key of [...LINK_TYPES, "breadth"] as const) {
    const value = partial?.[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) throw new Error(`graph/ranking: weight '${key}' must be a finite number >= 0 (got ${value})`);
    weights[key] = value;
  }
  if (weights.breadth > 1) throw new Error(`graph/ranking: breadth share must lie in [0, 1] (got ${weights.breadth})`);
  if (LINK_TYPES.every((t) => weights[t] === 0)) throw new Error("graph/ranking: at least one link type needs a weight above 0");
  return weights;
}
