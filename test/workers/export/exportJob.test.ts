import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExport, type ExportRequest } from "../../../src/workers/export/exportJob.ts";
import { readFiles, readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { visibility } from "../../../src/graph/filters/visibility.ts";
import { NO_FILTER } from "../../../src/graph/filters/types.ts";

const files = ["companies.csv", "links.csv"].map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url))) }));
const filter = { ...NO_FILTER, linkTypes: ["production" as const] };

const request = (extra: Partial<ExportRequest>): ExportRequest => ({
  files: files.map((f) => ({ ...f, bytes: f.bytes.slice() })),
  label: "sample",
  mappings: {},
  format: "json",
  vintage: "2023",
  scope: "view",
  filter,
  removal: null,
  packedMetrics: null,
  metrics: true,
  drawn: null,
  appVersion: "test",
  viewFragment: "#lt=production",
  ...extra,
});

describe("workers/exportJob", () => {
  it("exports exactly what the view keeps, with metrics computed when the app had none, and it loads back the same", async () => {
    const dataset = readFiles(files);
    const graph = buildGraph(dataset, { positions: new Map() });
    const shown = visibility(graph, filter, null, "2023");
    const keptLinks = graph.filterEdges((e, a) => shown.keepEdge(e, a)).length;

    const [json] = await runExport(request({ format: "json" }));
    const parsed = JSON.parse(json!.data as string) as { nodes: { attributes: Record<string, unknown> }[]; edges: unknown[]; attributes: { supplyAtlas: { scope: string; viewFragment: string } } };
    expect(parsed.edges).toHaveLength(keptLinks);
    expect(keptLinks).toBeLessThan(graph.size);
    expect(parsed.attributes.supplyAtlas).toMatchObject({ scope: "view", viewFragment: "#lt=production" });
    expect(parsed.nodes.every((n) => typeof n.attributes.m_pagerank === "number")).toBe(true);

    const back = readFiles([{ name: "graph.json", bytes: new TextEncoder().encode(json!.data as string) }]);
    expect(back.links).toHaveLength(keptLinks);
  });

  it("a bundle carries the view, and reading it gives the view back", async () => {
    const [zip] = await runExport(request({ format: "bundle", scope: "network", metrics: false, view: { query: "lt=production&nc=tier" } }));
    const read = readFilesWithSnapshots([{ name: "snapshot.zip", bytes: zip!.data as Uint8Array }]);
    expect(read.dataset.links).toHaveLength(readFiles(files).links.length);
    expect(read.snapshots[0]?.view).toEqual({ query: "lt=production&nc=tier" });
  });
});
