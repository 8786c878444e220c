// Command line of scripts/inspect.ts, parsed without side effects so the rules are tested
// in-process instead of by spawning the CLI (about a second per spawn).

import { parseArgs } from "node:util";
import type { ExportFormat } from "../../src/io/formats.ts";
import { VINTAGES, type Vintage } from "../../src/model/types.ts";
import type { MappingSet } from "../../src/io/mapping.ts";
import { MAP_USAGE, parseMapArgs } from "./inspectMap.ts";

export const INSPECT_USAGE = `usage: npm run inspect -- [options] FILE...

Reads companies/links files (CSV in UTF-8 or CP949, graphology JSON, Parquet, Arrow) and prints the
import report as JSON on stdout.

options:
  --flows            print division-to-division flows instead of the report
                     (rejected rows are then counted on stderr)
  --rank             print the super-regional ranking instead: every company's
                     cross-regional collaboration score with its parts per link
                     type, default weights (not with --flows)
  --export FORMAT    write a graph snapshot instead: gexf, graphml, json, csv, xlsx,
                     bundle (a .zip), parquet or arrow, with metrics, the same files
                     as the app; stdout then lists the files written
  --out PATH         where --export writes: a file, or a directory for csv, parquet
                     and arrow (nodes.csv, edges.csv, metadata.json; nodes.parquet,
                     edges.parquet; nodes.arrow, edges.arrow)
${MAP_USAGE}
  --vintage VINTAGE  boundaries for --flows, --rank or --export: 2023 (17 divisions, default)
                     or 2026-07 (Gwangju and Jeonnam merged as KR-GJN, 16 divisions);
                     an error otherwise, since the report does not depend on it
  -h, --help         show this help

exit codes: 0 something was loaded, 1 nothing valid was found, 2 usage error`;

// New flags are one entry here plus their use in parseInspectArgs.
const OPTIONS = {
  help: { type: "boolean", short: "h" },
  flows: { type: "boolean" },
  rank: { type: "boolean" },
  vintage: { type: "string" },
  map: { type: "string", multiple: true },
  export: { type: "string" },
  out: { type: "string" },
} as const;

const EXPORT_FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "json", "csv", "xlsx", "bundle", "parquet", "arrow"];

export type InspectArgs =
  | { kind: "help" }
  | { kind: "run"; files: string[]; flows: boolean; rank: boolean; vintage: Vintage; mappings?: MappingSet; export?: { format: ExportFormat; out: string } }
  | { kind: "usage-error"; message: string };

const isVintage = (value: string): value is Vintage => (VINTAGES as readonly string[]).includes(value);

export function parseInspectArgs(argv: string[]): InspectArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { kind: "usage-error", message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const vintage = values.vintage ?? "2023";
  if (!isVintage(vintage)) return { kind: "usage-error", message: `unknown vintage '${vintage}' (expected ${VINTAGES.join(" or ")})` };
  const flows = values.flows === true;
  const rank = values.rank === true;
  // One JSON document on stdout: two outputs at once would need a wrapper nobody asked for.
  if (flows && rank) return { kind: "usage-error", message: "--rank and --flows cannot be combined" };
  const format = values.export;
  if (format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return { kind: "usage-error", message: `unknown export format '${format}' (expected ${EXPORT_FORMATS.join(", ")})` };
  }
  if (format !== undefined && (flows || rank)) return { kind: "usage-error", message: "--export cannot be combined with --flows or --rank" };
  if (format !== undefined && !values.out) return { kind: "usage-error", message: "--export needs --out PATH" };
  if (format === undefined && values.out !== undefined) return { kind: "usage-error", message: "--out only applies with --export" };
  if (values.vintage !== undefined && !flows && !rank && format === undefined) {
    return { kind: "usage-error", message: "--vintage only applies with --flows, --rank or --export" };
  }
  if (positionals.length === 0) return { kind: "usage-error", message: "no files given" };
  const maps = parseMapArgs(values.map ?? []);
  if (!maps.ok) return { kind: "usage-error", message: maps.message };
  const run: InspectArgs = { kind: "run", files: positionals, flows, rank, vintage };
  if (Object.keys(maps.mappings).length > 0) run.mappings = maps.mappings;
  if (format !== undefined && values.out) run.export = { format: format as ExportFormat, out: values.out };
  return run;
}
