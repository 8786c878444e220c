// Division-flow aggregation in Node on synthetic networks: the pass the app repeats whenever
// a filter or the vintage changes, so it must stay well under a second at 500k links.
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { aggregateFlows, companiesPerDivision, flowInputsOfDataset, flowsOfDataset, flowsOfGraph } from "../../src/graph/flows/divisionFlows.ts";
import type { Vintage } from "../../src/model/types.ts";
import { syntheticDataset } from "../lib/syntheticDataset.ts";
import { timeMedian } from "./stats.ts";

export interface FlowBenchSize {
  companies: number;
  links: number;
  runs: number;
}

export interface FlowBenchRow {
  companies: number;
  links: number;
  vintage: Vintage;
  /** aggregateFlows over prepared FlowInput[] (what the brief asks to time). */
  aggregateMs: number;
  /** flowsOfDataset: id -> division lookups included, no FlowInput objects. */
  fromDatasetMs: number;
  /** flowsOfGraph on the built graph: what the app runs per vintage (graphology's edge walk dominates). */
  fromGraphMs: number;
  crossLinks: number;
}

const VINTAGES_TIMED: readonly Vintage[] = ["2023", "2026-07"];

export async function benchFlows(sizes: readonly FlowBenchSize[]): Promise<FlowBenchRow[]> {
  const rows: FlowBenchRow[] = [];
  for (const size of sizes) {
    const dataset = syntheticDataset(size.companies, size.links);
    const inputs = flowInputsOfDataset(dataset);
    const companies = companiesPerDivision(dataset);
    const graph = buildGraph(dataset, { positions: new Map() });
    for (const vintage of VINTAGES_TIMED) {
      const aggregateMs = await timeMedian(size.runs, () => aggregateFlows(inputs, companies, vintage));
      const fromDatasetMs = await timeMedian(size.runs, () => flowsOfDataset(dataset, vintage));
      const fromGraphMs = await timeMedian(size.runs, () => flowsOfGraph(graph, vintage));
      const { crossLinks } = flowsOfDataset(dataset, vintage);
      rows.push({ companies: dataset.companies.length, links: dataset.links.length, vintage, aggregateMs, fromDatasetMs, fromGraphMs, crossLinks });
    }
    console.error(`bench/flows: ${size.links} links done`);
  }
  return rows;
}
