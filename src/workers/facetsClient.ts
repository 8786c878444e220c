import type { FilterColumns, FilterState } from "../graph/filters/index.ts";
import type { Vintage } from "../model/types.ts";
import type { FacetsReply, FacetsRequest, FacetsResult } from "./facetsJob.ts";

export type { FacetsResult };

/** The facets worker as the app sees it; tests put facetsJob behind the same shape. */
export interface FacetsPort {
  setData(version: number, columns: FilterColumns, transfer: ArrayBuffer[]): void;
  /** Resolves with the counts, or null when a newer request replaced this one before it ran. */
  count(version: number, filter: FilterState, vintage: Vintage): Promise<FacetsResult | null>;
  dispose(): void;
}

/** One long-lived worker per app: it keeps the columns between filter changes. */
export function facetsInWorker(): FacetsPort {
  const worker = new Worker(new URL("./facets.worker.ts", import.meta.url), { type: "module" });
  let seq = 0;
  const pending = new Map<number, { resolve: (r: FacetsResult | null) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<FacetsReply>) => {
    const reply = event.data;
    // Requests before this one were superseded in the worker and will never be answered.
    for (const [s, p] of pending) {
      if (s > reply.seq) break;
      pending.delete(s);
      if (s < reply.seq) p.resolve(null);
      else if (reply.type === "counts") p.resolve({ counts: reply.counts, years: reply.years });
      else p.reject(new Error(reply.message));
    }
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "facets worker failed"));
    pending.clear();
  };
  const post = (request: FacetsRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  return {
    setData: (version, columns, transfer) => post({ type: "data", version, columns }, transfer),
    count(version, filter, vintage) {
      const mine = ++seq;
      return new Promise((resolve, reject) => {
        pending.set(mine, { resolve, reject });
        post({ type: "count", version, seq: mine, filter, vintage });
      });
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
    },
  };
}
