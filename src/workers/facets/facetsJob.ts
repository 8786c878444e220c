// What the facets worker does, as plain functions: it holds the graph's filter columns and
// answers the filter panel's counts and year histogram for each filter the user sets.
import { columnRows, type FacetColumns, type FilterRows } from "../../graph/filters/rows.ts";
import { countFacets, type FilterCounts } from "../../graph/filters/counts.ts";
import { yearsOf, type YearHistogram } from "../../graph/filters/histogram.ts";
import type { FilterState } from "../../graph/filters/types.ts";
import type { Vintage } from "../../model/types.ts";

export type FacetsRequest =
  | { type: "data"; version: number; columns: FacetColumns }
  | { type: "count"; version: number; seq: number; filter: FilterState; vintage: Vintage };

export interface FacetsResult {
  counts: FilterCounts;
  years: YearHistogram;
}

export type FacetsReply = ({ type: "counts"; seq: number } & FacetsResult) | { type: "error"; seq: number; message: string };

/**
 * Takes requests in order; `answer()` then counts only the newest count request still waiting:
 * a user ticking three boxes in a row waits for one count, not three.
 */
export function facetsJob() {
  let rows: FilterRows | null = null;
  let version = -1;
  let waiting: Extract<FacetsRequest, { type: "count" }> | null = null;
  return {
    take(request: FacetsRequest): void {
      if (request.type === "data") {
        rows = columnRows(request.columns);
        version = request.version;
      } else waiting = request;
    },
    /** The reply to the newest waiting request; null when none waits. Superseded requests get no reply. */
    answer(): FacetsReply | null {
      const request = waiting;
      waiting = null;
      if (!request) return null;
      if (!rows || request.version !== version) return { type: "error", seq: request.seq, message: `facets: no data for version ${request.version}` };
      try {
        return { type: "counts", seq: request.seq, counts: countFacets(rows, request.filter, request.vintage), years: yearsOf(rows, request.filter, request.vintage) };
      } catch (error) {
        return { type: "error", seq: request.seq, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
