/** The messages a one-shot worker posts: progress reports and partial answers, then done or error. */
export type OneShotMessage<P, D> = ({ type: "progress" } & P) | ({ type: "partial" } & D) | ({ type: "done" } & D) | { type: "error"; message: string };

/**
 * Posts one request to a fresh worker and settles with its answer; the worker is ended either
 * way, so a job never outlives its caller's interest in it.
 */
export function runOnce<P, D>(
  worker: Worker,
  request: unknown,
  transfer: Transferable[],
  onProgress: (message: P) => void = () => undefined,
  onPartial: (message: D) => void = () => undefined,
): Promise<D> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<OneShotMessage<P, D>>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message);
      if (message.type === "partial") return onPartial(message);
      worker.terminate();
      if (message.type === "error") reject(new Error(message.message));
      else resolve(message);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "worker failed"));
    };
    worker.postMessage(request, transfer);
  });
}
