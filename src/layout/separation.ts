// How well a layout separates communities: links inside a community should be short next to
// links between communities. Pure numbers on flat arrays, so tests, the benchmark and the
// figures in docs/using.md (Cluster maps) measure the same thing.

export interface Separation {
  /** Mean drawn length of links whose ends share a community. */
  inside: number;
  /** Mean drawn length of links joining two communities. */
  between: number;
  /** between ÷ inside: scale-free, larger is better separated; NaN when either kind is missing. */
  ratio: number;
  insideLinks: number;
  betweenLinks: number;
}

/**
 * `positions` is x0, y0, x1, y1 …; `edges` source0, target0 … as node indices; `community`
 * one label per node (negative: unknown, its links are left out). Self-links are left out.
 */
export function linkSeparation(positions: ArrayLike<number>, edges: ArrayLike<number>, community: ArrayLike<number>): Separation {
  let inside = 0;
  let between = 0;
  let insideLinks = 0;
  let betweenLinks = 0;
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s === t) continue;
    const cs = community[s]!;
    const ct = community[t]!;
    if (cs < 0 || ct < 0) continue;
    const length = Math.hypot(positions[2 * s]! - positions[2 * t]!, positions[2 * s + 1]! - positions[2 * t + 1]!);
    if (cs === ct) {
      inside += length;
      insideLinks++;
    } else {
      between += length;
      betweenLinks++;
    }
  }
  const meanInside = insideLinks ? inside / insideLinks : Number.NaN;
  const meanBetween = betweenLinks ? between / betweenLinks : Number.NaN;
  return { inside: meanInside, between: meanBetween, ratio: meanBetween / meanInside, insideLinks, betweenLinks };
}
