// Reader throughput alone (bytes -> Dataset, no placement or graph) on synthetic CSV, so a
// change to decoding, CSV splitting or value parsing can be compared before and after.
//   npx tsx -e 'import("./scripts/bench/readers.ts").then(m => m.benchReaders()).then(r => console.log(r))'
import { readFiles } from "../../src/io/read/readFiles.ts";
import { syntheticFiles } from "../lib/syntheticDataset.ts";
import { timeMedian } from "./stats.ts";

export interface ReaderBenchRow {
  companies: number;
  links: number;
  megabytes: number;
  /** Median wall time of readFiles over `runs` runs after one warm-up. */
  readMs: number;
  megabytesPerSecond: number;
}

const SIZES = [
  { companies: 10_000, links: 50_000, runs: 5 },
  { companies: 100_000, links: 500_000, runs: 3 },
] as const;

export async function benchReaders(sizes: ReadonlyArray<{ companies: number; links: number; runs: number }> = SIZES): Promise<ReaderBenchRow[]> {
  const rows: ReaderBenchRow[] = [];
  for (const size of sizes) {
    const files = syntheticFiles(size.companies, size.links);
    const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
    const readMs = await timeMedian(size.runs, () => readFiles(files));
    rows.push({
      companies: size.companies,
      links: size.links,
      megabytes: bytes / 1e6,
      readMs,
      megabytesPerSecond: bytes / 1e3 / readMs,
    });
  }
  return rows;
}
