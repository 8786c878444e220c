// Filters in Node on synthetic networks: what one filter change costs the app (compile, then
// one keepEdge pass over every link), and the two panel computations that follow it.
// Run alone with `npx tsx scripts/bench/filters.ts [--quick]`.
import { pathToFileURL } from "node:url";
import { compileFilter } from "../../src/graph/filters/compile.ts";
import { filterCounts } from "../../src/graph/filters/counts.ts";
import { NO_FILTER, type FilterState } from "../../src/graph/filters/types.ts";
import { yearHistogram } from "../../src/graph/filters/histogram.ts";
import { flowsOfGraph } from "../../src/graph/flows/divisionFlows.ts";
import type { SupplyGraph } from "../../src/graph/types.ts";
import { syntheticGraph } from "../lib/syntheticDataset.ts";
import { fmt, timeMedian } from "./stats.ts";

export interface FilterBenchSize {
  companies: number;
  links: number;
  runs: number;
}

export interface FilterBenchRow {
  task: string;
  filter: string;
  companies: number;
  links: number;
  runs: number;
  ms: number;
}

export const FILTER_BENCH_SIZES: readonly FilterBenchSize[] = [
  { companies: 10_000, links: 50_000, runs: 9 },
  { companies: 100_000, links: 500_000, runs: 5 },
];

/** Every rule on at once, and a division choice alone (every link then needs both ends). */
const FILTERS: ReadonlyArray<[string, FilterState]> = [
  [
    "every rule",
    {
      ...NO_FILTER,
      divisions: ["KR-11", "KR-26", "KR-29"],
      divisionRole: "either",
      industries: ["machinery", "auto parts", "electronics", "semiconductors", "batteries", "chemicals"],
      tiers: [],
      linkTypes: ["production", "sales", "technology"],
      yearFrom: 2020,
      yearTo: 2024,
      minWeight: 50,
      crossOnly: true,
    },
  ],
  ["divisions only", { ...NO_FILTER, divisions: ["KR-41"], divisionRole: "supplier" }],
];


/** Compile, then keepEdge over every link: what applying a filter costs before any drawing. */
function applyOnce(graph: SupplyGraph, filter: FilterState): number {
  const { keepEdge } = compileFilter(graph, filter, "2023");
  let kept = 0;
  graph.forEachEdge((edge, attributes) => {
    if (keepEdge(edge, attributes)) kept++;
  });
  return kept;
}

export async function benchFilters(sizes: readonly FilterBenchSize[] = FILTER_BENCH_SIZES): Promise<FilterBenchRow[]> {
  const rows: FilterBenchRow[] = [];
  for (const size of sizes) {
    const graph = syntheticGraph(size.companies, size.links);
    const at = { companies: graph.order, links: graph.size, runs: size.runs };
    // Once per graph: the first compile also builds the shared index (graphIndex.ts).
    const firstStart = performance.now();
    compileFilter(graph, NO_FILTER, "2023");
    rows.push({ task: "first compile (builds the graph index)", filter: "none", ...at, runs: 1, ms: performance.now() - firstStart });
    // The bare edge walk, so the filter's own share can be read off.
    rows.push({ task: "edge walk alone", filter: "–", ...at, ms: await timeMedian(size.runs, () => graph.forEachEdge(() => undefined)) });
    for (const [name, filter] of FILTERS) {
      const time = async (task: string, fn: () => unknown) => rows.push({ task, filter: name, ...at, ms: await timeMedian(size.runs, fn) });
      await time("compile", () => compileFilter(graph, filter, "2023"));
      await time("compile + keepEdge pass", () => applyOnce(graph, filter));
      await time("flowsOfGraph with keepEdge", () => flowsOfGraph(graph, "2023", compileFilter(graph, filter, "2023").keepEdge));
      await time("filterCounts", () => filterCounts(graph, filter, "2023"));
      await time("yearHistogram", () => yearHistogram(graph, filter, "2023"));
    }
    console.error(`bench/filters: ${size.links} links done`);
  }
  return rows;
}

export function filtersTable(rows: readonly FilterBenchRow[]): string[] {
  return [
    "| filters (Node) | filter | companies | links | median |",
    "|---|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.task} | ${r.filter} | ${r.companies} | ${r.links} | ${fmt(r.ms)} |`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  const rows = await benchFilters(quick ? FILTER_BENCH_SIZES.slice(0, 1) : FILTER_BENCH_SIZES);
  console.log(filtersTable(rows).join("\n"));
}
