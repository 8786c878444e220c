// npm run data:synthetic -- --companies 10000 --links 50000 --out tmp/synthetic [--seed 1] [--division-style ko|iso]
// Writes companies.csv and links.csv of a synthetic network into --out.
// With --national, DuckDB writes them (same shape, any size: 1M companies and 50M links are
// minutes, not gigabytes of strings), as the aggregate bench does with --seed 7.

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { syntheticNetwork } from "./lib/synthetic.ts";
import { writeNationalCsv } from "./lib/nationalData.ts";

const { values } = parseArgs({
  options: {
    companies: { type: "string", default: "10000" },
    links: { type: "string", default: "50000" },
    out: { type: "string", default: "tmp/synthetic" },
    seed: { type: "string", default: "1" },
    "division-style": { type: "string", default: "ko" },
    national: { type: "boolean", default: false },
  },
});

const int = (name: string, text: string): number => {
  const v = Number(text);
  if (!Number.isInteger(v) || v < 0) throw new Error(`generateSynthetic: --${name} must be a non-negative integer, got '${text}'`);
  return v;
};
const style = values["division-style"];
if (style !== "ko" && style !== "iso") throw new Error(`generateSynthetic: --division-style must be ko or iso, got '${style}'`);

if (values.national) {
  const t0 = performance.now();
  const files = await writeNationalCsv({
    companies: int("companies", values.companies), links: int("links", values.links), dir: resolve(values.out), seed: int("seed", values.seed),
  });
  console.log(`${files.companies}, ${files.links}: written by DuckDB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
}

const started = performance.now();
const net = syntheticNetwork({
  companies: int("companies", values.companies),
  links: int("links", values.links),
  seed: int("seed", values.seed),
  divisionStyle: style,
});
const generated = performance.now();
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "companies.csv"), net.companiesCsv);
writeFileSync(join(out, "links.csv"), net.linksCsv);
const rows = (csv: string): number => csv.split("\n").length - 2;
console.log(
  `${out}: ${rows(net.companiesCsv)} companies, ${rows(net.linksCsv)} links; ` +
    `generated in ${(generated - started).toFixed(0)} ms, written in ${(performance.now() - generated).toFixed(0)} ms`,
);
