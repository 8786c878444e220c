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
import { benchReaders } from "./bench/readers.ts";
import { benchXlsx } from "./bench/xlsx.ts";
import { benchFormats, formatsTable } from "./bench/formats.ts";
import { benchClusters, clustersTable } from "./bench/clusters.ts";
import { benchExport, exportTable } from "./bench/export.ts";
import { benchSummaryOpen, summaryOpenTable } from "./bench/summaryOpen.ts";
import { aggregateTable, benchAggregate } from "./bench/aggregate.ts";

const quick = process.argv.includes("--quick");

const nodeSizes = [
  { companies: 200, links: 1_000, runs: 9 },
  { companies: 2_000, links: 10_000, runs: 7 },
  { companies: 20_000, links: 100_000, runs: 5 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 3 }]),
];
const browserLoads = [
  { companies: 10_000, links: 50_000, runs: 3 },
  { companies: 10_000, links: 50_000, runs: 3, format: "xlsx" as const },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }, { companies: 100_000, links: 500_000, runs: 1, format: "xlsx" as const }]),
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
const readers = await benchReaders([
  { companies: 10_000, links: 50_000, runs: 5 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 3 }]),
]);
const xlsx = await benchXlsx([
  { companies: 10_000, links: 50_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }]),
]);
const formats = benchFormats([
  { companies: 10_000, links: 50_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }]),
], quick ? ["gexf", "graphml", "json", "csv"] : undefined);
const clusters = await benchClusters();
const browser = await benchBrowser(browserLoads);
const pictures = await benchExport();
// National scale on DuckDB: input made once per size under /tmp/supply-atlas-bench; the 10M
// summary bundle stays there (summary-10m.zip) for the app's own bench to open.
const aggregate = await benchAggregate([
  { companies: 200_000, links: 1_000_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 1_000_000, links: 10_000_000, runs: 1 }, { companies: 1_000_000, links: 50_000_000, runs: 1 }]),
]);
// The app opening a national summary: the 10M bundle the aggregate bench kept, or (quick, or
// without it) a synthetic bundle padded to the size.
const summaryOpen = await benchSummaryOpen({
  companies: quick ? 100_000 : 1_000_000,
  links: quick ? 1_000_000 : 10_000_000,
  runs: quick ? 1 : 3,
  ...(quick ? {} : { bundle: "/tmp/supply-atlas-bench/summary-10m.zip" }),
});

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
lines.push(
  "",
  "| readers alone (Node) | companies | links | CSV MB | read | MB/s |",
  "|---|---:|---:|---:|---:|---:|",
  ...readers.map((r) => `| readFiles | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(1)} | ${fmt(r.readMs)} | ${r.megabytesPerSecond.toFixed(1)} |`),
  "",
  "| workbook (Node, child process) | companies | links | XLSX MB | read | peak RSS | same data as CSV | CSV peak RSS |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
  ...xlsx.map((r) => `| read XLSX | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(1)} | ${fmt(r.readMs)} | ${r.peakRssMB.toFixed(0)} MB | ${fmt(r.csvReadMs)} | ${r.csvPeakRssMB.toFixed(0)} MB |`),
  "",
  formatsTable(formats),
  "",
  clustersTable(clusters),
);
lines.push("", ...metricsTable(metrics), "", ...resilienceTable(resilience), "", ...filtersTable(filters), "", ...searchTable(searchRows));
if (browser) {
  lines.push(
    "",
    "| in Chromium (SwiftShader) | companies | links | drawn | presented | longest task to presented | JS heap | flow-layer frame | filter → picture, national | filter → picture, company links (longest task) | hover sweep, longest task |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| sample, page load (median of ${browser.sampleRuns}) | – | – | ${fmt(browser.sampleDrawnMs)} | ${fmt(browser.samplePresentedMs)} | – | – | – | – | – | – |`,
    ...browser.loads.map(
      (l) =>
        `| ${l.format === "xlsx" ? "workbook" : "files"} chosen (median of ${l.runs}) | ${l.companies} | ${l.links} | ${fmt(l.toDrawnMs)} | ${fmt(l.toPresentedMs)} | ${fmt(l.longestTaskMs)} | ${l.heapMB.toFixed(0)} MB | ${fmt(l.flowFrameMs)} | ${Number.isNaN(l.filterMs) ? "–" : fmt(l.filterMs)} | ${fmt(l.filterLinksMs)} (${fmt(l.filterLinksLongestMs)}) | ${fmt(l.hoverLongestMs)} |`,
    ),
  );
}
if (pictures) lines.push("", ...exportTable(pictures));
lines.push("", ...aggregateTable(aggregate));
lines.push("", ...summaryOpenTable(summaryOpen));
console.log(lines.join("\n"));
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), node, flows, metrics, resilience, filters, search: searchRows, readers, xlsx, formats, clusters, browser, pictures, aggregate, summaryOpen }, null, 2));
