import { useEffect, useMemo, useState } from "react";
import type { RowBuilder } from "../../graph/table/tableRows.ts";
import { stepInBackground } from "../../schedule/ownTask.ts";

/**
 * From this many companies and links to go through, a table's rows are built across tasks: at
 * 100k / 500k opening the table built the link rows in one task of 240 ms and the company rows
 * (with their link counts) in one of 300 ms. Below it they take a few milliseconds, built at once.
 */
export const ROWS_IN_SLICES = 20_000;
/** Main-thread work per slice: well under the 50 ms that counts as a long task. */
const SLICE_MS = 25;

/**
 * The rows `make` builds, once per change of `deps`: at once for a small table, otherwise a
 * slice per task. Meanwhile `building` is true and `rows` are the ones built before (a filter
 * change keeps the table as it was until the new rows are there), or null when there are none.
 */
export function useBuiltRows<R>(make: () => RowBuilder<R>, deps: readonly unknown[]): { rows: readonly R[] | null; building: boolean } {
  // The builder is the memo: a new one whenever what the rows are built from changes.
  const builder = useMemo(make, deps);
  const inSlices = builder.size >= ROWS_IN_SLICES;
  const atOnce = useMemo(() => {
    if (inSlices) return null;
    while (!builder.step(Infinity));
    return builder.rows;
  }, [builder, inSlices]);
  const [built, setBuilt] = useState<{ builder: RowBuilder<R>; rows: readonly R[] } | null>(null);
  useEffect(() => {
    if (!inSlices) return;
    let live = true;
    void (async () => {
      // Sized from the pace of the first slice.
      const done = await stepInBackground((budget) => builder.step(budget), () => live, { first: 5_000, sliceMs: SLICE_MS, least: 1_000 });
      if (done && live) setBuilt({ builder, rows: builder.rows });
    })();
    return () => {
      live = false;
    };
  }, [builder, inSlices]);
  if (atOnce) return { rows: atOnce, building: false };
  return { rows: built?.rows ?? null, building: built?.builder !== builder };
}
