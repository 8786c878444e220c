// Gephi's proportions for a GEXF picture that reads at first sight. Gephi and Gephi Lite draw
// an edge as thick as its `weight` and a node as large as its `viz:size`, both in the units of
// the positions (Gephi Lite sizes by the raw values until the user sets a range). The amount
// (14 to 12,842 in the sample) as weight painted one solid blob, and map positions spanning
// ±9,000 with 5–14 px nodes made specks. So the GEXF writer puts the amount in its own `amount`
// attribute and writes what Gephi draws well: weights 1–10 on a log scale of the amount,
// positions within ±1,000 and node sizes 10–50, as a graph laid out in Gephi looks.

export const GEPHI_WEIGHT = { min: 1, max: 10 } as const;
export const GEPHI_SIZE = { min: 10, max: 50 } as const;
export const GEPHI_EXTENT = 1000;

/**
 * weight = 1 + 9 · (ln a − ln a_min) / (ln a_max − ln a_min) over the positive amounts of the
 * file; an edge without a positive amount (or a file whose amounts are all equal) weighs 1.
 * A log scale because amounts span orders of magnitude: linear, all but the largest are hairlines.
 */
export function gephiWeights(amounts: ReadonlyArray<number | undefined>): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of amounts) {
    if (a !== undefined && a > 0 && Number.isFinite(a)) [lo, hi] = [Math.min(lo, a), Math.max(hi, a)];
  }
  const span = Math.log(hi) - Math.log(lo);
  return amounts.map((a) => {
    if (a === undefined || !(a > 0) || !Number.isFinite(a) || !(span > 0)) return GEPHI_WEIGHT.min;
    return round(GEPHI_WEIGHT.min + ((GEPHI_WEIGHT.max - GEPHI_WEIGHT.min) * (Math.log(a) - Math.log(lo))) / span);
  });
}

export interface GephiFrame {
  position(x: number, y: number): [number, number];
  size(size: number): number;
}

/**
 * Positions scaled about their bounding box's centre so the larger half-extent is 1,000 (the
 * aspect kept); sizes mapped linearly from their range onto 10–50 (all equal: 20, Gephi Lite's
 * default node size).
 */
export function gephiFrame(nodes: ReadonlyArray<{ x?: number; y?: number; size?: number }>): GephiFrame {
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, s0: Infinity, s1: -Infinity };
  for (const n of nodes) {
    if (n.x !== undefined && n.y !== undefined && Number.isFinite(n.x) && Number.isFinite(n.y)) {
      [box.x0, box.x1, box.y0, box.y1] = [Math.min(box.x0, n.x), Math.max(box.x1, n.x), Math.min(box.y0, n.y), Math.max(box.y1, n.y)];
    }
    if (n.size !== undefined && Number.isFinite(n.size)) [box.s0, box.s1] = [Math.min(box.s0, n.size), Math.max(box.s1, n.size)];
  }
  const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const half = Math.max(box.x1 - box.x0, box.y1 - box.y0) / 2;
  const scale = half > 0 ? GEPHI_EXTENT / half : 1;
  const sizeSpan = box.s1 - box.s0;
  return {
    position: (x, y) => [round((x - cx) * scale), round((y - cy) * scale)],
    size: (s) => round(sizeSpan > 0 ? GEPHI_SIZE.min + ((GEPHI_SIZE.max - GEPHI_SIZE.min) * (s - box.s0)) / sizeSpan : 20),
  };
}

/** Three decimals: enough for any drawing, and a tenth of the file's digits. */
const round = (v: number) => Math.round(v * 1000) / 1000;
