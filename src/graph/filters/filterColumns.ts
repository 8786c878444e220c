// What the filters and the division flows read from each link, as columns in graphIndex's row
// order, built once per graph. A filter change at 500k links spent about 260 ms of its task
// aggregating the filtered flows, most of it walking graphology's links and their attribute
// objects; over these columns the same pass is a loop over typed arrays. The map's links in
// sight are chosen from them too.
import { LINK_TYPES } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";
import { builtGraphIndex, graphIndex, type GraphIndex } from "./graphIndex.ts";
import { TYPE_BIT, TYPE_INDEX } from "./selection.ts";

export interface FilterColumns {
  /** The rows these columns follow (graphIndex): rebuilt with it when the graph changes. */
  index: GraphIndex;
  /** Index into LINK_TYPES (a type the readers never produce counts as "other"). */
  type: Uint8Array;
  /** TYPE_BIT of the link's type, as a filter's type mask reads it; 0 for a type it does not know. */
  typeBit: Uint8Array;
  /** NaN where the link has none. */
  year: Float64Array;
  /** The link's weight, 0 where it has none (what a minimum-weight rule reads; flows add nothing for it). */
  weight: Float64Array;
  /** 1 for a link between divisions (the stored 17-division vintage). */
  cross: Uint8Array;
}

const OTHER = LINK_TYPES.indexOf("other");
const cache = new WeakMap<SupplyGraph, FilterColumns>();

/** The columns of `graph` if they are built and current; never builds them. */
export function builtFilterColumns(graph: SupplyGraph): FilterColumns | null {
  const index = builtGraphIndex(graph);
  const cached = cache.get(graph);
  return index && cached?.index === index ? cached : null;
}

export function filterColumns(graph: SupplyGraph): FilterColumns {
  const index = graphIndex(graph);
  const cached = cache.get(graph);
  if (cached && cached.index === index) return cached;
  const builder = filterColumnsBuilder(graph);
  while (!builder.step(Infinity));
  return builder.result();
}

/**
 * filterColumns built a slice at a time (a big network's, ahead of the first filter: 100–150 ms
 * at 500k links); remembered for filterColumns once done, if the graph has not changed meanwhile.
 */
export function filterColumnsBuilder(graph: SupplyGraph) {
  const index = graphIndex(graph);
  const n = index.edges.length;
  const type = new Uint8Array(n);
  const typeBit = new Uint8Array(n);
  const year = new Float64Array(n);
  const weight = new Float64Array(n);
  const cross = new Uint8Array(n);
  let e = 0;
  return {
    /** Reads up to `budget` more links; true once every link is read. */
    step(budget: number): boolean {
      const end = Math.min(n, e + budget);
      for (; e < end; e++) {
        const attributes = graph.getEdgeAttributes(index.edges[e]!);
        type[e] = TYPE_INDEX[attributes.linkType] ?? OTHER;
        typeBit[e] = TYPE_BIT[attributes.linkType] ?? 0;
        year[e] = attributes.year ?? Number.NaN;
        weight[e] = attributes.weight ?? 0;
        cross[e] = attributes.cross ? 1 : 0;
      }
      return e === n;
    },
    result(): FilterColumns {
      const columns = { index, type, typeBit, year, weight, cross };
      if (graphIndex(graph) === index) cache.set(graph, columns);
      return columns;
    },
  };
}
