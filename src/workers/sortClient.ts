import type { CellValue, SortDir } from "../graph/tables.ts";
import type { SortReply, SortRequest } from "./sort.worker.ts";

/** The table's sort worker as the app sees it. */
export interface SortPort {
  /** Row indexes in sorted order; null when a newer request replaced this one. */
  order(values: CellValue[], dir: SortDir, locale: string): Promise<Int32Array | null>;
  dispose(): void;
}

/** One long-lived worker per app; a newer sort makes older ones answer null. */
export function sortInWorker(): SortPort {
  const worker = new Worker(new URL("./sort.worker.ts", import.meta.url), { type: "module" });
  let seq = 0;
  const pending = new Map<number, { resolve: (order: Int32Array | null) => void; reject: (error: Error) => void }>();
  worker.onmessage = (event: MessageEvent<SortReply>) => {
    const reply = event.data;
    for (const [s, p] of pending) {
      if (s > reply.seq) break;
      pending.delete(s);
      if (s < reply.seq) p.resolve(null);
      else if ("order" in reply) p.resolve(reply.order);
      else p.reject(new Error(reply.error));
    }
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "sort worker failed"));
    pending.clear();
  };
  return {
    order(values, dir, locale) {
      const mine = ++seq;
      return new Promise((resolve, reject) => {
        // Earlier requests are dropped in the worker: settle them here.
        for (const [s, p] of pending) {
          pending.delete(s);
          p.resolve(null);
        }
        pending.set(mine, { resolve, reject });
        worker.postMessage({ seq: mine, values, dir, locale } satisfies SortRequest);
      });
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
    },
  };
}
