// Thin worker entry: all logic lives in graph/metrics.
import { metricsFromExport, type SerializedSupplyGraph } from "../graph/metrics/fromExport.ts";
import type { MetricsOptions } from "../graph/metrics/options.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";

export interface MetricsRequest {
  graph: SerializedSupplyGraph;
  options: Omit<MetricsOptions, "onProgress">;
}

export type MetricsMessage =
  | { type: "progress"; fraction: number; step: string }
  | { type: "done"; result: MetricsResult }
  | { type: "error"; message: string };

const post = (message: MetricsMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { graph, options } = event.data;
  try {
    const result = metricsFromExport(graph, { ...options, onProgress: (fraction, step) => post({ type: "progress", fraction, step }) });
    post({ type: "done", result });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
