// Options of computeMetrics, with defaults in one place (resolveMetricsOptions) so the worker,
// the bench and the tests agree on what "default" means.
import type { RegionScale } from "../../model/scale.ts";

export type BetweennessMode = "auto" | "exact" | "sampled";

export interface MetricsOptions {
  /** Boundary vintage for the cross-division numbers ("2026-07" merges KR-29 and KR-46). */
  vintage: RegionScale;
  /** "auto": exact up to EXACT_BETWEENNESS_MAX_NODES companies, sampled above. */
  betweenness?: BetweennessMode;
  /** Source pivots for sampled betweenness (capped at the node count). */
  samples?: number;
  /** Seeds the pivot choice and Louvain, so the same graph always gives the same numbers. */
  seed?: number;
  onProgress?: (fraction: number, step: MetricsStep) => void;
  /** Each company's community, given (a bundle's drawn communities): Louvain is not run. */
  communities?: ReadonlyMap<string, number>;
}

/**
 * Options once the graph is flat: the vintage is already in its divisions (FlatGraph.vintage),
 * so computeMetricsFromFlat takes none and cannot disagree with it.
 */
export type FlatMetricsOptions = Omit<MetricsOptions, "vintage">;

/** Stable step names; the UI translates them. */
export type MetricsStep = "index" | "degrees" | "cross" | "pagerank" | "communities" | "betweenness" | "done";

/**
 * Exact Brandes is O(n·m): about 0.1 s at 2k companies / 10k links but seconds at 10k / 50k
 * (design.md §2 measured 17 s with the library), so "auto" samples above this size.
 */
export const EXACT_BETWEENNESS_MAX_NODES = 2_000;

/**
 * Pivots for sampled betweenness. The estimator's error shrinks like 1/sqrt(k) and does not
 * grow with n (see betweenness.ts), so a fixed k gives the same precision at every size; at
 * 10k / 50k it costs about a tenth of the exact run.
 */
export const DEFAULT_BETWEENNESS_SAMPLES = 1_000;

export const DEFAULT_METRICS_SEED = 1;

export interface ResolvedMetricsOptions {
  betweenness: BetweennessMode;
  samples: number;
  seed: number;
  onProgress: (fraction: number, step: MetricsStep) => void;
}

export function resolveMetricsOptions(options: FlatMetricsOptions): ResolvedMetricsOptions {
  const samples = options.samples ?? DEFAULT_BETWEENNESS_SAMPLES;
  if (!Number.isInteger(samples) || samples < 1) throw new Error(`graph/metrics: samples must be a positive integer, got ${samples}`);
  return {
    betweenness: options.betweenness ?? "auto",
    samples,
    seed: options.seed ?? DEFAULT_METRICS_SEED,
    onProgress: options.onProgress ?? (() => {}),
  };
}
