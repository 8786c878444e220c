// One pass over the graphology graph into typed arrays. Every metric below reads these instead
// of walking graphology's edge maps again: at 10k / 50k that walk is most of the cost. It is
// also all the metrics worker receives (flatTransfer.ts): about 6 ms at 10k / 50k on the main
// thread, where graph.export() plus its structured clone took 0.2-0.9 s.
import type { RegionScale } from "../../model/scale.ts";
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import { hasDivision } from "../../model/types.ts";

/** `division` of a company without a division: counts as no other division's partner. */
export const UNPLACED_INDEX = -1;
import type { SupplyGraph } from "../types.ts";

/** Index of "all" in per-type arrays: the link types first, then the total. */
export const ALL_TYPES = LINK_TYPES.length;
export const TYPE_SLOTS = LINK_TYPES.length + 1;

export interface FlatGraph {
  /** The boundary vintage `division` was mapped to. */
  vintage: RegionScale;
  /** Node ids in graph order; node i everywhere below. */
  ids: string[];
  /** Division of each node under the vintage, as a small integer. */
  division: Int32Array;
  divisionCount: number;
  /** Edge e goes from source[e] (supplier) to target[e] (buyer). */
  source: Int32Array;
  target: Int32Array;
  /** Index into LINK_TYPES; unknown types count as "other". */
  type: Uint8Array;
  /** Link weight; a link without one weighs 0, as in the company panel (graph/partners). */
  weight: Float64Array;
}

const OTHER = LINK_TYPES.indexOf("other");

function typeIndex(type: LinkType): number {
  const i = LINK_TYPES.indexOf(type);
  // JSON imports can carry types the readers never saw; they are still links.
  return i < 0 ? OTHER : i;
}

export function flattenGraph(graph: SupplyGraph, vintage: RegionScale): FlatGraph {
  const n = graph.order;
  const ids = new Array<string>(n);
  const indexOf = new Map<string, number>();
  const division = new Int32Array(n);
  const divisions = new Map<string, number>();
  let i = 0;
  graph.forEachNode((id, attr) => {
    const code = unitOf(attr.place, vintage);
    let d = divisions.get(code);
    // An unplaced company (NO_DIVISION) is in no division: -1, never another company's.
    if (d === undefined) d = hasDivision(code) ? divisions.set(code, divisions.size).size - 1 : UNPLACED_INDEX;
    ids[i] = id;
    indexOf.set(id, i);
    division[i++] = d;
  });

  const m = graph.size;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const type = new Uint8Array(m);
  const weight = new Float64Array(m);
  let e = 0;
  graph.forEachEdge((_key, attr, s, t) => {
    source[e] = indexOf.get(s)!;
    target[e] = indexOf.get(t)!;
    type[e] = typeIndex(attr.linkType);
    const w = attr.weight;
    weight[e++] = typeof w === "number" && Number.isFinite(w) ? w : 0;
  });
  return { vintage, ids, division, divisionCount: divisions.size, source, target, type, weight };
}
