// Reads data files exactly as the app does and prints the import report (or, with --flows,
// the division flows; with --rank, the super-regional ranking) as JSON.
//   npm run inspect -- [--flows | --rank] [--vintage 2023|2026-07] FILE...
//   npm run inspect -- --export gexf|graphml|json|csv|xlsx|bundle|parquet|arrow --out PATH [--vintage ...] FILE...
// Exit codes: 0 something was loaded, 1 nothing valid was found, 2 usage error,
// 3 internal failure (a bug: the readers report bad input, they should never throw).

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readFiles } from "../src/io/index.ts";
import { flowsToJson } from "../src/io/write/flowsCsv.ts";
import { flowsOfDataset } from "../src/graph/flows.ts";
import { rankingJson } from "./lib/inspectRank.ts";
import type { Dataset, InputFile, Vintage } from "../src/model/types.ts";
import { INSPECT_USAGE, parseInspectArgs } from "./lib/inspectArgs.ts";
import { guarded } from "./lib/inspectGuard.ts";
import { exportDataset, writeExport } from "./lib/inspectExport.ts";
import type { ExportFormat } from "../src/io/formats.ts";

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

function reportJson(dataset: Dataset) {
  const { report } = dataset;
  const brief = ({ file, row, reason, message }: (typeof report.rejected)[number]) => ({ file, row, reason, message });
  return {
    label: dataset.label,
    illustrative: dataset.illustrative,
    companies: report.companies,
    links: report.links,
    crossProvinceLinks: report.crossProvinceLinks,
    divisions: report.divisions,
    files: report.files,
    rejected: report.rejected.map(brief),
    warnings: report.warnings.map(brief),
  };
}

// stdout stays one JSON document; the report's verdict goes to stderr so it is not lost.
function warnRejected(dataset: Dataset, flag: string) {
  const rejected = dataset.report.rejected.length;
  if (rejected > 0) process.stderr.write(`inspect: ${rejected} rows rejected; run without ${flag} for the report\n`);
}

function flowsJson(dataset: Dataset, vintage: Vintage) {
  warnRejected(dataset, "--flows");
  return flowsToJson(flowsOfDataset(dataset, vintage));
}

function rankJson(dataset: Dataset, vintage: Vintage) {
  warnRejected(dataset, "--rank");
  return rankingJson(dataset, vintage);
}

// stdout lists what was written; nothing is written when nothing valid was read.
function exportMain(files: InputFile[], dataset: Dataset, target: { format: ExportFormat; out: string }, vintage: Vintage): number {
  const loaded = dataset.report.companies + dataset.report.links > 0;
  warnRejected(dataset, "--export");
  const written = loaded ? writeExport(target.out, exportDataset(files, dataset, { format: target.format, vintage })) : [];
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
  const dataset = readFiles(files, args.mappings ? { mappings: args.mappings } : {});
  if (args.export) return exportMain(files, dataset, args.export, args.vintage);
  const out = args.flows ? flowsJson(dataset, args.vintage) : args.rank ? rankJson(dataset, args.vintage) : reportJson(dataset);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return dataset.report.companies + dataset.report.links > 0 ? 0 : 1;
}

process.exitCode = guarded(main, process.argv.slice(2), (text) => process.stderr.write(text));
