// Per-company metrics in Node on synthetic networks: everything computeMetrics does by default
// at 10k / 50k, and what exact betweenness costs next to the sampled default.
import { computeBetweenness } from "../../src/graph/metrics/betweenness.ts";
import { flattenGraph } from "../../src/graph/metrics/flatGraph.ts";
import { packFlatGraph } from "../../src/graph/metrics/flatTransfer.ts";
import { computeMetrics } from "../../src/graph/metrics/computeMetrics.ts";
import { DEFAULT_BETWEENNESS_SAMPLES } from "../../src/graph/metrics/options.ts";
import { packMetricsResult, unpackMetricsResult } from "../../src/graph/metrics/resultTransfer.ts";
import { syntheticGraph } from "../lib/syntheticDataset.ts";
import { fmt, timeMedian } from "./stats.ts";

export interface MetricsBenchRow {
  task: string;
  companies: number;
  links: number;
  /** Timed runs the median is taken over (after one warm-up unless runs is 1). */
  runs: number;
  ms: number;
  /** Betweenness: how it was computed and its stated error. */
  betweenness?: string;
}

/** Exact betweenness above this many companies is timed once: one run takes several seconds. */
const EXACT_SINGLE_RUN_ABOVE = 5_000;


export async function benchMetrics(): Promise<MetricsBenchRow[]> {
  const rows: MetricsBenchRow[] = [];
  const big = syntheticGraph(10_000, 50_000);
  const size = { companies: big.order, links: big.size };

  const defaults = computeMetrics(big, { vintage: "2023" }).betweenness;
  rows.push({
    task: "all metrics, defaults",
    ...size,
    runs: 3,
    ms: await timeMedian(3, () => computeMetrics(big, { vintage: "2023" })),
    betweenness: `${defaults.mode}, ${defaults.samples} pivots, ±${defaults.expectedError.toFixed(4)}`,
  });
  // What the worker hand-off costs on the main thread: flatten, pack, and the clone with the
  // typed arrays in the transfer list (Node's structuredClone does what postMessage does).
  rows.push({
    task: "flatten + clone payload (to worker)",
    ...size,
    runs: 5,
    ms: await timeMedian(5, () => {
      const { payload, transfer } = packFlatGraph(flattenGraph(big, "2023"));
      return structuredClone(payload, { transfer });
    }),
  });
  // And the way back: the worker packs the result into columns, the clone moves their buffers,
  // the main thread rebuilds the objects (cloning the result whole cost 40-220 ms there).
  const result = computeMetrics(big, { vintage: "2023" });
  rows.push({
    task: "pack + clone + unpack result",
    ...size,
    runs: 5,
    ms: await timeMedian(5, () => {
      const { payload, transfer } = packMetricsResult(result);
      return unpackMetricsResult(structuredClone(payload, { transfer }));
    }),
  });

  for (const [companies, links] of [
    [2_000, 10_000],
    [10_000, 50_000],
  ] as const) {
    const graph = companies === 10_000 ? big : syntheticGraph(companies, links);
    const flat = flattenGraph(graph, "2023");
    const at = { companies: graph.order, links: graph.size };
    const sampled = computeBetweenness(flat, { mode: "sampled", samples: DEFAULT_BETWEENNESS_SAMPLES, seed: 1 });
    rows.push({
      task: "betweenness, sampled",
      ...at,
      runs: 3,
      ms: await timeMedian(3, () => computeBetweenness(flat, { mode: "sampled", samples: DEFAULT_BETWEENNESS_SAMPLES, seed: 1 })),
      betweenness: `${sampled.info.samples} pivots, ±${sampled.info.expectedError.toFixed(4)}`,
    });
    const exactRuns = companies > EXACT_SINGLE_RUN_ABOVE ? 1 : 3;
    rows.push({
      task: "betweenness, exact",
      ...at,
      runs: exactRuns,
      ms: await timeMedian(exactRuns, () => computeBetweenness(flat, { mode: "exact", samples: 1, seed: 1 }), exactRuns === 1 ? 0 : 1),
      betweenness: "exact",
    });
    console.error(`bench/metrics: ${links} links done`);
  }
  return rows;
}

/** Markdown lines in the style of scripts/bench.ts. */
export function metricsTable(rows: readonly MetricsBenchRow[]): string[] {
  return [
    "| metrics (Node) | companies | links | runs (median) | time | betweenness |",
    "|---|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.task} | ${r.companies} | ${r.links} | ${r.runs} | ${fmt(r.ms)} | ${r.betweenness ?? "–"} |`),
  ];
}
