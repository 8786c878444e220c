// Binning for the analytics charts: pure, so the charts' numbers are tested without a DOM.

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/** Equal-width bins over [min, max]; `marks` come back with the bin index they fall in. */
export function histogram(values: readonly number[], bins = 20): Bin[] {
  if (values.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return [{ x0: min, x1: max, count: values.length }];
  const width = (max - min) / bins;
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({ x0: min + i * width, x1: min + (i + 1) * width, count: 0 }));
  for (const v of values) out[Math.min(bins - 1, Math.floor((v - min) / width))]!.count++;
  return out;
}

/** Degree distribution: how many companies have each degree (degrees are small integers). */
export function degreeCounts(degrees: readonly number[]): Array<{ degree: number; count: number }> {
  const counts = new Map<number, number>();
  for (const d of degrees) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].map(([degree, count]) => ({ degree, count })).sort((a, b) => a.degree - b.degree);
}
