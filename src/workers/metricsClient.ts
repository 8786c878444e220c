import type { SupplyGraph } from "../graph/types.ts";
import type { MetricsOptions } from "../graph/metrics/options.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import type { MetricsMessage, MetricsRequest } from "./metrics.worker.ts";

export interface MetricsRun {
  promise: Promise<MetricsResult>;
  /** Stops the worker at once; the promise rejects with "cancelled". */
  cancel: () => void;
}

/**
 * Computes metrics off the main thread: betweenness can take seconds on large graphs.
 * The graph travels as graph.export() (structured clone); the result comes back whole.
 */
export function runMetricsInWorker(
  graph: SupplyGraph,
  options: Omit<MetricsOptions, "onProgress">,
  onProgress: (fraction: number, step: string) => void,
): MetricsRun {
  const worker = new Worker(new URL("./metrics.worker.ts", import.meta.url), { type: "module" });
  let settled = false;
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<MetricsResult>((resolve, rejectPromise) => {
    reject = rejectPromise;
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<MetricsMessage>) => {
      const message = event.data;
      if (settled) return;
      if (message.type === "progress") return onProgress(message.fraction, message.step);
      finish();
      if (message.type === "error") rejectPromise(new Error(message.message));
      else resolve(message.result);
    };
    worker.onerror = (event) => {
      if (settled) return;
      finish();
      rejectPromise(new Error(event.message || "workers/metrics: worker failed"));
    };
  });
  const request: MetricsRequest = { graph: graph.export(), options };
  worker.postMessage(request);
  return {
    promise,
    cancel: () => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(new Error("workers/metrics: cancelled"));
    },
  };
}
