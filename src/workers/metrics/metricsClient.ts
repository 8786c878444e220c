import type { SupplyGraph } from "../../graph/types.ts";
import { flattenGraph } from "../../graph/metrics/flatGraph.ts";
import { packFlatGraph } from "../../graph/metrics/flatTransfer.ts";
import type { MetricsOptions } from "../../graph/metrics/options.ts";
import { unpackMetricsResult } from "../../graph/metrics/resultTransfer.ts";
import type { MetricsResult } from "../../graph/metrics/types.ts";
import type { MetricsMessage, MetricsRequest } from "./metrics.worker.ts";

export interface MetricsRun {
  promise: Promise<MetricsResult>;
  /** Stops the worker at once; the promise rejects with "cancelled". */
  cancel: () => void;
}

/**
 * Computes metrics off the main thread: betweenness can take seconds on large graphs.
 * The main thread only flattens the graph under the vintage (about 6 ms at 10k / 50k) and
 * transfers the typed arrays, so nothing large is cloned on the way in; graph.export() and
 * its clone were one 0.2-0.9 s task. The result comes back the same way, packed into
 * transferred columns (resultTransfer.ts) and rebuilt here in one loop: posting MetricsResult's
 * ~60k small objects cost 40-220 ms of main-thread deserialisation at 10k companies.
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
      if (message.type === "error") return rejectPromise(new Error(message.message));
      try {
        resolve(unpackMetricsResult(message.result));
      } catch (error) {
        rejectPromise(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      if (settled) return;
      finish();
      rejectPromise(new Error(event.message || "workers/metrics: worker failed"));
    };
  });
  const { vintage, ...rest } = options;
  const { payload, transfer } = packFlatGraph(flattenGraph(graph, vintage));
  const request: MetricsRequest = { graph: payload, options: rest };
  worker.postMessage(request, transfer);
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
