// A synthetic network with planted communities: companies split into groups that link mostly
// inside themselves. The ground truth lets tests and the benchmark measure whether a layout
// separates clusters without trusting a community detector.
import { Random } from "../../src/geo/random.ts";
import type { ForceInput } from "../../src/layout/forceMatrices.ts";

export interface PlantedOptions {
  companies: number;
  communities: number;
  /** Mean links per company inside its community. */
  insideDegree: number;
  /** Mean links per company to other communities. */
  betweenDegree: number;
  seed?: number;
}

export interface PlantedNetwork {
  input: ForceInput;
  /** Planted community of each company. */
  community: Int32Array;
}

/**
 * Community sizes vary (a few big, many small, as real clusters do); start positions are
 * uniform in a square, as if nothing were known, so the layout alone has to find the groups.
 */
export function plantedCommunities(options: PlantedOptions): PlantedNetwork {
  const { companies: n, communities: k } = options;
  const random = new Random(options.seed ?? 11, 0x5ca1ab1e);
  const weights = Array.from({ length: k }, (_, i) => 1 / (1 + i * 0.35));
  const total = weights.reduce((a, b) => a + b, 0);
  const community = new Int32Array(n);
  const members: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (let c = 0; c < k; c++) {
    const size = c === k - 1 ? n - next : Math.max(2, Math.round((weights[c]! / total) * n));
    for (let i = 0; i < size && next < n; i++) {
      community[next] = c;
      members[c]!.push(next++);
    }
  }
  const edges: number[] = [];
  const insideLinks = Math.round((n * options.insideDegree) / 2);
  const betweenLinks = Math.round((n * options.betweenDegree) / 2);
  const pick = (list: readonly number[]) => list[Math.floor(random.next() * list.length)]!;
  for (let e = 0; e < insideLinks; e++) {
    const s = Math.floor(random.next() * n);
    const t = pick(members[community[s]!]!);
    if (s !== t) edges.push(s, t);
  }
  for (let e = 0; e < betweenLinks; e++) {
    const s = Math.floor(random.next() * n);
    const t = Math.floor(random.next() * n);
    if (community[s] !== community[t]) edges.push(s, t);
  }
  const positions = new Float32Array(2 * n);
  for (let i = 0; i < 2 * n; i++) positions[i] = random.next() * 100 - 50;
  return { input: { positions, sizes: new Float32Array(n).fill(3), edges: Uint32Array.from(edges) }, community };
}
