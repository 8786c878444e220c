// npm run bench: medians on this machine. `--quick` skips the largest sizes.
import { mkdirSync, writeFileSync } from "node:fs";
import { benchNode } from "./bench/node.ts";
import { benchBrowser } from "./bench/browser.ts";
import { fmt } from "./bench/stats.ts";
import { benchFlows } from "./bench/flows.ts";
import { benchMetrics, metricsTable } from "./bench/metrics.ts";
import { benchResilience, resilienceTable } from "./bench/resilience.ts";
import { benchFilters, filtersTable } from "./bench/filters.ts";
import { benchSearch, searchTable } from "./bench/search.ts";

const quick = process.argv.includes("--quick");

const nodeSizes = [
  { companies: 200, links: 1_000, runs: 9 },
  { companies: 2_000, links: 10_000, runs: 7 },
  { companies: 20_000, links: 100_000, runs: 5 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 3 }]),
];
const browserLoads = [
  { companies: 10_000, links: 50_000, runs: 3 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }]),
];

const node = await benchNode(nodeSizes);
const flows = await benchFlows([
  { companies: 10_000, links: 50_000, runs: 9 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 7 }]),
]);
const metrics = await benchMetrics();
const resilience = await benchResilience(10_000, 50_000, 5);
const filters = await benchFilters();
const searchRows = await benchSearch();
const browser = await benchBrowser(browserLoads);

const lines = [
  "| step (Node) | companies | links | CSV MB | parse + check | place | build graph |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...node.map((r) => `| read → graph | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(2)} | ${fmt(r.parseMs)} | ${fmt(r.placeMs)} | ${fmt(r.buildMs)} |`),
];
lines.push(
  "",
  "| division flows (Node) | links | vintage | aggregate | from dataset | from graph |",
  "|---|---:|---|---:|---:|---:|",
  ...flows.map((r) => `| aggregate flows | ${r.links} | ${r.vintage} | ${fmt(r.aggregateMs)} | ${fmt(r.fromDatasetMs)} | ${fmt(r.fromGraphMs)} |`),
);
lines.push("", ...metricsTable(metrics), "", ...resilienceTable(resilience), "", ...filtersTable(filters), "", ...searchTable(searchRows));
if (browser) {
  lines.push(
    "",
    "| in Chromium (SwiftShader) | companies | links | median time to drawn map | longest main-thread task | JS heap | flow-layer frame | filter → picture |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    `| sample, page load → drawn (median of ${browser.sampleRuns}) | – | – | ${fmt(browser.sampleDrawnMs)} | – | – | – | – |`,
    ...browser.loads.map(
      (l) =>
        `| files chosen → drawn (median of ${l.runs}) | ${l.companies} | ${l.links} | ${fmt(l.toDrawnMs)} | ${fmt(l.longestTaskMs)} | ${l.heapMB.toFixed(0)} MB | ${fmt(l.flowFrameMs)} | ${Number.isNaN(l.filterMs) ? "–" : fmt(l.filterMs)} |`,
    ),
  );
}
console.log(lines.join("\n"));
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), node, flows, metrics, resilience, filters, search: searchRows, browser }, null, 2));
