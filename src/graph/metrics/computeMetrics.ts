// All per-company metrics in one pass over flat arrays. Pure: one core, computeMetricsFromFlat,
// runs in the metrics worker (on the arrays the main thread transferred, see flatTransfer.ts),
// in Node tests, the bench and the CLI (through computeMetrics, which flattens first).
import type { RegionScale } from "../../model/scale.ts";
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";
import { computeBetweenness } from "./betweenness.ts";
import { computeCommunities, givenCommunities } from "./communities.ts";
import { computeCross, type CrossArrays } from "./crossRegional.ts";
import { computeDegrees } from "./degrees.ts";
import { ALL_TYPES, TYPE_SLOTS, flattenGraph, type FlatGraph } from "./flatGraph.ts";
import { resolveMetricsOptions, type FlatMetricsOptions, type MetricsOptions } from "./options.ts";
import { computePagerank } from "./pagerank.ts";
import type { CompanyMetrics, CrossRegionalStat, MetricsResult } from "./types.ts";

/**
 * Where each step starts on the progress bar, from timings at 10k / 50k (scripts/bench/
 * metrics.ts): betweenness takes about 75% of the run, PageRank (building its graph included)
 * and Louvain about a tenth each.
 */
const PROGRESS = { index: 0, degrees: 0.005, cross: 0.01, pagerank: 0.015, communities: 0.13, betweenness: 0.25 } as const;

function crossStat(cross: CrossArrays, u: number, slot: number): CrossRegionalStat {
  const i = u * TYPE_SLOTS + slot;
  return { partners: cross.crossPartners[i]!, links: cross.crossLinks[i]!, weight: cross.crossWeight[i]! };
}

function crossRecord(cross: CrossArrays, u: number): Record<LinkType | "all", CrossRegionalStat> {
  const record = { all: crossStat(cross, u, ALL_TYPES) } as Record<LinkType | "all", CrossRegionalStat>;
  LINK_TYPES.forEach((type, t) => (record[type] = crossStat(cross, u, t)));
  return record;
}

/** Every metric of a graph, flattened under `options.vintage` (Node callers: bench, tests, CLI). */
export function computeMetrics(graph: SupplyGraph, options: MetricsOptions): MetricsResult {
  return computeMetricsFromFlat(flattenGraph(graph, options.vintage), options);
}

/** Every metric from the flat arrays alone; the cross-division numbers follow `flat.vintage`. */
export function computeMetricsFromFlat(flat: FlatGraph, options: FlatMetricsOptions): MetricsResult {
  const opts = resolveMetricsOptions(options);
  const progress = opts.onProgress;
  progress(PROGRESS.index, "index");
  progress(PROGRESS.degrees, "degrees");
  const degrees = computeDegrees(flat);
  progress(PROGRESS.cross, "cross");
  const cross = computeCross(flat);
  progress(PROGRESS.pagerank, "pagerank");
  const pagerank = computePagerank(flat);
  progress(PROGRESS.communities, "communities");
  const communities = options.communities ? givenCommunities(flat, options.communities) : computeCommunities(flat, opts.seed);
  progress(PROGRESS.betweenness, "betweenness");
  const span = 1 - PROGRESS.betweenness;
  const betweenness = computeBetweenness(flat, {
    mode: opts.betweenness,
    samples: opts.samples,
    seed: opts.seed,
    onProgress: (f) => progress(PROGRESS.betweenness + span * f, "betweenness"),
  });

  const companies = flat.ids.map((id, u): CompanyMetrics => {
    const inDegree = degrees.inDegree[u]!;
    const outDegree = degrees.outDegree[u]!;
    const weightedDegree = degrees.weighted[u]!;
    const partners = cross.partners[u]!;
    const crossAll = u * TYPE_SLOTS + ALL_TYPES;
    return {
      id,
      inDegree,
      outDegree,
      degree: inDegree + outDegree,
      weightedDegree,
      pagerank: pagerank[u]!,
      betweenness: betweenness.values[u]!,
      community: communities.community[u]!,
      partnerDivisions: cross.partnerDivisions[u]!,
      crossPartnerShare: partners === 0 ? 0 : cross.crossPartners[crossAll]! / partners,
      crossWeightShare: weightedDegree === 0 ? 0 : cross.crossWeight[crossAll]! / weightedDegree,
      cross: crossRecord(cross, u),
    };
  });
  progress(1, "done");
  return { companies, betweenness: betweenness.info, communities: communities.count, vintage: flat.vintage };
}

/**
 * Only the cross-division collaboration, for callers that rank without needing PageRank,
 * communities or betweenness (the `inspect --rank` CLI): same arrays, same definitions.
 */
export function computeCrossRegional(graph: SupplyGraph, vintage: RegionScale): Array<Pick<CompanyMetrics, "id" | "partnerDivisions" | "cross">> {
  const flat = flattenGraph(graph, vintage);
  const cross = computeCross(flat);
  return flat.ids.map((id, u) => ({ id, partnerDivisions: cross.partnerDivisions[u]!, cross: crossRecord(cross, u) }));
}
