// A view's snapshot: its own metrics under m_*, the whole network's under network_m_* in every
// format, read back as plain attributes; metadata of any version says which is which; a
// bundle's drawing.json is checked before anything of it is used.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { assignMetrics } from "../../../src/graph/metrics/assign.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { keptSubgraph, metricsAsNetwork } from "../../../src/graph/metrics/viewGraph.ts";
import { exportSnapshot } from "../../../src/io/write/writers.ts";
import type { ExportFormat } from "../../../src/io/formats/types.ts";
import { buildSnapshot } from "../../../src/io/snapshot/buildSnapshot.ts";
import { nodeColumns } from "../../../src/io/snapshot/columns.ts";
import { metricsScopeOf } from "../../../src/io/snapshot/metadataRead.ts";
import { parseDrawing } from "../../../src/io/snapshot/drawing.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { asInputFiles } from "../snapshotHelpers.ts";
import { textFile } from "../helpers.ts";

const COMPANIES = `id,name,division\na,가기업,서울\nb,나기업,부산\nc,다기업,광주\nd,라기업,전남\n`;
const LINKS = `supplier,buyer,type\na,b,production\nb,c,production\nc,d,sales\na,d,sales\nd,b,production\n`;
const dataset = readFiles([textFile("companies.csv", COMPANIES), textFile("links.csv", LINKS)]);

function viewSnapshot() {
  const graph = buildGraph(dataset, { positions: new Map() });
  assignMetrics(graph, computeMetrics(graph, { vintage: "2023" }));
  const view = keptSubgraph(graph, () => true, (edge) => graph.getEdgeAttribute(edge, "linkType") === "production");
  metricsAsNetwork(view, true);
  assignMetrics(view, computeMetrics(view, { vintage: "2023" }));
  return buildSnapshot(view, { vintage: "2023", scope: "view", report: dataset.report, label: "t", appVersion: "test", sources: [], created: new Date(Date.UTC(2026, 0, 1)) });
}

describe("io: metric scopes", () => {
  it("a view's metrics are its own, the network's sit beside them, and the graph passed in keeps its numbers", () => {
    const s = viewSnapshot();
    expect(s.metadata.metrics.scope).toBe("view");
    expect(s.metadata.metrics.names[0]).toBe("m_degree");
    expect(s.metadata.networkMetrics[0]).toBe("network_m_degree");
    const a = s.nodes.find((n) => n.company.id === "a")!;
    expect(a.metrics.m_degree).toBe(1);
    expect(a.metrics.network_m_degree).toBe(2);
    expect(nodeColumns(s).find((c) => c.name === "network_m_degree")?.type).toBe("integer");
  });

  it("predicates over a graph with metrics: those are the whole graph's, written as network_m_*", () => {
    const graph = buildGraph(dataset, { positions: new Map() });
    assignMetrics(graph, computeMetrics(graph, { vintage: "2023" }));
    const s = buildSnapshot(graph, { vintage: "2023", keepNode: (id) => id !== "c", report: dataset.report, label: "t", appVersion: "test", sources: [] });
    expect(s.metadata.metrics.names).toEqual([]);
    expect(s.metadata.networkMetrics).toContain("network_m_pagerank");
  });

  it.each<ExportFormat>(["gexf", "graphml", "json", "csv", "xlsx", "bundle"])("%s carries network_m_* and reads it back as an attribute, not a metric", (format) => {
    const written = exportSnapshot(viewSnapshot(), format, {});
    const back = readFiles(asInputFiles(written));
    const a = back.companies.find((c) => c.id === "a")!;
    expect(Number(a.attributes.network_m_degree)).toBe(2);
    expect(Object.keys(a.attributes).filter((k) => k.startsWith("m_"))).toEqual([]);
  });

  it("metadata of files before metric scopes reads as the whole network's metrics", () => {
    expect(metricsScopeOf({ app: "Supply Atlas", scope: "view", metrics: ["m_degree"] })).toEqual({ scope: "network", names: ["m_degree"], network: [] });
    expect(metricsScopeOf(viewSnapshot().metadata)).toMatchObject({ scope: "view", network: expect.arrayContaining(["network_m_degree"]) });
    expect(metricsScopeOf("x")).toBeNull();
  });

  it("a drawing that does not hold together is refused whole, with the reason", () => {
    const good = { view: "force", layout: "forceatlas2", ids: ["a", "b"], x: [0, 1], y: [2, 3], community: [0, 1], links: { ids: ["l1"], curvature: [0.25] } };
    const ok = parseDrawing(JSON.stringify(good));
    expect("drawing" in ok && ok.drawing.positions.get("b")).toEqual({ x: 1, y: 3 });
    expect("drawing" in ok && ok.drawing.curvature?.get("l1")).toBe(0.25);
    for (const bad of [
      { ...good, view: "<script>" },
      { ...good, x: [0] },
      { ...good, y: [0, "1"] },
      { ...good, community: [0, -1] },
      { ...good, ids: [{}, "b"] },
      { ...good, links: { ids: ["l1"], curvature: [] } },
      { ...good, links: { ids: ["l1"], curvature: [null] } },
    ]) expect(parseDrawing(JSON.stringify(bad))).toHaveProperty("error");
    expect(parseDrawing("{")).toHaveProperty("error");
  });
});
