// The national downloads of summary mode (company table and ranking, CSV and XLSX) for a
// synthetic national summary: how long the summary worker's writer takes for every company,
// the bytes written and the largest part handed on. Run in Node, which is the worker's engine;
// the page meanwhile only gathers the parts.
//   npx tsx scripts/bench/summaryDownload.ts [--companies N] [--runs R]
import { syntheticSummaryBundle } from "../lib/syntheticSummary.ts";
import { loadSummaryTable } from "../../src/workers/summary/summaryJob.ts";
import { writeSummaryDownload, type SummaryDownloadFormat, type SummaryDownloadTable } from "../../src/workers/summary/summaryDownload.ts";
import { median } from "./stats.ts";

export interface SummaryDownloadRow {
  table: SummaryDownloadTable;
  format: SummaryDownloadFormat;
  companies: number;
  ms: number;
  mb: number;
  largestPartMB: number;
  runs: number;
}

export async function benchSummaryDownload(opts: { companies: number; runs: number }): Promise<SummaryDownloadRow[]> {
  const zip = await syntheticSummaryBundle({ companies: opts.companies, links: opts.companies * 10 });
  const table = loadSummaryTable(zip, "national-summary.zip");
  const rows: SummaryDownloadRow[] = [];
  for (const which of ["companies", "ranking"] as const) {
    for (const format of ["csv", "xlsx"] as const) {
      const times: number[] = [];
      let bytes = 0;
      let largest = 0;
      for (let r = 0; r < opts.runs; r++) {
        const t0 = performance.now();
        const result = writeSummaryDownload(table, { table: which, format, lang: "ko", vintage: "2023", weights: {} }, (part) => {
          largest = Math.max(largest, part.length);
        });
        times.push(performance.now() - t0);
        bytes = result.bytes;
      }
      rows.push({ table: which, format, companies: table.companies.count, ms: median(times), mb: bytes / 1e6, largestPartMB: largest / 1e6, runs: opts.runs });
    }
  }
  return rows;
}

export function summaryDownloadTable(rows: readonly SummaryDownloadRow[] | null): string[] {
  if (!rows?.length) return [];
  return [
    "| national download (summary worker) | companies | time | file MB | largest part MB |",
    "|---|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.table} ${r.format.toUpperCase()} (median of ${r.runs}) | ${r.companies} | ${(r.ms / 1000).toFixed(2)} s | ${r.mb.toFixed(1)} | ${r.largestPartMB.toFixed(2)} |`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const rows = await benchSummaryDownload({ companies: arg("companies", 1_000_000), runs: arg("runs", 1) });
  console.log(summaryDownloadTable(rows).join("\n"));
}
