// Which division flows the national map draws: every pair of 17 divisions can carry a flow,
// and drawn all at once they are a tangle. A limit keeps the largest ones, by count or by
// the share of the total they make up, and says how much of the total that is.

/** `topN` (the N largest), `shareP` (the fewest largest making up P % of the total) or `all`. */
export type FlowLimitSpec = `top${number}` | `share${number}` | "all";

export interface Limited<T> {
  /** Kept flows, largest first. */
  kept: T[];
  /** Flows before the limit. */
  candidates: number;
  /** Share of the candidates' summed value the kept flows carry (1 when nothing is left out). */
  share: number;
}

/** Keeps the `limit` largest (ties: earlier first, so the order is stable). */
export function limitFlows<T>(flows: readonly T[], value: (flow: T) => number, limit: FlowLimitSpec): Limited<T> {
  const ranked = flows.map((flow, i) => ({ flow, v: value(flow), i })).sort((a, b) => b.v - a.v || a.i - b.i);
  const total = ranked.reduce((sum, r) => sum + r.v, 0);
  let count = ranked.length;
  if (limit.startsWith("top")) count = Math.min(count, Number(limit.slice(3)));
  else if (limit.startsWith("share")) {
    // The fewest flows whose sum reaches the share: the smallest picture that states it.
    const target = (Number(limit.slice(5)) / 100) * total;
    let sum = 0;
    count = 0;
    while (count < ranked.length && sum < target) sum += ranked[count++]!.v;
  }
  const kept = ranked.slice(0, count);
  const keptSum = kept.reduce((sum, r) => sum + r.v, 0);
  return { kept: kept.map((r) => r.flow), candidates: ranked.length, share: total > 0 ? keptSum / total : 1 };
}
