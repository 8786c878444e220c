// Filters: the FilterState contract, its compiled predicates, counts for the filter panel,
// and the year histogram. Untrusted filters (links, saved sessions) are checked by src/state/view/filterField.ts. Pure: no React, no DOM.
export { NO_FILTER, isEmptyFilter, singleLinkType, type DivisionRole, type EndRole, type FilterState } from "./types.ts";
export { compileFilter, type CompiledFilter } from "./compile.ts";
export { countFacets, filterCounts, type CompanyFacetOption, type FacetOption, type FilterCounts } from "./counts.ts";
export { yearHistogram, yearsOf, type YearBin, type YearHistogram } from "./histogram.ts";
export { NO_TIER } from "./nodeTable.ts";
export { columnRows, filterColumns, graphRows, type FilterColumns, type FilterRows } from "./rows.ts";
