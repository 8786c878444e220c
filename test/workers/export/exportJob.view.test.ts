// A "what is shown" export holds exactly what the status line counts, with metrics of what it
// holds; a bundle brings the positions and communities it was drawn with back into the app.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeApp } from "../../app/nodeApp.ts";
import { runExport } from "../../../src/workers/export/exportJob.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import type { MetricsResult } from "../../../src/graph/metrics/types.ts";
import type { MetricsOptions } from "../../../src/graph/metrics/options.ts";
import { readFiles, readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import type { AtlasApp } from "../../../src/app/createApp.ts";

const sample = (): NamedBuffer[] =>
  ["companies.csv", "links.csv"].map((name) => ({ name, buffer: new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url))).buffer }));

interface JsonGraph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string }[];
  attributes: { supplyAtlas: { scope: string; exported: { companies: number; links: number }; metrics: { scope: string; names: string[] }; networkMetrics: string[] } };
}

/** An app whose metrics run at once, in place, recording the options each run was given. */
async function started() {
  const runs: Omit<MetricsOptions, "onProgress">[] = [];
  const app = nodeApp({
    exportFn: runExport,
    runMetrics: (graph: SupplyGraph, options) => {
      runs.push(options);
      return { promise: Promise.resolve(computeMetrics(graph, options)), cancel: () => undefined };
    },
  });
  await app.start(sample, "sample");
  return { app, runs };
}

async function metricsOn(app: AtlasApp): Promise<MetricsResult> {
  app.actions.ensureMetrics();
  for (let i = 0; i < 50 && !app.store.getState().metrics; i++) await new Promise((r) => setTimeout(r, 0));
  return app.store.getState().metrics!;
}

async function exportJson(app: AtlasApp, networkMetrics = false): Promise<JsonGraph> {
  const [file] = await app.exports.snapshot({ format: "json", scope: "view", metrics: true, networkMetrics });
  return JSON.parse(file!.data as string) as JsonGraph;
}

function degrees(graph: JsonGraph): Map<string, number> {
  const degree = new Map(graph.nodes.map((n) => [n.key, 0]));
  for (const e of graph.edges) {
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  return degree;
}

describe("a view export holds what the status line counts", () => {
  it.each([
    ["a link type and a division selection", (app: AtlasApp) => {
      app.store.getState().setFilter({ linkTypes: ["production"] });
      app.store.getState().toggleDivision("KR-26");
    }],
    ["a tier filter", (app: AtlasApp) => app.store.getState().setFilter({ tiers: ["super-regional"] })],
    ["a lit supply chain", (app: AtlasApp) => app.store.getState().setFocus({ id: "kr-busan-01", depth: 2, direction: "both" })],
  ])("%s: the same companies and links, exported counts equal, m_degree the degree among the exported links", async (_name, narrow) => {
    const { app } = await started();
    narrow(app);
    const counts = app.derived.shownCounts(app.store.getState())!;
    expect(counts.links).toBeLessThan(app.store.getState().graph!.size);
    const json = await exportJson(app);
    expect(json.nodes).toHaveLength(counts.companies);
    expect(json.edges).toHaveLength(counts.links);
    expect(json.attributes.supplyAtlas.exported).toEqual({ companies: counts.companies, links: counts.links });
    expect(json.attributes.supplyAtlas.metrics).toMatchObject({ scope: "view" });
    expect(json.attributes.supplyAtlas.metrics.names).toContain("m_degree");
    const degree = degrees(json);
    for (const node of json.nodes) expect([node.key, node.attributes.m_degree]).toEqual([node.key, degree.get(node.key)]);
    expect(json.attributes.supplyAtlas.networkMetrics).toEqual([]);
    expect(Object.keys(json.nodes[0]!.attributes).some((k) => k.startsWith("network_m_"))).toBe(false);
  });

  it("the whole network's metrics come on request as network_m_*, and read back as attributes, not metrics", async () => {
    const { app } = await started();
    const network = await metricsOn(app);
    app.store.getState().setFilter({ linkTypes: ["production"] });
    const json = await exportJson(app, true);
    expect(json.attributes.supplyAtlas.networkMetrics).toContain("network_m_degree");
    const whole = new Map(network.companies.map((m) => [m.id, m.degree]));
    const own = degrees(json);
    let differ = 0;
    for (const node of json.nodes) {
      expect(node.attributes.network_m_degree).toBe(whole.get(node.key));
      expect(node.attributes.m_degree).toBe(own.get(node.key));
      if (whole.get(node.key) !== own.get(node.key)) differ++;
    }
    expect(differ).toBeGreaterThan(0);

    const back = readFiles([{ name: "graph.json", bytes: new TextEncoder().encode(JSON.stringify(json)) }]);
    const company = back.companies.find((c) => c.id === json.nodes[0]!.key)!;
    expect(company.attributes.network_m_degree).toBe(String(json.nodes[0]!.attributes.network_m_degree));
    expect(Object.keys(company.attributes).filter((k) => k.startsWith("m_"))).toEqual([]);
  });
});

describe("a bundle shows the picture it was exported from", () => {
  it("carries the drawn positions and communities, and loading it adopts them instead of laying out and running Louvain", async () => {
    const { app } = await started();
    const network = await metricsOn(app);
    const state = app.store.getState();
    state.setFilter({ linkTypes: ["production"] });
    // The force view's positions as drawn (here: made up, as a finished layout would leave them).
    const graph = state.graph!;
    graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x * 3 + 1, y: a.y * 2 - 1 }));
    state.setMode("force");
    const drawn = new Map(graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
    const [zip] = await app.exports.snapshot({ format: "bundle", scope: "view", metrics: true });
    const read = readFilesWithSnapshots([{ name: "snapshot.zip", bytes: zip!.data as Uint8Array }]);
    const drawing = read.snapshots[0]!.drawing!;
    expect(drawing.view).toBe("force");
    expect(drawing.layout).toBe("forceatlas2");
    expect((read.snapshots[0]!.metadata as { drawing: unknown }).drawing).toEqual({ view: "force", layout: "forceatlas2", communities: true });
    const communityOf = new Map(network.companies.map((m) => [m.id, m.community]));
    for (const [id, p] of drawing.positions) {
      expect(p.x).toBeCloseTo(drawn.get(id)!.x, 3);
      expect(drawing.communities!.get(id)).toBe(communityOf.get(id));
    }

    const fresh = await started();
    await fresh.app.actions.loadFiles([new File([zip!.data as BlobPart], "snapshot.zip")]);
    const loaded = fresh.app.store.getState().graph!;
    expect(loaded.order).toBe(drawing.positions.size);
    const adopted = fresh.app.layout.positions()!;
    expect(adopted.get("kr-busan-01")).toEqual(drawing.positions.get("kr-busan-01"));
    const metrics = await metricsOn(fresh.app);
    expect(fresh.runs.at(-1)!.communities).toEqual(drawing.communities);
    for (const m of metrics.companies) expect(m.community).toBe(communityOf.get(m.id));
  });
});

