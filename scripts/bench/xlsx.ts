// Workbook reading at scale: synthetic networks written as one XLSX (a companies sheet and a
// links sheet) and read with readFiles in a child process, which reports time and peak memory.
//   npx tsx -e 'import("./scripts/bench/xlsx.ts").then(m => m.benchXlsx()).then(r => console.log(r))'
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { syntheticNetwork } from "../lib/synthetic.ts";
import { sheetWorkbook } from "../lib/realFiles.ts";
import { median } from "./stats.ts";

export interface XlsxBenchRow {
  companies: number;
  links: number;
  megabytes: number;
  /** Median wall time of readFiles (bytes -> Dataset) over `runs` child processes. */
  readMs: number;
  /** Peak resident memory of the reading process (Node and all), largest over the runs. */
  peakRssMB: number;
  loadedCompanies: number;
  loadedLinks: number;
  /** The same network as two CSV files, read the same way right after: the machine is shared, so the ratio says more than either time. */
  csvReadMs: number;
  csvPeakRssMB: number;
}

const SIZES = [
  { companies: 10_000, links: 50_000, runs: 3 },
  { companies: 100_000, links: 500_000, runs: 1 },
] as const;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: true }).data;
}

export async function benchXlsx(sizes: ReadonlyArray<{ companies: number; links: number; runs: number }> = SIZES): Promise<XlsxBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-xlsx-"));
  const out: XlsxBenchRow[] = [];
  try {
    for (const size of sizes) {
      const net = syntheticNetwork({ companies: size.companies, links: size.links });
      const file = sheetWorkbook("network.xlsx", { 기업: rows(net.companiesCsv), 거래: rows(net.linksCsv) });
      const path = join(dir, file.name);
      writeFileSync(path, file.bytes);
      const csvPaths = [join(dir, "companies.csv"), join(dir, "links.csv")] as const;
      writeFileSync(csvPaths[0], net.companiesCsv);
      writeFileSync(csvPaths[1], net.linksCsv);
      const read = (...paths: string[]): { readMs: number; peakRssMB: number; companies: number; links: number } => {
        const r = spawnSync(`${ROOT}node_modules/.bin/tsx`, ["scripts/bench/xlsxRead.ts", ...paths], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 });
        if (r.status !== 0) throw new Error(`bench/xlsx: reader failed (${r.status}): ${r.stderr.slice(0, 500)}`);
        return JSON.parse(r.stdout);
      };
      const runs: Array<ReturnType<typeof read>> = [];
      const csvRuns: Array<ReturnType<typeof read>> = [];
      for (let i = 0; i < size.runs; i++) {
        runs.push(read(path));
        csvRuns.push(read(...csvPaths));
      }
      out.push({
        companies: size.companies,
        links: size.links,
        megabytes: statSync(path).size / 1e6,
        readMs: median(runs.map((r) => r.readMs)),
        peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
        loadedCompanies: runs[0]!.companies,
        loadedLinks: runs[0]!.links,
        csvReadMs: median(csvRuns.map((r) => r.readMs)),
        csvPeakRssMB: Math.max(...csvRuns.map((r) => r.peakRssMB)),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
