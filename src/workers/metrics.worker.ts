// Thin worker entry: all logic lives in graph/metrics.
import { computeMetricsFromFlat } from "../graph/metrics/computeMetrics.ts";
import { unpackFlatGraph, type FlatGraphPayload } from "../graph/metrics/flatTransfer.ts";
import type { FlatMetricsOptions } from "../graph/metrics/options.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";

export interface MetricsRequest {
  /** The flattened graph, its typed arrays transferred (see packFlatGraph). */
  graph: FlatGraphPayload;
  options: Omit<FlatMetricsOptions, "onProgress">;
}

export type MetricsMessage =
  | { type: "progress"; fraction: number; step: string }
  | { type: "done"; result: MetricsResult }
  | { type: "error"; message: string };

const post = (message: MetricsMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { graph, options } = event.data;
  try {
    const flat = unpackFlatGraph(graph);
    const result = computeMetricsFromFlat(flat, { ...options, onProgress: (fraction, step) => post({ type: "progress", fraction, step }) });
    post({ type: "done", result });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
