// Which links a change of the filters shows or hides, so that sigma redraws those alone: a
// link-type or year filter at 50k links otherwise ran the link reducer over every link.
import type { RegionScale } from "../../model/scale.ts";
import type { KeepEdge, SupplyGraph } from "../../graph/types.ts";
import { unitOf } from "../../regions/units.ts";

/** What decides whether a link passes the filters: none means every link does. */
export type EdgeFilter = { keepEdge: KeepEdge } | null;

/** The links of `graph` that pass exactly one of `before` and `after`. */
export function edgesChangingVisibility(graph: SupplyGraph, before: EdgeFilter, after: EdgeFilter): string[] {
  if (before === after) return [];
  const changed: string[] = [];
  graph.forEachEdge((edge, attributes) => {
    const was = before ? before.keepEdge(edge, attributes) : true;
    const is = after ? after.keepEdge(edge, attributes) : true;
    if (was !== is) changed.push(edge);
  });
  return changed;
}

/** The links of `graph` with an end in a division that `before` and `after` draw differently. */
export function edgesChangingDivision(graph: SupplyGraph, before: RegionScale, after: RegionScale): string[] {
  if (before === after) return [];
  const moved = (place: string) => unitOf(place, before) !== unitOf(place, after);
  const changed: string[] = [];
  graph.forEachEdge((edge, _attributes, _source, _target, from, to) => {
    if (moved(from.place) || moved(to.place)) changed.push(edge);
  });
  return changed;
}
