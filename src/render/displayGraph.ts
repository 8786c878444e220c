import type { SupplyGraph } from "../graph/types.ts";
import { companiesOnly } from "../graph/companiesOnly.ts";
import type { DrawLevel } from "../app/drawLevel.ts";
import { LINKS_IN_SIGHT_MAX } from "../graph/linksInSight.ts";

/** Whether the map draws `graph`'s company links as the links in sight rather than all of them. */
export const drawsLinksInSight = (graph: SupplyGraph, max = LINKS_IN_SIGHT_MAX): boolean => graph.size > max;

/**
 * Level of detail for sigma. At the national view the map draws companies, and the flow layer
 * draws what their links add up to, so sigma is handed a graph of the companies alone; company
 * links enter, with the data graph itself, when the draw level shows them. On a network with
 * more links than the map can draw, they enter the companies-only graph instead: the links in
 * sight (linksInSight.ts), added and dropped as the view changes, while sigma keeps the
 * companies it has indexed (switching graphs re-indexes 100,000 companies, about 0.5 s).
 *
 * Why a second graph rather than hiding links in the reducer: sigma indexes every edge it is
 * given and puts hidden ones in its programs as zero-size shapes, and under software WebGL the
 * vertex stage still runs for each (about 1.3 s of rasterising before a 10k/50k map reached the
 * screen, and 150–300 ms of indexing on the main thread).
 *
 * The companies-only graph holds the data graph's own attribute objects, so metrics and
 * positions written on the data graph are what sigma reads; bulk position updates are passed on
 * as events, because sigma only hears the graph it draws. A big load shows its companies before
 * its links are in (app/loader.ts) on this same graph, so the map keeps drawing it when the
 * links arrive.
 */
export function displayGraphs(linksMax = LINKS_IN_SIGHT_MAX) {
  let data: SupplyGraph | null = null;
  let companies: SupplyGraph | null = null;
  let unforward = () => undefined as void;

  const nodesOf = (graph: SupplyGraph): SupplyGraph => {
    if (graph === data && companies) return companies;
    unforward();
    unforward = () => undefined;
    const only = companiesOnly(graph);
    // Layout, transitions and the force worker write x/y in one bulk update with hints; metrics
    // come without x/y and reach the drawing through the reducers' own refresh instead.
    const forward = (event: { hints?: { attributes?: readonly string[] } }) => {
      const fields = event.hints?.attributes;
      if (fields && (fields.includes("x") || fields.includes("y"))) only.emit("eachNodeAttributesUpdated", event as never);
    };
    if (only !== graph) {
      graph.on("eachNodeAttributesUpdated", forward);
      unforward = () => {
        graph.removeListener("eachNodeAttributesUpdated", forward);
      };
    }
    data = graph;
    companies = only;
    return only;
  };

  return {
    /** The graph sigma should draw for this data graph at this level. */
    of(graph: SupplyGraph, level: DrawLevel): SupplyGraph {
      return level === "companies" && !drawsLinksInSight(graph, linksMax) ? graph : nodesOf(graph);
    },
    clean() {
      unforward();
      data = companies = null;
    },
  };
}

export type DisplayGraphs = ReturnType<typeof displayGraphs>;
