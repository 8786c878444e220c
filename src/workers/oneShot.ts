/** The messages a one-shot worker posts: any number of progress reports, then done or error. */
export type OneShotMessage<P, D> = ({ type: "progress" } & P) | ({ type: "done" } & D) | { type: "error"; message: string };

/**
 * Posts one request to a fresh worker and settles with its answer; the worker is ended either
 * way, so a job never outlives its caller's interest in it.
 */
export function runOnce<P, D>(
  worker: Worker,
  request: unknown,
  transfer: Transferable[],
  onProgress: (message: P) => void = () => undefined,
): Promise<D> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<OneShotMessage<P, D>>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message);
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
