// Degrees count every link, so two contracts between the same pair are two links.
import type { FlatGraph } from "./flatGraph.ts";

export interface Degrees {
  inDegree: Int32Array;
  outDegree: Int32Array;
  /** Summed weight of in + out links (links without a weight add 0). */
  weighted: Float64Array;
}

export function computeDegrees(flat: FlatGraph): Degrees {
  const n = flat.ids.length;
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const weighted = new Float64Array(n);
  const { source, target, weight } = flat;
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    outDegree[s]!++;
    inDegree[t]!++;
    weighted[s]! += weight[e]!;
    weighted[t]! += weight[e]!;
  }
  return { inDegree, outDegree, weighted };
}
