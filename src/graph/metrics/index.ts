// Public entry of graph/metrics.
export { computeMetrics, computeMetricsFromFlat, computeCrossRegional } from "./computeMetrics.ts";
export { assignMetrics, clearMetrics, readMetric } from "./assign.ts";
export { METRIC_KEYS, METRIC_PREFIX, type MetricKeyInfo, type MetricKind } from "./keys.ts";
export {
  DEFAULT_BETWEENNESS_SAMPLES,
  DEFAULT_METRICS_SEED,
  EXACT_BETWEENNESS_MAX_NODES,
  type BetweennessMode,
  type FlatMetricsOptions,
  type MetricsOptions,
  type MetricsStep,
} from "./options.ts";
export type { BetweennessInfo, CompanyMetrics, CrossRegionalStat, MetricsResult } from "./types.ts";
