// Command line of scripts/inspect.ts, parsed without side effects so the rules are tested
// in-process instead of by spawning the CLI (about a second per spawn).

import { BUILT_IN_LEVELS, type BuiltInLevel } from "../../src/model/scale.ts";
import { parseArgs } from "node:util";
import type { ExportFormat } from "../../src/io/formats/types.ts";
import { FORMAT_WRITERS } from "../../src/io/write/writers.ts";
import { DEFAULT_GEXF_VERSION, GEXF_VERSIONS, type GexfVersion } from "../../src/io/write/gexf.ts";
import { VINTAGES, type Vintage } from "../../src/model/types.ts";
import type { MappingSet } from "../../src/io/mapping/columnMapping.ts";
import { MAP_USAGE, parseMapArgs } from "./inspectMap.ts";

// Every writer in the registry, so a new export format is listed here without an edit.
const EXPORT_FORMATS = Object.keys(FORMAT_WRITERS) as ExportFormat[];
const FORMAT_LINES = EXPORT_FORMATS.map((f) => `                       ${f.padEnd(8)} ${FORMAT_WRITERS[f].summary}`).join("\n");

export const INSPECT_USAGE = `usage: npm run inspect -- [options] FILE...

Reads companies/links files as the app does and prints the import report as JSON
on stdout. Input: CSV/TSV (UTF-8, UTF-16 or CP949/EUC-KR), Excel XLSX, GEXF,
GraphML, graphology or Gephi Lite JSON, Parquet, Arrow IPC/Feather, and the
app's snapshot and summary bundles (.zip).

options:
  --flows            print division-to-division flows instead of the report
                     (rejected rows are then counted on stderr)
  --rank             print the super-regional ranking instead: every company's
                     cross-regional collaboration score with its parts per link
                     type, default weights (not with --flows)
  --export FORMAT    write a graph snapshot instead, with metrics, the same files as
                     the app; stdout then lists the files written. FORMAT is one of:
${FORMAT_LINES}
  --out PATH         where --export writes: a file, or a directory for a format of
                     several files (csv: nodes.csv, edges.csv, metadata.json;
                     parquet, arrow: nodes.*, edges.*);
                     a PATH ending in .zip gets them all in one zip
  --gexf-version V   with --export gexf: ${GEXF_VERSIONS.join(" or ")} (default ${DEFAULT_GEXF_VERSION}).
                     1.2draft: every NetworkX (before 3.6 only this), Gephi, Gephi Lite,
                     graphology; 1.3: Gephi 0.9.2+, NetworkX 3.6+, Gephi Lite, graphology
${MAP_USAGE}
  --vintage VINTAGE  boundaries for --flows, --rank or --export: 2023 (17 divisions, default)
                     or 2026-07 (Gwangju and Jeonnam merged as KR-GJN, 16 divisions);
                     an error otherwise, since the report does not depend on it
  --level LEVEL      regions for --flows and --rank: ${BUILT_IN_LEVELS.join(", ")}
                     (default division). --rank scores collaboration across the
                     level's regions and lists each company's place at the divisions too
  -h, --help         show this help

exit codes: 0 something was loaded, 1 nothing valid was found, 2 usage error`;

// New flags are one entry here plus their use in parseInspectArgs.
const OPTIONS = {
  help: { type: "boolean", short: "h" },
  flows: { type: "boolean" },
  rank: { type: "boolean" },
  vintage: { type: "string" },
  level: { type: "string" },
  map: { type: "string", multiple: true },
  export: { type: "string" },
  out: { type: "string" },
  "gexf-version": { type: "string" },
} as const;

export interface ExportTarget {
  format: ExportFormat;
  out: string;
  /** Set for gexf only. */
  gexfVersion?: GexfVersion;
}

export type InspectArgs =
  | { kind: "help" }
  | { kind: "run"; files: string[]; flows: boolean; rank: boolean; vintage: Vintage; level: BuiltInLevel; mappings?: MappingSet; export?: ExportTarget }
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
  const gexfVersion = values["gexf-version"];
  if (gexfVersion !== undefined && format !== "gexf") return { kind: "usage-error", message: "--gexf-version only applies with --export gexf" };
  if (gexfVersion !== undefined && !(GEXF_VERSIONS as readonly string[]).includes(gexfVersion)) {
    return { kind: "usage-error", message: `unknown GEXF version '${gexfVersion}' (expected ${GEXF_VERSIONS.join(" or ")})` };
  }
  if (values.vintage !== undefined && !flows && !rank && format === undefined) {
    return { kind: "usage-error", message: "--vintage only applies with --flows, --rank or --export" };
  }
  const level = values.level ?? "division";
  if (!(BUILT_IN_LEVELS as readonly string[]).includes(level)) return { kind: "usage-error", message: `unknown level '${level}' (expected ${BUILT_IN_LEVELS.join(", ")})` };
  if (values.level !== undefined && !flows && !rank) return { kind: "usage-error", message: "--level only applies with --flows or --rank" };
  if (positionals.length === 0) return { kind: "usage-error", message: "no files given" };
  const maps = parseMapArgs(values.map ?? []);
  if (!maps.ok) return { kind: "usage-error", message: maps.message };
  const run: InspectArgs = { kind: "run", files: positionals, flows, rank, vintage, level: level as BuiltInLevel };
  if (Object.keys(maps.mappings).length > 0) run.mappings = maps.mappings;
  if (format !== undefined && values.out) {
    run.export = { format: format as ExportFormat, out: values.out };
    if (format === "gexf") run.export.gexfVersion = (gexfVersion ?? DEFAULT_GEXF_VERSION) as GexfVersion;
  }
  return run;
}
