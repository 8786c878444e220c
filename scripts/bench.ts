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
import { benchColumnar, columnarTable } from "./bench/columnar.ts";
import { benchClusters, clustersTable } from "./bench/clusters.ts";
import { benchExport, exportTable } from "./bench/export.ts";
import { benchSummaryOpen, summaryOpenTable } from "./bench/summaryOpen.ts";
import { aggregateTable, benchAggregate } from "./bench/aggregate.ts";
import { benchSummaryDownload, summaryDownloadTable } from "./bench/summaryDownload.ts";
import { benchColdStart, benchLevels, coldStartTable, levelsTable } from "./bench/levels.ts";

const quick = process.argv.includes("--quick");
// `--only browser,aggregate` runs just the named modules (names as in bench-results/latest.json).
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? "").split(",")) : null;
async function run<T>(name: string, bench: () => T | Promise<T>): Promise<T | null> {
  return only && !only.has(name) ? null : await bench();
}

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

const node = await run("node", () => benchNode(nodeSizes));
const flows = await run("flows", () => benchFlows([
  { companies: 10_000, links: 50_000, runs: 9 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 7 }]),
]));
const metrics = await run("metrics", () => benchMetrics());
const resilience = await run("resilience", () => benchResilience(10_000, 50_000, 5));
const filters = await run("filters", () => benchFilters());
const searchRows = await run("search", () => benchSearch());
const readers = await run("readers", () => benchReaders([
  { companies: 10_000, links: 50_000, runs: 5 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 3 }]),
]));
const xlsx = await run("xlsx", () => benchXlsx([
  { companies: 10_000, links: 50_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }]),
]));
const formats = await run("formats", () => benchFormats([
  { companies: 10_000, links: 50_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 1 }]),
], quick ? ["gexf", "graphml", "json", "csv"] : undefined));
const columnar = await run("columnar", () => benchColumnar([
  { companies: 10_000, links: 50_000, runs: quick ? 3 : 5 },
  ...(quick ? [] : [{ companies: 100_000, links: 500_000, runs: 5 }]),
]));
const clusters = await run("clusters", () => benchClusters());
const browser = await run("browser", () => benchBrowser(browserLoads));
const levels = await run("levels", () => benchLevels(10_000, 50_000, 3));
// `--before DIR`: the sample's cold start of another built checkout (DIR/dist) beside this one's.
const beforeAt = process.argv.indexOf("--before");
const coldStart = await run("coldStart", () => benchColdStart([
  ...(beforeAt >= 0 ? [{ label: process.argv[beforeAt + 1]!, root: process.argv[beforeAt + 1]! }] : []),
  { label: "this checkout", root: "." },
]));
const pictures = await run("pictures", () => benchExport());
// National scale on DuckDB: input made once per size under /tmp/supply-atlas-bench; the 10M
// summary bundle stays there (summary-10m.zip) for the app's own bench to open.
const aggregate = await run("aggregate", () => benchAggregate([
  { companies: 200_000, links: 1_000_000, runs: quick ? 1 : 3 },
  ...(quick ? [] : [{ companies: 1_000_000, links: 10_000_000, runs: 1 }, { companies: 1_000_000, links: 50_000_000, runs: 1 }]),
]));
// The app opening a national summary: the 10M bundle the aggregate bench kept, or (quick, or
// without it) a synthetic bundle padded to the size.
const summaryOpen = await run("summaryOpen", () => benchSummaryOpen({
  companies: quick ? 100_000 : 1_000_000,
  links: quick ? 1_000_000 : 10_000_000,
  runs: quick ? 1 : 3,
  ...(quick ? {} : { bundle: "/tmp/supply-atlas-bench/summary-10m.zip" }),
}));
// Summary mode's national downloads (company table, ranking; CSV, XLSX) for every company.
const summaryDownload = await run("summaryDownload", () => benchSummaryDownload({ companies: quick ? 100_000 : 1_000_000, runs: 1 }));

const lines: string[] = [];
if (node) {
  lines.push(
    "| step (Node) | companies | links | CSV MB | parse + check | place | build graph |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...node.map((r) => `| read → graph | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(2)} | ${fmt(r.parseMs)} | ${fmt(r.placeMs)} | ${fmt(r.buildMs)} |`),
  );
}
if (flows) {
  lines.push(
    "",
    "| division flows (Node) | links | vintage | aggregate | from dataset | from graph |",
    "|---|---:|---|---:|---:|---:|",
    ...flows.map((r) => `| aggregate flows | ${r.links} | ${r.vintage} | ${fmt(r.aggregateMs)} | ${fmt(r.fromDatasetMs)} | ${fmt(r.fromGraphMs)} |`),
  );
}
if (readers) {
  lines.push(
    "",
    "| readers alone (Node) | companies | links | CSV MB | read | MB/s |",
    "|---|---:|---:|---:|---:|---:|",
    ...readers.map((r) => `| readFiles | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(1)} | ${fmt(r.readMs)} | ${r.megabytesPerSecond.toFixed(1)} |`),
  );
}
if (xlsx) {
  lines.push(
    "",
    "| workbook (Node, child process) | companies | links | XLSX MB | read | peak RSS | same data as CSV | CSV peak RSS |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...xlsx.map((r) => `| read XLSX | ${r.companies} | ${r.links} | ${r.megabytes.toFixed(1)} | ${fmt(r.readMs)} | ${r.peakRssMB.toFixed(0)} MB | ${fmt(r.csvReadMs)} | ${r.csvPeakRssMB.toFixed(0)} MB |`),
  );
}
if (formats) lines.push("", formatsTable(formats));
if (columnar) lines.push("", columnarTable(columnar));
if (clusters) lines.push("", clustersTable(clusters));
if (metrics) lines.push("", ...metricsTable(metrics));
if (resilience) lines.push("", ...resilienceTable(resilience));
if (filters) lines.push("", ...filtersTable(filters));
if (searchRows) lines.push("", ...searchTable(searchRows));
if (browser) {
  lines.push(
    "",
    "| in Chromium (SwiftShader) | companies | links | drawn | presented | longest task to presented | every link in (longest task) | JS heap presented / every link in | flow-layer frame | filter → picture, national | level → company links: handed to sigma / presented (longest task) | filter → picture, company links (longest task) | hover sweep, longest task | links table sort (longest task) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| sample, page load (median of ${browser.sampleRuns}) | – | – | ${fmt(browser.sampleDrawnMs)} | ${fmt(browser.samplePresentedMs)} | – | – | – | – | – | – | – | – | – |`,
    ...browser.loads.map(
      (l) =>
        `| ${l.format === "xlsx" ? "workbook" : "files"} chosen (median of ${l.runs}) | ${l.companies} | ${l.links} | ${fmt(l.toDrawnMs)} | ${fmt(l.toPresentedMs)} | ${fmt(l.longestTaskMs)} | ${fmt(l.toLinksMs)} (${fmt(l.longestToLinksMs)}) | ${l.heapMB.toFixed(0)} / ${l.heapLinksMB.toFixed(0)} MB | ${fmt(l.flowFrameMs)} | ${Number.isNaN(l.filterMs) ? "–" : fmt(l.filterMs)} | ${fmt(l.levelMs)} / ${fmt(l.levelPresentedMs)} (${fmt(l.levelLongestMs)}) | ${Number.isNaN(l.filterLinksMs) ? "–" : `${fmt(l.filterLinksMs)} (${fmt(l.filterLinksLongestMs)})`} | ${fmt(l.hoverLongestMs)} | ${fmt(l.tableSortMs)} (${fmt(l.tableSortLongestMs)}) |`,
    ),
  );
}
if (levels) lines.push("", ...levelsTable(levels));
if (coldStart) lines.push("", ...coldStartTable(coldStart));
if (pictures) lines.push("", ...exportTable(pictures));
if (aggregate) lines.push("", ...aggregateTable(aggregate));
if (summaryOpen) lines.push("", ...summaryOpenTable(summaryOpen));
if (summaryDownload) lines.push("", ...summaryDownloadTable(summaryDownload));
console.log(lines.join("\n"));
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", JSON.stringify({ date: new Date().toISOString(), node, flows, metrics, resilience, filters, search: searchRows, readers, xlsx, formats, columnar, clusters, browser, levels, coldStart, pictures, aggregate, summaryOpen, summaryDownload }, null, 2));
