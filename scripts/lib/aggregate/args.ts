// Command line of `npm run aggregate`.

import { parseArgs } from "node:util";
import type { MappingSet } from "../../../src/io/mapping/columnMapping.ts";
import { DEFAULT_EGO_LINKS } from "../../../src/model/summary.ts";
import { MAP_USAGE, parseMapArgs } from "../inspectMap.ts";

export const AGGREGATE_USAGE = `usage: npm run aggregate -- --companies FILE --links FILE [FILE...] --out BUNDLE.zip [options]

Aggregates national-scale company and link files on DuckDB into a summary bundle the app opens.
Files are CSV (any delimiter, UTF-8; CP949/EUC-KR is transcoded with the app's decoder) or
Parquet (by the .parquet extension), with the same headers the app reads.

  --companies FILE   companies file(s) (id, name, division, ...); repeatable
  --links FILE...    links file(s) (supplier, buyer, type, weight, year, ...); repeatable
  --out BUNDLE.zip   where to write the summary bundle
  --top K            ego networks of the companies ranked first: at most K (default 100)
  --ego-links N      and only as many of them as have at most N links together (default
                     50000; the first is always included): the app builds these in the tab
  --focus ID,...     ego networks of these companies too
  --delimiter X      the CSV delimiter (default: detected as the app does; "tab" for a tab)
  --label TEXT       the dataset's name (default: the file names)
  --memory SIZE      DuckDB memory limit before it spills to disk (default 1GB)
  --temp DIR         where DuckDB spills and CP949 files are transcoded (default: OS temp)
  --threads N        DuckDB threads (default 2)
${MAP_USAGE}

Exit codes: 0 a bundle was written, 1 nothing valid was found (no bundle), 2 usage error,
3 internal failure.`;

export interface AggregateArgs {
  kind: "run";
  companies: string[];
  links: string[];
  out: string;
  topK: number;
  egoLinks: number;
  focus: string[];
  mappings?: MappingSet;
  delimiter?: string;
  label?: string;
  memoryLimit?: string;
  tempDir?: string;
  threads?: number;
}

export type ParsedArgs = AggregateArgs | { kind: "help" } | { kind: "usage-error"; message: string };

/** --links takes several files after it; node's parseArgs takes one, so the rest are positionals. */
export function parseAggregateArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        companies: { type: "string", multiple: true },
        links: { type: "string", multiple: true },
        out: { type: "string" },
        top: { type: "string" },
        "ego-links": { type: "string" },
        focus: { type: "string", multiple: true },
        delimiter: { type: "string" },
        label: { type: "string" },
        memory: { type: "string" },
        temp: { type: "string" },
        threads: { type: "string" },
        map: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return { kind: "usage-error", message: (e as Error).message };
  }
  const v = parsed.values;
  if (v.help) return { kind: "help" };
  const companies = v.companies ?? [];
  // Positionals after --links are more links files.
  const links = [...(v.links ?? []), ...parsed.positionals];
  if (companies.length === 0) return { kind: "usage-error", message: "--companies FILE is required" };
  if (links.length === 0) return { kind: "usage-error", message: "--links FILE is required" };
  if (!v.out) return { kind: "usage-error", message: "--out BUNDLE.zip is required" };
  const topK = v.top === undefined ? 100 : Number(v.top);
  if (!Number.isInteger(topK) || topK < 0) return { kind: "usage-error", message: `--top must be a whole number >= 0 (got '${v.top}')` };
  const egoLinks = v["ego-links"] === undefined ? DEFAULT_EGO_LINKS : Number(v["ego-links"]);
  if (!Number.isInteger(egoLinks) || egoLinks < 0) return { kind: "usage-error", message: `--ego-links must be a whole number >= 0 (got '${v["ego-links"]}')` };
  const threads = v.threads === undefined ? undefined : Number(v.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) return { kind: "usage-error", message: `--threads must be a whole number >= 1 (got '${v.threads}')` };
  if (v.memory !== undefined && !/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(v.memory.trim())) {
    return { kind: "usage-error", message: `--memory must be a size like 2GB or 512MB (got '${v.memory}')` };
  }
  let delimiter = v.delimiter;
  if (delimiter !== undefined) {
    if (delimiter === "tab" || delimiter === "\\t") delimiter = "\t";
    if (delimiter.length !== 1) return { kind: "usage-error", message: `--delimiter must be one character or "tab" (got '${v.delimiter}')` };
  }
  const maps = parseMapArgs(v.map ?? []);
  if (!maps.ok) return { kind: "usage-error", message: maps.message };
  const focus = (v.focus ?? []).flatMap((f) => f.split(",")).map((f) => f.trim()).filter(Boolean);
  const out: AggregateArgs = { kind: "run", companies, links, out: v.out, topK, egoLinks, focus };
  if (Object.keys(maps.mappings).length > 0) out.mappings = maps.mappings;
  if (delimiter !== undefined) out.delimiter = delimiter;
  if (v.label !== undefined) out.label = v.label;
  if (v.memory !== undefined) out.memoryLimit = v.memory.trim();
  if (v.temp !== undefined) out.tempDir = v.temp;
  if (threads !== undefined) out.threads = threads;
  return out;
}
