// Collaboration with companies in other divisions: what the ministry scored when it picked the
// super-regional leading companies (korea.md §3). Divisions come from the flat graph, already
// mapped to the vintage, so under "2026-07" a Gwangju-Jeonnam pair is one division.
import { ALL_TYPES, TYPE_SLOTS, type FlatGraph } from "./flatGraph.ts";

export interface CrossArrays {
  /** Distinct partners (either direction, any type). */
  partners: Int32Array;
  /** Distinct divisions other than the node's own among its partners. */
  partnerDivisions: Int32Array;
  /** Per node and type slot (node * TYPE_SLOTS + type; slot ALL_TYPES = any type). */
  crossPartners: Int32Array;
  crossLinks: Int32Array;
  crossWeight: Float64Array;
}

/** Incident links of every node (out and in), as a CSR of edge indices. */
function incidence(flat: FlatGraph): { start: Int32Array; edges: Int32Array } {
  const n = flat.ids.length;
  const { source, target } = flat;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < source.length; e++) {
    start[source[e]! + 1]!++;
    start[target[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const edges = new Int32Array(2 * source.length);
  for (let e = 0; e < source.length; e++) {
    edges[fill[source[e]!]!++] = e;
    edges[fill[target[e]!]!++] = e;
  }
  return { start, edges };
}

export function computeCross(flat: FlatGraph): CrossArrays {
  const n = flat.ids.length;
  const { source, target, type, weight, division } = flat;
  const { start, edges } = incidence(flat);
  const partners = new Int32Array(n);
  const partnerDivisions = new Int32Array(n);
  const crossPartners = new Int32Array(n * TYPE_SLOTS);
  const crossLinks = new Int32Array(n * TYPE_SLOTS);
  const crossWeight = new Float64Array(n * TYPE_SLOTS);
  // Stamps: "already counted for node u" without clearing a set per node.
  const seenPartner = new Int32Array(n).fill(-1);
  const seenTyped = new Int32Array(n * ALL_TYPES).fill(-1);
  const seenDivision = new Int32Array(flat.divisionCount).fill(-1);

  for (let u = 0; u < n; u++) {
    const own = division[u]!;
    const slot = u * TYPE_SLOTS;
    for (let j = start[u]!; j < start[u + 1]!; j++) {
      const e = edges[j]!;
      const p = source[e] === u ? target[e]! : source[e]!;
      if (p === u) continue; // a self-link is internal and names no partner
      const d = division[p]!;
      const firstTime = seenPartner[p] !== u;
      if (firstTime) {
        seenPartner[p] = u;
        partners[u]!++;
      }
      // A link with an unplaced end (division -1) crosses no boundary.
      if (d === own || d < 0 || own < 0) continue;
      const t = type[e]!;
      crossLinks[slot + t]!++;
      crossLinks[slot + ALL_TYPES]!++;
      crossWeight[slot + t]! += weight[e]!;
      crossWeight[slot + ALL_TYPES]! += weight[e]!;
      if (firstTime) crossPartners[slot + ALL_TYPES]!++;
      if (seenTyped[p * ALL_TYPES + t] !== u) {
        seenTyped[p * ALL_TYPES + t] = u;
        crossPartners[slot + t]!++;
      }
      if (seenDivision[d] !== u) {
        seenDivision[d] = u;
        partnerDivisions[u]!++;
      }
    }
  }
  return { partners, partnerDivisions, crossPartners, crossLinks, crossWeight };
}
