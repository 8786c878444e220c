// Per-company metrics: computed in a worker, written onto nodes, read by the ranking,
// the tables, colouring and export.
import type { LinkType } from "../../model/types.ts";

/** Collaboration with companies in OTHER divisions, for one link type or all. */
export interface CrossRegionalStat {
  /** Distinct partner companies (either direction) in another division. */
  partners: number;
  /** Links to or from another division. */
  links: number;
  /** Summed weight of those links. */
  weight: number;
}

export interface CompanyMetrics {
  id: string;
  inDegree: number;
  outDegree: number;
  degree: number;
  /** Summed weight of in + out links. */
  weightedDegree: number;
  pagerank: number;
  /** Normalised betweenness (0..1); sampled when `BetweennessInfo.mode` says so. */
  betweenness: number;
  /** Louvain community id (undirected, weighted by link count). */
  community: number;
  /** Distinct other divisions among partners. */
  partnerDivisions: number;
  /** Share of distinct partners located in another division (0 without partners). */
  crossPartnerShare: number;
  /** Share of link weight going to or coming from another division (0 without weight). */
  crossWeightShare: number;
  /** Cross-division collaboration per link type and in total. */
  cross: Record<LinkType | "all", CrossRegionalStat>;
}

export interface BetweennessInfo {
  mode: "exact" | "sampled";
  /** Source nodes used (= node count when exact). */
  samples: number;
  /** Expected absolute error of a normalised value, stated in the UI (0 when exact). */
  expectedError: number;
}

export interface MetricsResult {
  companies: CompanyMetrics[];
  betweenness: BetweennessInfo;
  communities: number;
  /** The boundary vintage the cross-division numbers were computed under. */
  vintage: string;
}
