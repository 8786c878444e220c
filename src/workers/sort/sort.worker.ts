// Thin worker entry: the order is graph/table/tableRows.ts's sortOrder, the same function small tables run.
import { sortOrder, type CellValue, type SortDir } from "../../graph/table/tableRows.ts";

export interface SortRequest {
  seq: number;
  values: CellValue[];
  dir: SortDir;
  locale: string;
}

export type SortReply = { seq: number; order: Int32Array } | { seq: number; error: string };

let scheduled = false;
let next: SortRequest | null = null;

self.onmessage = (event: MessageEvent<SortRequest>) => {
  next = event.data;
  // Answer after the queue drains: a request that arrived meanwhile replaces the one before it.
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    const request = next;
    next = null;
    if (!request) return;
    try {
      const order = sortOrder(request.values, request.dir, request.locale);
      self.postMessage({ seq: request.seq, order } satisfies SortReply, { transfer: [order.buffer] });
    } catch (error) {
      self.postMessage({ seq: request.seq, error: error instanceof Error ? error.message : String(error) } satisfies SortReply);
    }
  }, 0);
};
