// Reading the same synthetic network from CSV, Parquet and Arrow IPC (bytes -> Dataset, as
// readers.ts): the columnar files must read at least twice as fast as the CSV pair.
//   npx tsx -e 'import("./scripts/bench/columnar.ts").then(async (m) => console.log(m.columnarTable(await m.benchColumnar())))'
import { readFiles } from "../../src/io/read/readFiles.ts";
import type { InputFile } from "../../src/model/types.ts";
import { syntheticColumnarFiles } from "../lib/syntheticColumnar.ts";
import { syntheticFiles } from "../lib/syntheticDataset.ts";
import { fmt, median } from "./stats.ts";

function measure(runs: number, fn: () => unknown): { wall: number; cpu: number } {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const [t, c] = [performance.now(), process.cpuUsage()];
    fn();
    const d = process.cpuUsage(c);
    walls.push(performance.now() - t);
    cpus.push((d.user + d.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

export interface ColumnarBenchRow {
  format: "csv" | "parquet" | "arrow";
  companies: number;
  links: number;
  megabytes: number;
  /** Median wall time and median CPU time (user + system) of readFiles over `runs` runs after one warm-up. */
  readMs: number;
  readCpuMs: number;
  /** CSV's median CPU time over this format's: the machine is shared, CPU time is the fairer measure. */
  speedup: number;
}

const SIZES = [
  { companies: 10_000, links: 50_000, runs: 5 },
  { companies: 100_000, links: 500_000, runs: 5 },
] as const;

export async function benchColumnar(sizes: ReadonlyArray<{ companies: number; links: number; runs: number }> = SIZES): Promise<ColumnarBenchRow[]> {
  const rows: ColumnarBenchRow[] = [];
  for (const size of sizes) {
    const inputs: Array<[ColumnarBenchRow["format"], InputFile[]]> = [
      ["csv", syntheticFiles(size.companies, size.links)],
      ["parquet", syntheticColumnarFiles(size.companies, size.links, "parquet")],
      ["arrow", syntheticColumnarFiles(size.companies, size.links, "arrow")],
    ];
    let csvCpu = NaN;
    for (const [format, files] of inputs) {
      const loaded = readFiles(files);
      if (loaded.companies.length !== size.companies || loaded.report.rejected.length > 0) throw new Error(`${format}: read ${loaded.companies.length} companies, ${loaded.report.rejected.length} rejected`);
      const { wall, cpu } = measure(size.runs, () => readFiles(files));
      if (format === "csv") csvCpu = cpu;
      rows.push({
        format, companies: size.companies, links: size.links,
        megabytes: files.reduce((s, f) => s + f.bytes.length, 0) / 1e6,
        readMs: wall, readCpuMs: cpu, speedup: csvCpu / cpu,
      });
    }
  }
  return rows;
}

export function columnarTable(rows: readonly ColumnarBenchRow[]): string {
  const head = "| columnar readers (Node) | companies | links | MB | read, wall (median) | read, CPU (median) | CSV ÷ this (CPU) |\n|---|---:|---:|---:|---:|---:|---:|";
  const lines = rows.map((r) => `| ${r.format} | ${r.companies.toLocaleString("en")} | ${r.links.toLocaleString("en")} | ${r.megabytes.toFixed(1)} | ${fmt(r.readMs)} | ${fmt(r.readCpuMs)} | ${r.speedup.toFixed(2)}× |`);
  return [head, ...lines].join("\n");
}
