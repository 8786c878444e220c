// What the filters and a what-if removal keep: one predicate pair for the map, the flows, the
// tables, the status line and exports alike.
import { vintageOf, type RegionScale } from "../../model/scale.ts";
import { compileFilter } from "./compile.ts";
import { graphIndex } from "./graphIndex.ts";
import { isEmptyFilter, type FilterState } from "./types.ts";
import { removalTest, type Removal } from "./whatIfRemoval.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";

export interface Visibility {
  keepNode: (node: string) => boolean;
  keepEdge: KeepEdge;
  /** keepEdge for the link at row `e` of graphIndex (passes over every link, from columns). */
  keepRow: (e: number) => boolean;
  /** Nothing filtered or removed: callers take their fast paths. */
  all: boolean;
}

/** What is shown after filters and any what-if removal, with the graph it was computed on: one predicate pair for every view. */
export interface Visible extends Visibility {
  graph: SupplyGraph;
}

const EVERYTHING = { isEmpty: true, keepNode: () => true, keepEdge: () => true, keepRow: () => true } as const;

export function visibility(graph: SupplyGraph, filter: FilterState, removal: Removal | null, vintage: RegionScale): Visibility {
  // Compiling indexes the whole graph; an empty filter needs none of it. Filters name divisions at
  // every level (a planner narrows to provinces); a what-if removes a region of the level shown.
  const compiled = isEmptyFilter(filter) ? EVERYTHING : compileFilter(graph, filter, vintageOf(vintage));
  const gone = removal ? removalTest(graph, removal, vintage) : null;
  const keepNode = (node: string) => (!gone || !gone(node)) && compiled.keepNode(node);
  // The compiled filter first: it tracks forEachEdge order with a cursor, which an early
  // return before it would break (every link would fall back to a lookup).
  const keepEdge: KeepEdge = (edge, attributes) =>
    compiled.keepEdge(edge, attributes) && !(gone && (gone(graph.source(edge)) || gone(graph.target(edge))));
  let keepRow = compiled.keepRow;
  if (gone) {
    const { nodes, source, target } = graphIndex(graph);
    keepRow = (e) => compiled.keepRow(e) && !(gone(nodes[source[e]!]!) || gone(nodes[target[e]!]!));
  }
  return { keepNode, keepEdge, keepRow, all: compiled.isEmpty && !removal };
}
