// Parse + place + build in Node, on synthetic networks of growing size.
import { readFiles } from "../../src/io/read/readFiles.ts";
import { placeCompanies } from "../../src/geo/placement.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { syntheticFiles } from "../lib/syntheticDataset.ts";
import { timeMedian } from "./stats.ts";

export interface NodeBenchRow {
  companies: number;
  links: number;
  megabytes: number;
  parseMs: number;
  placeMs: number;
  buildMs: number;
}

export async function benchNode(sizes: ReadonlyArray<{ companies: number; links: number; runs: number }>): Promise<NodeBenchRow[]> {
  const geo = createKoreaGeo(KOREA_TOPO);
  const rows: NodeBenchRow[] = [];
  for (const size of sizes) {
    const files = syntheticFiles(size.companies, size.links);
    const dataset = readFiles(files);
    const positions = placeCompanies(dataset.companies, geo);
    const parseMs = await timeMedian(size.runs, () => readFiles(files));
    const placeMs = await timeMedian(size.runs, () => placeCompanies(dataset.companies, geo));
    const buildMs = await timeMedian(size.runs, () => buildGraph(dataset, { positions }));
    rows.push({
      companies: dataset.companies.length,
      links: dataset.links.length,
      megabytes: (files[0]!.bytes.length + files[1]!.bytes.length) / 1e6,
      parseMs,
      placeMs,
      buildMs,
    });
    console.error(`bench/node: ${size.links} links done`);
  }
  return rows;
}
