import type { FacetColumns } from "../../graph/filters/rows.ts";
import type { FilterState } from "../../graph/filters/types.ts";
import type { Vintage } from "../../model/types.ts";
import type { FacetsReply, FacetsRequest, FacetsResult } from "./facetsJob.ts";
import { latestReplies } from "../latestReplies.ts";

export type { FacetsResult };

/** The facets worker as the app sees it; tests put facetsJob behind the same shape. */
export interface FacetsPort {
  setData(version: number, columns: FacetColumns, transfer: ArrayBuffer[]): void;
  /** Resolves with the counts, or null when a newer request replaced this one before it ran. */
  count(version: number, filter: FilterState, vintage: Vintage): Promise<FacetsResult | null>;
  dispose(): void;
}

/** One long-lived worker per app: it keeps the columns between filter changes. */
export function facetsInWorker(): FacetsPort {
  const worker = new Worker(new URL("./facets.worker.ts", import.meta.url), { type: "module" });
  const replies = latestReplies<FacetsResult>();
  worker.onmessage = (event: MessageEvent<FacetsReply>) => {
    const reply = event.data;
    replies.answer(reply.seq, reply.type === "counts" ? { value: { counts: reply.counts, years: reply.years } } : { error: reply.message });
  };
  worker.onerror = (event) => replies.fail(event.message || "facets worker failed");
  const post = (request: FacetsRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  return {
    setData: (version, columns, transfer) => post({ type: "data", version, columns }, transfer),
    count(version, filter, vintage) {
      const { seq, promise } = replies.next();
      post({ type: "count", version, seq, filter, vintage });
      return promise;
    },
    dispose() {
      worker.terminate();
      replies.drop();
    },
  };
}
