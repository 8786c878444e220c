import type { SupplyGraph } from "../../graph/types.ts";
import { companiesOnly } from "../../graph/build/companiesOnly.ts";

/**
 * Level of detail for sigma. sigma draws a graph of the companies alone, sharing the data
 * graph's attribute objects, at every draw level. At the national view the flow layer draws
 * what their links add up to; when the draw level shows company links they are added to that
 * same graph (render/bindings/linksInSightView.ts): every link, or on a network with more links than
 * the map can draw, the links in sight. So a level change re-indexes no company (handing sigma
 * the data graph indexed every company and link in one task: 0.2–0.3 s at 10k / 50k, 3.2 s at
 * 100k / 500k), and the links go in slices.
 *
 * Why a graph of its own rather than hiding links in the reducer: sigma indexes every edge it
 * is given and puts hidden ones in its programs as zero-size shapes, and under software WebGL
 * the vertex stage still runs for each (about 1.3 s of rasterising before a 10k/50k map reached
 * the screen, and 150–300 ms of indexing on the main thread).
 *
 * Positions written on the data graph are what sigma reads; bulk position updates are passed
 * on as events, because sigma only hears the graph it draws. A big load shows its companies
 * before its links are in (app/load/loader.ts) on this same graph, so the map keeps drawing it when
 * the links arrive.
 */
export function displayGraphs() {
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
    /** The graph sigma draws for this data graph: its companies, the links added as the level asks. */
    of(graph: SupplyGraph): SupplyGraph {
      return nodesOf(graph);
    },
    clean() {
      unforward();
      data = companies = null;
    },
  };
}

export type DisplayGraphs = ReturnType<typeof displayGraphs>;
