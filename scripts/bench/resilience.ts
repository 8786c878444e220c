// Resilience analyses run on the main thread when the tab opens: they must stay short.
import { cuts } from "../../src/graph/resilience/cuts.ts";
import { removalImpact } from "../../src/graph/resilience/removalImpact.ts";
import { singleSupplierDivisions } from "../../src/graph/resilience/singleSupplierDivisions.ts";
import { soleSuppliers } from "../../src/graph/resilience/soleSuppliers.ts";
import { syntheticGraph } from "../lib/syntheticDataset.ts";
import { fmt, timeMedian } from "./stats.ts";

export interface ResilienceBenchRow {
  task: string;
  companies: number;
  links: number;
  ms: number;
}

export async function benchResilience(companies: number, links: number, runs: number): Promise<ResilienceBenchRow[]> {
  const graph = syntheticGraph(companies, links, 5);
  const tasks: Array<[string, () => unknown]> = [
    ["articulation points + bridges", () => cuts(graph)],
    ["sole suppliers", () => soleSuppliers(graph)],
    ["single-company dependence", () => singleSupplierDivisions(graph, "2023")],
    ["what-if: remove Busan", () => removalImpact(graph, { division: "KR-26" }, "2023")],
  ];
  const rows: ResilienceBenchRow[] = [];
  for (const [task, fn] of tasks) rows.push({ task, companies: graph.order, links: graph.size, ms: await timeMedian(runs, fn) });
  return rows;
}

export function resilienceTable(rows: readonly ResilienceBenchRow[]): string[] {
  return [
    "| resilience (Node, main thread in the app) | companies | links | median |",
    "|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.task} | ${r.companies} | ${r.links} | ${fmt(r.ms)} |`),
  ];
}
