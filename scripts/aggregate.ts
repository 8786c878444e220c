// National-scale aggregation on DuckDB into a summary bundle the app opens (docs/national-scale.md).
//   npm run aggregate -- --companies FILE --links FILE... --out BUNDLE.zip [--top K] [--focus ID,...]
// Exit codes as npm run inspect: 0 a bundle was written, 1 nothing valid was found,
// 2 usage error, 3 internal failure (a bug: bad input is reported, never thrown).

import { existsSync } from "node:fs";
import { AGGREGATE_USAGE, parseAggregateArgs } from "./lib/aggregate/args.ts";
import { InputError, runAggregate } from "./lib/aggregate/run.ts";
import { INTERNAL_FAILURE } from "./lib/inspectGuard.ts";

const err = (text: string) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);

async function main(argv: string[]): Promise<number> {
  const args = parseAggregateArgs(argv);
  if (args.kind === "help") {
    process.stdout.write(`${AGGREGATE_USAGE}\n`);
    return 0;
  }
  if (args.kind === "usage-error") {
    err(`aggregate: ${args.message}\n\n${AGGREGATE_USAGE}`);
    return 2;
  }
  for (const path of [...args.companies, ...args.links]) {
    if (!existsSync(path)) {
      err(`aggregate: no such file: ${path}`);
      return 2;
    }
  }
  try {
    const result = await runAggregate({ ...args, log: err });
    const m = result.manifest;
    const rejected = m.rows.companiesRead - m.rows.companies + m.rows.linksRead - m.rows.links;
    if (rejected > 0) err(`aggregate: ${rejected} rows rejected; see import-report.csv in the bundle`);
    process.stdout.write(`${JSON.stringify({ out: result.written ? args.out : null, bytes: result.bytes, rows: m.rows, ego: m.ego, engine: result.engine, seconds: result.stages }, null, 2)}\n`);
    if (!result.written) {
      err("aggregate: no valid company rows, nothing written");
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`aggregate: ${e.message}`);
      return 1;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    // DuckDB's own messages about a file (invalid UTF-8 past the first megabyte, a quote
    // never closed) are about the input, not a bug: say so and which file.
    if (/Invalid Input Error|Conversion Error|CSV Error|Invalid unicode/i.test(error.message)) {
      err(`aggregate: DuckDB could not read the input: ${error.message.split("\n").slice(0, 6).join("\n")}`);
      err("aggregate: if the file is CP949/EUC-KR beyond its first megabyte, convert it first: iconv -f CP949 -t UTF-8 in.csv > out.csv");
      return 1;
    }
    err(`aggregate: internal failure: ${error.name}: ${error.message}`);
    if (process.env.SUPPLY_ATLAS_DEBUG) err(error.stack ?? "");
    err("aggregate: this is a bug in Supply Atlas, not a problem in the files; please report it together with the files");
    return INTERNAL_FAILURE;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    err(`aggregate: internal failure: ${String(e)}`);
    process.exitCode = INTERNAL_FAILURE;
  },
);
