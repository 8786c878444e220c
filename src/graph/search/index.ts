export { buildSearchIndex, searchIndexOfGraph } from "./buildIndex.ts";
export { search } from "./search.ts";
export { foldId, foldName, initialsOf } from "./normalize.ts";
export type { MatchedField, SearchEntry, SearchHit, SearchIndex } from "./types.ts";
