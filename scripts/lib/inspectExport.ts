// `inspect --export`: the same snapshot the app writes, from files on disk. Companies are
// placed on the province map as the app places them, metrics are computed so every export
// carries them, and the files come from the app's own writers (src/io/write/writers.ts).

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { assignMetrics } from "../../src/graph/metrics/assign.ts";
import { computeMetrics } from "../../src/graph/metrics/computeMetrics.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { placeCompanies } from "../../src/geo/placement.ts";
import type { ExportFormat, WrittenFile } from "../../src/io/formats/types.ts";
import { exportSnapshot } from "../../src/io/write/writers.ts";
import { buildSnapshot } from "../../src/io/snapshot/buildSnapshot.ts";
import { DEFAULT_GEXF_VERSION, type GexfVersion } from "../../src/io/write/gexf.ts";
import { zipFiles, zipName } from "../../src/io/write/zipFiles.ts";
import type { SourceFileMeta } from "../../src/io/snapshot/types.ts";
import type { Dataset, InputFile, Vintage } from "../../src/model/types.ts";

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

/** As sourceFiles() in src/io/snapshot/metadata.ts, synchronously (node:crypto gives the same SHA-256). */
function sources(files: readonly InputFile[], dataset: Dataset): SourceFileMeta[] {
  return dataset.report.files.map((s, i) => {
    const meta: SourceFileMeta = { name: s.name, kind: s.kind, encoding: s.encoding, rows: s.rows };
    const file = files[i];
    if (file) [meta.sha256, meta.bytes] = [createHash("sha256").update(file.bytes).digest("hex"), file.bytes.length];
    return meta;
  });
}

export interface ExportRequest {
  format: ExportFormat;
  vintage: Vintage;
  /** GEXF only: 1.2draft (default, every client) or 1.3 (Gephi 0.10+, NetworkX 3.6+). */
  gexfVersion?: GexfVersion;
  /** Fixed time for reproducible files (tests); default now. */
  created?: Date;
}

export function exportDataset(files: readonly InputFile[], dataset: Dataset, request: ExportRequest): WrittenFile[] {
  const positions = placeCompanies(dataset.companies, createKoreaGeo(KOREA_TOPO));
  const graph = buildGraph(dataset, { positions });
  assignMetrics(graph, computeMetrics(graph, { vintage: request.vintage }));
  const snapshot = buildSnapshot(graph, {
    vintage: request.vintage,
    positions: "drawn",
    nodeVisual: (_id, a) => ({ color: a.color, size: a.size }),
    edgeVisual: (_id, a) => ({ color: a.color, size: a.size }),
    report: dataset.report,
    label: dataset.label,
    appVersion: appVersion(),
    sources: sources(files, dataset),
    ...(request.created ? { created: request.created } : {}),
  });
  return exportSnapshot(snapshot, request.format, { gexfVersion: request.gexfVersion ?? DEFAULT_GEXF_VERSION });
}

/**
 * Writes the files: one file goes to `out` itself; several (the CSV pair and its metadata)
 * into `out` as a directory, or into one zip when `out` ends in .zip (a file that is a zip
 * already, the bundle, is written as it is). Returns the paths written.
 */
export function writeExport(out: string, written: readonly WrittenFile[], format: ExportFormat, mtime?: Date): string[] {
  if (/\.zip$/i.test(out) && !(written.length === 1 && written[0]!.mime === "application/zip")) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zipFiles(zipName(format), written, mtime).data);
    return [out];
  }
  const paths = written.length === 1 ? [out] : written.map((f) => join(out, f.name));
  mkdirSync(written.length === 1 ? dirname(out) : out, { recursive: true });
  written.forEach((f, i) => writeFileSync(paths[i]!, f.data));
  return paths;
}
