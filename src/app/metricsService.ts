import { runMetricsInWorker } from "../workers/metricsClient.ts";
import { assignMetrics } from "../graph/metrics/assign.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import type { AtlasState } from "./store.ts";
import type { AtlasStore } from "./store.ts";

let running: { cancel: () => void; key: string } | null = null;

/**
 * Computes metrics for the shown graph and vintage in a worker, unless they are
 * already there or on their way. A new graph or vintage cancels a stale run.
 */
export function ensureMetrics(store: AtlasStore, betweenness: "auto" | "exact" = "auto"): void {
  const state = store.getState();
  const { graph, graphVersion, vintage } = state;
  if (!graph) return;
  const key = `${graphVersion}:${vintage}:${betweenness}`;
  const have = state.metrics && state.metricsGraphVersion === graphVersion && state.metrics.vintage === vintage;
  if ((have && betweenness === "auto") || running?.key === key) return;
  running?.cancel();
  state.setMetricsStatus({ running: true, fraction: 0, step: "", error: null });
  const run = runMetricsInWorker(graph, { vintage, betweenness }, (fraction, step) => {
    if (running?.key === key) store.getState().setMetricsStatus({ fraction, step });
  });
  running = { cancel: run.cancel, key };
  run.promise.then(
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
}

/** The metrics of the graph and vintage on screen, or null while they are stale or missing. */
export function currentMetrics(state: Pick<AtlasState, "metrics" | "metricsGraphVersion" | "graphVersion" | "vintage">): MetricsResult | null {
  const m = state.metrics;
  return m && state.metricsGraphVersion === state.graphVersion && m.vintage === state.vintage ? m : null;
}
