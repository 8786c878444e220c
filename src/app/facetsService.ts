import { facetColumns } from "../graph/filters/rows.ts";
import type { FilterState } from "../graph/filters/types.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { Vintage } from "../model/types.ts";
import type { FacetsPort, FacetsResult } from "../workers/facets/facetsClient.ts";

export type { FacetsResult };

/**
 * From this many links the filter panel's counts run in the worker. Below it, counts and the year
 * histogram together cost well under a frame on the main thread (about 15 ms at 50k links in
 * Node, 250 ms at 500k), and answering at once keeps small networks simple.
 */
export const FACETS_IN_WORKER_LINKS = 20_000;

export type FacetsService = ReturnType<typeof createFacetsService>;

/** The facets worker, started on first use and fed the graph's columns once per graph. */
export function createFacetsService(makePort: () => FacetsPort) {
  let port: FacetsPort | null = null;
  let sent: SupplyGraph | null = null;
  let version = 0;
  return {
    inWorker: (graph: SupplyGraph) => graph.size >= FACETS_IN_WORKER_LINKS,
    /** Counts for `graph` under `filter`; null when a newer request replaced this one. */
    count(graph: SupplyGraph, filter: FilterState, vintage: Vintage): Promise<FacetsResult | null> {
      port ??= makePort();
      if (graph !== sent) {
        version++;
        const { columns, transfer } = facetColumns(graph);
        port.setData(version, columns, transfer);
        sent = graph;
      }
      return port.count(version, filter, vintage);
    },
    dispose() {
      port?.dispose();
      port = null;
      sent = null;
    },
  };
}
