import { sortOrder, type CellValue, type SortDir } from "../graph/table/tableRows.ts";
import type { SortPort } from "../workers/sort/sortClient.ts";

/**
 * From this many rows the data table sorts in a worker: collating 50,000 supplier names took
 * 54–93 ms on the main thread, a numeric column about 20 ms, and ten times that at 500k.
 */
export const SORT_IN_WORKER_ROWS = 20_000;

export type TableSortService = ReturnType<typeof createTableSortService>;

/** The data table's sorting: here for small tables, in a worker (started on first use) for big ones. */
export function createTableSortService(makePort: (() => SortPort) | null) {
  let port: SortPort | null = null;
  return {
    inWorker: (rows: number) => makePort !== null && rows >= SORT_IN_WORKER_ROWS,
    /** Row indexes in sorted order; null when a newer sort replaced this one. A failed worker sorts here instead. */
    async order(values: CellValue[], dir: SortDir, locale: string): Promise<Int32Array | null> {
      if (!makePort) return sortOrder(values, dir, locale);
      port ??= makePort();
      try {
        return await port.order(values, dir, locale);
      } catch {
        return sortOrder(values, dir, locale);
      }
    },
    dispose() {
      port?.dispose();
      port = null;
    },
  };
}
