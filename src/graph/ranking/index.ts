// Super-regional ranking: score every company's collaboration with other divisions and check
// the ministry's designation against it. Pure: runs in Node, workers and tests.
export { scoreCompanies } from "./score.ts";
export { DEFAULT_WEIGHTS, resolveWeights } from "./weights.ts";
export { formulaText } from "./formula.ts";
export { designationCheck } from "./designation.ts";
export type { DesignationCheck, DesignatedPlace, Lookalike } from "./designation.ts";
export { crossRegionalStats } from "./crossRegional.ts";
export { rankingLookups } from "./lookups.ts";
export type { RankingLookups } from "./lookups.ts";
export type { CompanyLabel, RankedCompany, RankingInput, RankingWeights, ScorePart } from "./types.ts";
