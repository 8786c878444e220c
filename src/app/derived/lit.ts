// What the map lights: a shortest supply path between chosen ends, or the supply tiers around a
// focused company, both under the filters; and the focus's chain as the company panel lists it.
import { scaleOf } from "../../state/regionScale.ts";
import type { RegionScale } from "../../model/scale.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import { chainList, type ChainList } from "../../graph/paths/chainList.ts";
import { supplyPath, type SupplyPath } from "../../graph/paths/path.ts";
import { focusTrace, pathTrace, type Trace } from "../../graph/paths/trace.ts";
import type { AtlasState } from "../../state/store.ts";
import { memoLast } from "../../schedule/memo.ts";

export interface LitValues {
  /** The shortest supply path between the chosen ends, under the filters. */
  path(state: AtlasState): SupplyPath | null;
  trace(state: AtlasState): Trace | null;
  /** The supply chain the map lights, by tier, for the company panel; null without one (or while a path is lit). */
  chain(state: AtlasState): ChainList | null;
}

export function litValues(visible: (state: AtlasState) => Visible | null): LitValues {
  // Nothing filtered: the traversals follow every link without asking.
  const filterOf = (v: Visible) => (v.all ? {} : { keepEdge: v.keepEdge, keepNode: v.keepNode });
  const pathOf = memoLast((v: Visible | null, ends: AtlasState["pathEnds"]): SupplyPath | null =>
    v && ends ? supplyPath(v.graph, ends.from, ends.to, { ...filterOf(v), undirectedFallback: true }) : null,
  );
  const path = (s: AtlasState) => pathOf(visible(s), s.pathEnds);

  const traceOf = memoLast((v: Visible | null, found: SupplyPath | null, ends: AtlasState["pathEnds"], focus: AtlasState["focus"]): Trace | null => {
    if (!v) return null;
    if (ends) return pathTrace(ends, found);
    return focus ? focusTrace(v.graph, focus, filterOf(v)) : null;
  });
  const trace = (s: AtlasState) => traceOf(visible(s), path(s), s.pathEnds, s.focus);

  const chainOf = memoLast((v: Visible | null, trace: Trace | null, focus: AtlasState["focus"], ends: AtlasState["pathEnds"], vintage: RegionScale): ChainList | null =>
    v && trace && focus && !ends ? chainList(v.graph, focus.id, trace.nodes, trace.edges, vintage) : null,
  );

  return { path, trace, chain: (s) => chainOf(visible(s), trace(s), s.focus, s.pathEnds, scaleOf(s)) };
}
