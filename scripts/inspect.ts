// Reads data files exactly as the app does and prints the import report as JSON.
//   npm run inspect -- FILE...
// Exit codes: 0 something was loaded, 1 nothing valid was found, 2 usage error.

import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { readFiles } from "../src/io/index.ts";
import type { InputFile } from "../src/model/types.ts";

const USAGE = `usage: npm run inspect -- [options] FILE...

Reads companies/links files (CSV in UTF-8 or CP949, graphology JSON) and prints the
import report as JSON on stdout.

options:
  -h, --help     show this help`;

// New flags (--flows, --vintage, --rank ...) are one entry here plus their use below.
const OPTIONS = {
  help: { type: "boolean", short: "h" },
} as const;

function usageError(message: string): never {
  process.stderr.write(`inspect: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return usageError((e as Error).message);
  }
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

function main(argv: string[]): number {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) usageError("no files given");
  const dataset = readFiles(load(positionals));
  const { report } = dataset;
  const brief = ({ file, row, reason, message }: (typeof report.rejected)[number]) => ({ file, row, reason, message });
  const out = {
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
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return report.companies + report.links > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
