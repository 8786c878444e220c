// Child process of benchXlsx: reads the given workbooks with readFiles and prints the time,
// the peak resident memory of this process and what loaded, as one JSON line. A process of
// its own so the peak is the reader's, not the workbook writer's.
//   npx tsx scripts/bench/xlsxRead.ts FILE...
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readFiles } from "../../src/io/read/readFiles.ts";

const files = process.argv.slice(2).map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
const rssBefore = process.resourceUsage().maxRSS;
const start = performance.now();
const ds = readFiles(files);
const readMs = performance.now() - start;
const out = {
  readMs,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  rssBeforeMB: rssBefore / 1024,
  heapUsedMB: process.memoryUsage().heapUsed / 1e6,
  companies: ds.report.companies,
  links: ds.report.links,
  rejected: ds.report.rejected.length,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
