// The cross-regional part of CompanyMetrics on its own, for ranking without the costly
// metrics. One implementation serves both: computeMetrics' own cross-division pass.
export { computeCrossRegional as crossRegionalStats } from "../metrics/computeMetrics.ts";
