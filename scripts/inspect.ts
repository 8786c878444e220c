// Reads data files exactly as the app does and prints the import report (or, with --flows,
// the division flows; with --rank, the super-regional ranking) as JSON.
//   npm run inspect -- [--flows | --rank] [--vintage 2023|2026-07] [--level municipality|division|super-region|economic-region] FILE...
//   npm run inspect -- --export gexf|graphml|json|csv|xlsx|bundle|parquet|arrow --out PATH [--vintage ...] FILE...
// Exit codes: 0 something was loaded, 1 nothing valid was found, 2 usage error,
// 3 internal failure (a bug: the readers report bad input, they should never throw).

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readFilesWithSnapshots } from "../src/io/read/readFiles.ts";
import { reportJson, summaryRankingJson } from "./lib/inspectReport.ts";
import { summaryFlowMatrix } from "../src/graph/summary/flows.ts";
import type { SummaryData } from "../src/graph/summary/columns.ts";
import { flowsToJson } from "../src/io/write/flowsCsv.ts";
import { flowsOfDataset } from "../src/graph/flows/divisionFlows.ts";
import { rankingJson } from "./lib/inspectRank.ts";
import type { Dataset, InputFile, Vintage } from "../src/model/types.ts";
import { levelOf, regionScale, vintageOf, type RegionScale } from "../src/model/scale.ts";
import { INSPECT_USAGE, parseInspectArgs, type ExportTarget } from "./lib/inspectArgs.ts";
import { guarded } from "./lib/inspectGuard.ts";
import { exportDataset, writeExport } from "./lib/inspectExport.ts";

function usageError(message: string): never {
  process.stderr.write(`inspect: ${message}\n\n${INSPECT_USAGE}\n`);
  process.exit(2);
}

function load(paths: string[]): InputFile[] {
  return paths.map((path) => {
    try {
      return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return usageError(code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}`);
    }
  });
}

// stdout stays one JSON document; the report's verdict goes to stderr so it is not lost.
function warnRejected(dataset: Dataset, flag: string) {
  const rejected = dataset.report.rejected.length;
  if (rejected > 0) process.stderr.write(`inspect: ${rejected} rows rejected; run without ${flag} for the report\n`);
}

// A summary bundle's graph holds only ego networks: its flows and ranking are the nation's tables.
function flowsJson(dataset: Dataset, vintage: RegionScale, summary: SummaryData | undefined) {
  warnRejected(dataset, "--flows");
  return flowsToJson(summary ? summaryFlowMatrix(summary, vintage) : flowsOfDataset(dataset, vintage));
}

function rankJson(dataset: Dataset, vintage: RegionScale, summary: SummaryData | undefined) {
  warnRejected(dataset, "--rank");
  if (summary && levelOf(vintage) !== "division") {
    // The bundle's national numbers are per division; scoring other regions needs the links themselves.
    process.stderr.write("inspect: a summary bundle ranks by cross-division numbers only; --level is not applied to its ranking\n");
  }
  return summary ? summaryRankingJson(summary, vintageOf(vintage)) : rankingJson(dataset, vintage);
}

// stdout lists what was written; nothing is written when nothing valid was read.
function exportMain(files: InputFile[], dataset: Dataset, target: ExportTarget, vintage: Vintage, summary: SummaryData | undefined): number {
  const loaded = dataset.report.companies + dataset.report.links > 0;
  warnRejected(dataset, "--export");
  if (summary) process.stderr.write(`inspect: a summary bundle's graph holds ego networks only: ${dataset.report.companies} of the nation's ${summary.manifest.rows.companies} companies are exported
`);
  const written = loaded ? writeExport(target.out, exportDataset(files, dataset, { format: target.format, vintage, ...(target.gexfVersion ? { gexfVersion: target.gexfVersion } : {}) }), target.format) : [];
  const { companies, links } = dataset.report;
  process.stdout.write(`${JSON.stringify({ format: target.format, vintage, companies, links, written }, null, 2)}\n`);
  return loaded ? 0 : 1;
}

function main(argv: string[]): number {
  const args = parseInspectArgs(argv);
  if (args.kind === "usage-error") usageError(args.message);
  if (args.kind === "help") {
    process.stdout.write(`${INSPECT_USAGE}\n`);
    return 0;
  }
  const files = load(args.files);
  const { dataset, snapshots } = readFilesWithSnapshots(files, args.mappings ? { mappings: args.mappings } : {});
  const summary = snapshots.find((s) => s.summary)?.summary;
  if (args.export) return exportMain(files, dataset, args.export, args.vintage, summary);
  const scale = regionScale(args.level, args.vintage);
  const out = args.flows ? flowsJson(dataset, scale, summary) : args.rank ? rankJson(dataset, scale, summary) : reportJson(dataset, summary);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return dataset.report.companies + dataset.report.links > 0 ? 0 : 1;
}

process.exitCode = guarded(main, process.argv.slice(2), (text) => process.stderr.write(text));
