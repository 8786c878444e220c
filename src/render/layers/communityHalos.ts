// Where a community sits on screen: a circle around most of its companies and a name.
// Pure geometry on viewport points, so the layer and the tests agree.

export interface Halo {
  community: number;
  x: number;
  y: number;
  radius: number;
}

/** Share of a community's companies the halo encloses: its core; outliers and overlapping fringes would blow it up. */
export const HALO_COVERAGE = 0.6;
/** Fewer companies than this get no halo: a circle around two dots names nothing. */
export const HALO_MIN_MEMBERS = 3;

/**
 * Centre: the median of the companies' positions (robust to a few far-flung members);
 * radius: the distance enclosing HALO_COVERAGE of them, plus `pad` pixels.
 */
export function haloOf(community: number, xs: readonly number[], ys: readonly number[], pad = 8): Halo | null {
  const n = xs.length;
  if (n < HALO_MIN_MEMBERS) return null;
  const median = (values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const x = median(xs);
  const y = median(ys);
  const distances = xs.map((xi, i) => Math.hypot(xi - x, ys[i]! - y)).sort((a, b) => a - b);
  const radius = distances[Math.min(n - 1, Math.ceil(HALO_COVERAGE * n) - 1)]! + pad;
  return { community, x, y, radius };
}
