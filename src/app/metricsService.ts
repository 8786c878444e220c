import { scaleOf } from "../state/regionScale.ts";
import type { MetricsRun } from "../workers/metrics/metricsClient.ts";
import { assignMetrics } from "../graph/metrics/assign.ts";
import type { MetricsOptions } from "../graph/metrics/options.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { AtlasStore } from "../state/store.ts";
import { linksPending } from "../state/loadStage.ts";

export type RunMetricsFn = (graph: SupplyGraph, options: Omit<MetricsOptions, "onProgress">, onProgress: (fraction: number, step: string) => void) => MetricsRun;

export interface MetricsService {
  /**
   * Computes metrics for the shown graph and vintage in a worker, unless they are already
   * there or on their way. A new graph or vintage cancels a stale run.
   */
  ensure(betweenness?: "auto" | "exact"): void;
  dispose(): void;
}

/** Communities a graph was drawn with elsewhere (a bundle's drawing), used instead of Louvain. */
export type GivenCommunities = (graph: SupplyGraph) => ReadonlyMap<string, number> | null;

export function createMetricsService(store: AtlasStore, run: RunMetricsFn, given: GivenCommunities = () => null): MetricsService {
  let running: { cancel: () => void; key: string } | null = null;
  return {
    ensure(betweenness = "auto") {
      const state = store.getState();
      const { graph, graphVersion } = state;
      const vintage = scaleOf(state);
      // Metrics of companies whose links are still being built would be wrong; the new graph asks again.
      if (!graph || linksPending(state.loadStage)) return;
      const key = `${graphVersion}:${vintage}:${betweenness}`;
      const have = state.metrics && state.metricsGraphVersion === graphVersion && state.metrics.vintage === vintage;
      if ((have && betweenness === "auto") || running?.key === key) return;
      running?.cancel();
      state.setMetricsStatus({ running: true, fraction: 0, step: "", error: null });
      const communities = given(graph);
      const job = run(graph, { vintage, betweenness, ...(communities ? { communities } : {}) }, (fraction, step) => {
        if (running?.key === key) store.getState().setMetricsStatus({ fraction, step });
      });
      running = { cancel: job.cancel, key };
      job.promise.then(
        (result) => {
          if (running?.key !== key || store.getState().graphVersion !== graphVersion) return;
          running = null;
          // Kept on the nodes too, so the table, colouring and exports can read them.
          assignMetrics(graph, result);
          store.getState().setMetrics(result, graphVersion);
          store.getState().setMetricsStatus({ running: false, fraction: 1 });
        },
        (error: unknown) => {
          if (running?.key !== key) return;
          running = null;
          store.getState().setMetricsStatus({ running: false, error: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    dispose() {
      running?.cancel();
      running = null;
    },
  };
}
