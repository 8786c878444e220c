import { useEffect, useMemo, useState } from "react";
import { pick, sortRows, type CellValue } from "../../graph/table/tableRows.ts";
import { useApp } from "../useAtlas.ts";
import type { Column } from "./columns.ts";
import type { SortState } from "./SortHeader.tsx";

/**
 * The table's rows in the chosen order: sorted here for small tables, in the sort worker for big
 * ones (the rows stay as they were, marked busy, until the order arrives).
 */
export function useSortedRows<R extends object>(rows: readonly R[], columns: readonly Column<R>[], sort: SortState<R>): { sorted: readonly R[]; busy: boolean } {
  const app = useApp();
  const inWorker = app.tableSort.inWorker(rows.length);
  const local = useMemo(() => {
    if (inWorker) return null;
    const column = columns.find((c) => c.key === sort.key);
    return sortRows(rows, sort.key, sort.dir, column?.sortKey ? { keyOf: column.sortKey } : {});
  }, [rows, columns, sort, inWorker]);
  const [remote, setRemote] = useState<{ rows: readonly R[]; sort: SortState<R>; sorted: R[] } | null>(null);
  useEffect(() => {
    if (!inWorker) return;
    let live = true;
    const keyOf = columns.find((c) => c.key === sort.key)?.sortKey;
    // What the column sorts by, read here: the worker gets plain values, never the rows.
    const values = rows.map((row) => {
      const raw = (row as Record<string, unknown>)[sort.key] as CellValue;
      return keyOf ? keyOf(raw) : raw;
    });
    void app.tableSort.order(values, sort.dir, "ko").then((order) => {
      if (live && order) setRemote({ rows, sort, sorted: pick(rows, order) });
    });
    return () => {
      live = false;
    };
  }, [app, rows, columns, sort, inWorker]);
  if (local) return { sorted: local, busy: false };
  if (remote && remote.rows === rows) return { sorted: remote.sorted, busy: remote.sort !== sort };
  return { sorted: rows, busy: true };
}
