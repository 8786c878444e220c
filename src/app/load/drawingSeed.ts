// What a loaded bundle's drawing (io/snapshot/drawing.ts) seeds: the force view's layout and the
// communities the metrics take instead of running Louvain on the bundle's subset, so the
// bundle shows the picture it was exported from.
import type { SupplyGraph } from "../../graph/types.ts";
import type { LayoutService } from "../map/layoutService.ts";
import type { DrawingSink } from "./loader.ts";

export interface DrawingSeed {
  take: DrawingSink;
  /** The drawn communities of `graph`, when its bundle brought them for every company. */
  communities(graph: SupplyGraph): ReadonlyMap<string, number> | null;
}

/** Every company of `graph` named in `map`: a drawing of another graph (an edited bundle) is not used. */
function coversGraph(graph: SupplyGraph, map: ReadonlyMap<string, unknown>): boolean {
  return graph.everyNode((node) => map.has(node));
}

export function createDrawingSeed(layout: Pick<LayoutService, "adopt">): DrawingSeed {
  const communities = new WeakMap<SupplyGraph, ReadonlyMap<string, number>>();
  return {
    take(drawing, graph) {
      if (drawing.communities && coversGraph(graph, drawing.communities)) communities.set(graph, drawing.communities);
      const curvature = drawing.curvature;
      if (curvature) {
        graph.updateEachEdgeAttributes((edge, a) => {
          const c = curvature.get(edge);
          if (c !== undefined) a.curvature = c;
          return a;
        }, { attributes: ["curvature"] } as unknown as Parameters<SupplyGraph["updateEachEdgeAttributes"]>[1]);
      }
      // Map positions are the graph's own already (workers/parse/parseJob.ts places the companies there).
      if (drawing.view === "force" && coversGraph(graph, drawing.positions)) layout.adopt(graph, drawing.positions, { extent: drawing.extent, settings: drawing.settings });
    },
    communities: (graph) => communities.get(graph) ?? null,
  };
}
