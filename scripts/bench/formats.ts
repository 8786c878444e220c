// Export and import of every snapshot format on synthetic networks: median time and memory.
//   npx tsx -e 'import("./scripts/bench/formats.ts").then((m) => console.log(m.formatsTable(m.benchFormats())))'
// Metrics are filled with stand-in numbers (computing them is benchmarked in metrics.ts): the
// writers see the same 21 metric columns either way.
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { placeCompanies } from "../../src/geo/placement.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { METRIC_KEYS } from "../../src/graph/metrics/keys.ts";
import type { ExportFormat, WrittenFile } from "../../src/io/formats/types.ts";
import { exportSnapshot } from "../../src/io/write/writers.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";
import { buildSnapshot } from "../../src/io/snapshot/buildSnapshot.ts";
import type { InputFile } from "../../src/model/types.ts";
import { syntheticDataset } from "../lib/syntheticDataset.ts";
import { fmt, median } from "./stats.ts";

export interface FormatBenchRow {
  format: ExportFormat;
  companies: number;
  links: number;
  megabytes: number;
  /** Median wall time and median CPU time (user + system) of this process, after one warm-up. */
  exportMs: number;
  exportCpuMs: number;
  importMs: number;
  importCpuMs: number;
  /** Growth of the resident set over the first measured export / import (MB). */
  exportRssMb: number;
  importRssMb: number;
}

const FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "json", "csv", "xlsx", "bundle", "parquet", "arrow"];
const SIZES = [
  { companies: 10_000, links: 50_000, runs: 3 },
  { companies: 100_000, links: 500_000, runs: 1 },
] as const;

const bytesOf = (files: readonly WrittenFile[]): InputFile[] =>
  files.map((f) => ({ name: f.name, bytes: typeof f.data === "string" ? new TextEncoder().encode(f.data) : f.data }));

// CPU time beside wall time: the bench machine is shared, and CPU time shows what the code
// costs when the wall clock also counts other people's work. The resident-set growth is taken
// over the first measured run (after a GC when node runs with --expose-gc): a rough stand-in
// for peak memory. Single runs (the large size) skip the warm-up to keep the bench short.
function measure(runs: number, fn: () => unknown): { wall: number; cpu: number; rssMb: number } {
  if (runs > 1) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  let rssMb = 0;
  for (let i = 0; i < runs; i++) {
    if (i === 0) (globalThis as { gc?: () => void }).gc?.();
    const [t, c, rss] = [performance.now(), process.cpuUsage(), process.memoryUsage().rss];
    fn();
    const d = process.cpuUsage(c);
    if (i === 0) rssMb = (process.memoryUsage().rss - rss) / 1e6;
    walls.push(performance.now() - t);
    cpus.push((d.user + d.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), rssMb };
}

export function benchFormats(
  sizes: ReadonlyArray<{ companies: number; links: number; runs: number }> = SIZES,
  formats: readonly ExportFormat[] = FORMATS,
): FormatBenchRow[] {
  const rows: FormatBenchRow[] = [];
  for (const size of sizes) {
    const dataset = syntheticDataset(size.companies, size.links);
    const graph = buildGraph(dataset, { positions: placeCompanies(dataset.companies, createKoreaGeo(KOREA_TOPO)) });
    graph.updateEachNodeAttributes((_id, a) => {
      METRIC_KEYS.forEach((k, i) => ((a as unknown as Record<string, number>)[k.key] = (a.x * (i + 1)) % 97));
      return a;
    });
    const snapshot = () =>
      buildSnapshot(graph, {
        vintage: "2023", positions: "drawn", nodeVisual: (_id, a) => ({ color: a.color, size: a.size }),
        report: dataset.report, label: dataset.label, appVersion: "bench", sources: [],
      });
    for (const format of formats) {
      const written = exportSnapshot(snapshot(), format);
      const files = bytesOf(written);
      const exported = measure(size.runs, () => exportSnapshot(snapshot(), format));
      const imported = measure(size.runs, () => readFiles(files));
      rows.push({
        format,
        companies: size.companies,
        links: size.links,
        megabytes: files.reduce((s, f) => s + f.bytes.length, 0) / 1e6,
        exportMs: exported.wall,
        exportCpuMs: exported.cpu,
        importMs: imported.wall,
        importCpuMs: imported.cpu,
        exportRssMb: exported.rssMb,
        importRssMb: imported.rssMb,
      });
    }
  }
  return rows;
}

export function formatsTable(rows: readonly FormatBenchRow[]): string {
  const head = "| format | companies | links | MB | export (CPU) | import (CPU) | export RSS growth | import RSS growth |\n|---|---:|---:|---:|---:|---:|---:|---:|";
  const lines = rows.map((r) =>
    `| ${r.format} | ${r.companies.toLocaleString("en")} | ${r.links.toLocaleString("en")} | ${r.megabytes.toFixed(1)} | ${fmt(r.exportMs)} (${fmt(r.exportCpuMs)}) | ${fmt(r.importMs)} (${fmt(r.importCpuMs)}) | ${r.exportRssMb.toFixed(0)} MB | ${r.importRssMb.toFixed(0)} MB |`,
  );
  return [head, ...lines].join("\n");
}
