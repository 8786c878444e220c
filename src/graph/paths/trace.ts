// What the map lights for a supply-tier focus or a shortest supply path: one shape for the
// reducers, the chain list, the status line's counts and the link rule (app/map/linkShowing.ts).
import type { SupplyGraph } from "../types.ts";
import type { SupplyPath } from "./path.ts";
import { supplyFocus, type TierOptions } from "./tiers.ts";
import type { TraversalFilter } from "./types.ts";

/** A supply-tier focus or a shortest supply path: the companies (tier or position) and links it lights. */
export interface Trace {
  /** Company -> supply tier (0 the focus, negative suppliers, positive buyers; path: 0 at the ends, 1 between). */
  nodes: Map<string, number>;
  edges: Set<string>;
}

/** The path between two chosen ends; the ends alone when none was found, so both stay lit. */
export function pathTrace(ends: { from: string; to: string }, found: SupplyPath | null): Trace {
  if (!found) return { nodes: new Map([[ends.from, 0], [ends.to, 0]]), edges: new Set() };
  const last = found.nodes.length - 1;
  return { nodes: new Map(found.nodes.map((n, i) => [n, i === 0 || i === last ? 0 : 1])), edges: new Set(found.edges) };
}

/** The supply tiers around a company along the links the filter keeps; null when the graph has no such company. */
export function focusTrace(graph: SupplyGraph, focus: { id: string } & Pick<TierOptions, "depth" | "direction">, filter: TraversalFilter): Trace | null {
  if (!graph.hasNode(focus.id)) return null;
  const tiers = supplyFocus(graph, focus.id, { depth: focus.depth, direction: focus.direction, ...filter });
  return { nodes: tiers.tiers, edges: new Set(tiers.edges) };
}
