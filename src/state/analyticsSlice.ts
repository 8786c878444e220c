import type { StateCreator } from "zustand/vanilla";
import type { DivisionCode } from "../model/types.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import type { Removal } from "../graph/removal.ts";

export type AnalyticsTab = "ranking" | "division" | "resilience" | "charts";

export type { Removal };

export interface MetricsStatus {
  running: boolean;
  fraction: number;
  step: string;
  error: string | null;
}

export interface AnalyticsSlice {
  analyticsOpen: boolean;
  analyticsTab: AnalyticsTab;
  /** Metrics of the shown graph under `metrics.vintage`; null until computed. */
  metrics: MetricsResult | null;
  /** The graph the metrics belong to, so a new load never shows stale numbers. */
  metricsGraphVersion: number;
  metricsStatus: MetricsStatus;
  /** Weights of the super-regional score, by link type and breadth vs volume. */
  rankingWeights: Record<string, number> | null;
  profileDivision: DivisionCode | null;
  removal: Removal | null;
  setAnalyticsOpen: (open: boolean) => void;
  setAnalyticsTab: (tab: AnalyticsTab) => void;
  setMetrics: (metrics: MetricsResult | null, graphVersion: number) => void;
  setMetricsStatus: (status: Partial<MetricsStatus>) => void;
  setRankingWeights: (weights: Record<string, number> | null) => void;
  setProfileDivision: (division: DivisionCode | null) => void;
  setRemoval: (removal: Removal | null) => void;
}

const IDLE: MetricsStatus = { running: false, fraction: 0, step: "", error: null };

export const createAnalyticsSlice: StateCreator<AnalyticsSlice, [], [], AnalyticsSlice> = (set) => ({
  analyticsOpen: false,
  analyticsTab: "ranking",
  metrics: null,
  metricsGraphVersion: 0,
  metricsStatus: IDLE,
  rankingWeights: null,
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
