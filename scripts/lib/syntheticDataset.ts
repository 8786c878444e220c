// Synthetic networks as the app would read them: the same readers and graph builder, so
// benchmarks and scale tests measure the real path from CSV text to graph.
import { readFiles } from "../../src/io/read/readFiles.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import type { SupplyGraph } from "../../src/graph/types.ts";
import type { Dataset, InputFile } from "../../src/model/types.ts";
import { syntheticNetwork } from "./synthetic.ts";

export function syntheticFiles(companies: number, links: number, seed = 7): InputFile[] {
  const encoder = new TextEncoder();
  const net = syntheticNetwork({ companies, links, seed });
  return [
    { name: "companies.csv", bytes: encoder.encode(net.companiesCsv) },
    { name: "links.csv", bytes: encoder.encode(net.linksCsv) },
  ];
}

export function syntheticDataset(companies: number, links: number, seed = 7): Dataset {
  return readFiles(syntheticFiles(companies, links, seed));
}

/** Built without map positions: enough for every analysis that does not draw. */
export function syntheticGraph(companies: number, links: number, seed = 7): SupplyGraph {
  return buildGraph(syntheticDataset(companies, links, seed), { positions: new Map() });
}
