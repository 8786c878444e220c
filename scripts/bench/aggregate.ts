// npm run aggregate at national scale: 1M, 10M and 50M synthetic links (about a million
// companies for the two large ones), time and peak resident memory of the whole process
// (DuckDB's memory is native, so the process's VmHWM, not the JS heap). Input CSV is made by
// DuckDB (lib/nationalData.ts) once per size and kept under /tmp/supply-atlas-bench; the 10M
// summary bundle is kept at SUMMARY_10M for the app's bench to open.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeNationalCsv } from "../lib/nationalData.ts";

export const BENCH_DIR = "/tmp/supply-atlas-bench";
export const SUMMARY_10M = join(BENCH_DIR, "summary-10m.zip");

export interface AggregateBenchSize {
  companies: number;
  links: number;
  runs: number;
}

export interface AggregateBenchRow {
  companies: number;
  links: number;
  runs: number;
  csvMB: number;
  generateSeconds: number;
  /** Median wall time of the runs. */
  seconds: number;
  seconds_all: number[];
  /** Median CPU time (user + system, all threads): fairer than wall time on a shared machine. */
  cpuSeconds: number;
  /** Largest peak RSS of the runs. */
  peakRssMB: number;
  bundleMB: number;
  bundle: string;
  companiesAccepted: number;
  linksAccepted: number;
  /** Companies and links in graph.json (the top companies within the link budget, and their partners). */
  ego: { companies: number; links: number };
  stages: Record<string, number>;
}

/** The input of one size, generated once (the files are reused while they exist). */
export async function nationalInput(companies: number, links: number): Promise<{ companies: string; links: string; generateSeconds: number }> {
  const dir = join(BENCH_DIR, `national-${companies}-${links}`);
  const done = join(dir, "complete");
  const files = { companies: join(dir, "companies.csv"), links: join(dir, "links.csv") };
  if (existsSync(done)) return { ...files, generateSeconds: 0 };
  const t0 = performance.now();
  await writeNationalCsv({ companies, links, dir });
  writeFileSync(done, new Date().toISOString());
  return { ...files, generateSeconds: (performance.now() - t0) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  bytes: number;
  rows: { companies: number; links: number };
  ego: { companies: number; links: number };
  stages: Record<string, number>;
}

export async function benchAggregate(sizes: readonly AggregateBenchSize[]): Promise<AggregateBenchRow[]> {
  const rows: AggregateBenchRow[] = [];
  for (const size of sizes) {
    const input = await nationalInput(size.companies, size.links);
    const keep = size.links === 10_000_000;
    const out = keep ? SUMMARY_10M : join(BENCH_DIR, `summary-${size.links}.zip`);
    const temp = join(BENCH_DIR, "duckdb-temp");
    const results: ChildResult[] = [];
    for (let r = 0; r < size.runs; r++) {
      rmSync(temp, { recursive: true, force: true });
      mkdirSync(temp, { recursive: true });
      const text = execFileSync("npx", ["tsx", join(import.meta.dirname, "aggregateChild.ts"), input.companies, input.links, out, temp], {
        encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"],
      });
      results.push(JSON.parse(text.trim().split("\n").pop()!) as ChildResult);
    }
    rmSync(temp, { recursive: true, force: true });
    const last = results[results.length - 1]!;
    rows.push({
      companies: size.companies, links: size.links, runs: size.runs,
      csvMB: (statSync(input.companies).size + statSync(input.links).size) / 1e6,
      generateSeconds: input.generateSeconds,
      seconds: median(results.map((x) => x.seconds)), seconds_all: results.map((x) => x.seconds),
      cpuSeconds: median(results.map((x) => x.cpuSeconds)),
      peakRssMB: Math.max(...results.map((x) => x.peakRssMB)),
      bundleMB: last.bytes / 1e6, bundle: out,
      companiesAccepted: last.rows.companies, linksAccepted: last.rows.links, ego: { companies: last.ego.companies, links: last.ego.links }, stages: last.stages,
    });
    if (!keep) rmSync(out, { force: true });
    else console.error(`bench/aggregate: the 10M-link summary bundle is ${out} (${(last.bytes / 1e6).toFixed(1)} MB)`);
    console.error(`bench/aggregate: ${size.links} links in ${rows[rows.length - 1]!.seconds.toFixed(1)} s, peak RSS ${rows[rows.length - 1]!.peakRssMB.toFixed(0)} MB`);
  }
  return rows;
}

export function aggregateTable(rows: readonly AggregateBenchRow[]): string[] {
  return [
    "| npm run aggregate (DuckDB, child process) | companies | links | CSV MB | wall time | CPU time | peak RSS | bundle MB | ego companies / links | stages (s) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.runs > 1 ? `median of ${r.runs}` : "single run"} | ${r.companies} | ${r.links} | ${r.csvMB.toFixed(0)} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${r.peakRssMB.toFixed(0)} MB | ${r.bundleMB.toFixed(1)} | ${r.ego.companies} / ${r.ego.links} | ${Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ")} |`),
  ];
}

// Run alone: `npx tsx scripts/bench/aggregate.ts [--quick] [--sizes 1000000:10000000:1,...]`
// (companies:links:runs); makes /tmp/supply-atlas-bench/summary-10m.zip on the way.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const at = process.argv.indexOf("--sizes");
  const sizes = at > 0
    ? process.argv[at + 1]!.split(",").map((s) => {
      const [companies, links, runs] = s.split(":").map(Number);
      return { companies: companies!, links: links!, runs: runs ?? 1 };
    })
    : process.argv.includes("--quick")
      ? [{ companies: 200_000, links: 1_000_000, runs: 1 }]
      : [{ companies: 200_000, links: 1_000_000, runs: 3 }, { companies: 1_000_000, links: 10_000_000, runs: 1 }, { companies: 1_000_000, links: 50_000_000, runs: 1 }];
  const rows = await benchAggregate(sizes);
  console.log(aggregateTable(rows).join("\n"));
}
