import type { CellValue, SortDir } from "../../graph/table/tableRows.ts";
import type { SortReply, SortRequest } from "./sort.worker.ts";
import { latestReplies } from "../latestReplies.ts";

/** The table's sort worker as the app sees it. */
export interface SortPort {
  /** Row indexes in sorted order; null when a newer request replaced this one. */
  order(values: CellValue[], dir: SortDir, locale: string): Promise<Int32Array | null>;
  dispose(): void;
}

/** One long-lived worker per app; a newer sort makes older ones answer null. */
export function sortInWorker(): SortPort {
  const worker = new Worker(new URL("./sort.worker.ts", import.meta.url), { type: "module" });
  const replies = latestReplies<Int32Array>();
  worker.onmessage = (event: MessageEvent<SortReply>) => {
    const reply = event.data;
    replies.answer(reply.seq, "order" in reply ? { value: reply.order } : { error: reply.error });
  };
  worker.onerror = (event) => replies.fail(event.message || "sort worker failed");
  return {
    order(values, dir, locale) {
      const { seq, promise } = replies.next();
      worker.postMessage({ seq, values, dir, locale } satisfies SortRequest);
      return promise;
    },
    dispose() {
      worker.terminate();
      replies.drop();
    },
  };
}
