// Whether a FilterState, read without any data, asks for nothing: for "clear filters" buttons
// and for leaving the filter out of the URL. compileFilter's isEmpty also knows the graph.
import { LINK_TYPES } from "../../model/types.ts";
import type { FilterState } from "./types.ts";

export function isNoFilter(filter: FilterState): boolean {
  const allTypes = filter.linkTypes.length === 0 || LINK_TYPES.every((t) => filter.linkTypes.includes(t));
  return (
    filter.divisions.length === 0 &&
    filter.industries.length === 0 &&
    filter.tiers.length === 0 &&
    allTypes &&
    filter.yearFrom === null &&
    filter.yearTo === null &&
    !(filter.minWeight > 0) &&
    !filter.crossOnly
  );
}
