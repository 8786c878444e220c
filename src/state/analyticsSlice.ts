import { scaleOf } from "./regionScale.ts";
import type { StateCreator } from "zustand/vanilla";
import type { DivisionCode } from "../model/types.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import type { Removal } from "../graph/filters/whatIfRemoval.ts";
import type { RankingWeights } from "../graph/ranking/types.ts";
import type { AnalyticsUi, StoredView } from "./view/schema.ts";
import type { AnalyticsTab } from "./view/values.ts";

export type { Removal };

export interface MetricsStatus {
  running: boolean;
  fraction: number;
  step: string;
  error: string | null;
}

export const IDLE_METRICS: MetricsStatus = { running: false, fraction: 0, step: "", error: null };

export interface AnalyticsSlice {
  /** Metrics of the shown graph under `metrics.vintage`; null until computed. */
  metrics: MetricsResult | null;
  /** The graph the metrics belong to, so a new load never shows stale numbers. */
  metricsGraphVersion: number;
  metricsStatus: MetricsStatus;
  profileDivision: DivisionCode | null;
  removal: Removal | null;
  setAnalyticsOpen: (open: boolean) => void;
  setAnalyticsTab: (tab: AnalyticsTab) => void;
  setMetrics: (metrics: MetricsResult | null, graphVersion: number) => void;
  setMetricsStatus: (status: Partial<MetricsStatus>) => void;
  setRankingWeights: (weights: RankingWeights) => void;
  setProfileDivision: (division: DivisionCode | null) => void;
  setRemoval: (removal: Removal | null) => void;
}

export const createAnalyticsSlice: StateCreator<AnalyticsSlice & AnalyticsUi & Pick<StoredView, "rankingWeights">, [], [], AnalyticsSlice> = (set) => ({
  metrics: null,
  metricsGraphVersion: 0,
  metricsStatus: IDLE_METRICS,
  profileDivision: null,
  removal: null,
  setAnalyticsOpen: (analyticsOpen) => set({ analyticsOpen }),
  setAnalyticsTab: (analyticsTab) => set({ analyticsTab }),
  setMetrics: (metrics, metricsGraphVersion) => set({ metrics, metricsGraphVersion }),
  setMetricsStatus: (status) => set((state) => ({ metricsStatus: { ...state.metricsStatus, ...status } })),
  setRankingWeights: (rankingWeights) => set({ rankingWeights }),
  setProfileDivision: (profileDivision) => set({ profileDivision }),
  setRemoval: (removal) => set({ removal }),
});

/** The metrics of the graph and vintage on screen, or null while they are stale or missing. */
export function currentMetrics(state: Pick<AnalyticsSlice, "metrics" | "metricsGraphVersion"> & { graphVersion: number } & Parameters<typeof scaleOf>[0]): MetricsResult | null {
  const m = state.metrics;
  return m && state.metricsGraphVersion === state.graphVersion && m.vintage === scaleOf(state) ? m : null;
}
