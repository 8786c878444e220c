// Thin worker entry: all logic lives in graph/metrics.
import { computeMetricsFromFlat } from "../../graph/metrics/computeMetrics.ts";
import { unpackFlatGraph, type FlatGraphPayload } from "../../graph/metrics/flatTransfer.ts";
import type { FlatMetricsOptions } from "../../graph/metrics/options.ts";
import { packMetricsResult, type MetricsResultPayload } from "../../graph/metrics/resultTransfer.ts";

export interface MetricsRequest {
  /** The flattened graph, its typed arrays transferred (see packFlatGraph). */
  graph: FlatGraphPayload;
  options: Omit<FlatMetricsOptions, "onProgress">;
}

export type MetricsMessage =
  | { type: "progress"; fraction: number; step: string }
  /** The result packed into columns, its typed arrays transferred (see packMetricsResult). */
  | { type: "done"; result: MetricsResultPayload }
  | { type: "error"; message: string };

const post = (message: MetricsMessage, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<MetricsRequest>) => {
  const { graph, options } = event.data;
  try {
    const flat = unpackFlatGraph(graph);
    const result = computeMetricsFromFlat(flat, { ...options, onProgress: (fraction, step) => post({ type: "progress", fraction, step }) });
    const { payload, transfer } = packMetricsResult(result);
    post({ type: "done", result: payload }, transfer);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
