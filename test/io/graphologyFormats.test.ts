// graphology's own readers (graphology-gexf, graphology-graphml, on xmldom's DOMParser) and
// graph.import() take what we write; and we read what graphology-gexf writes.

import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportDataset } from "../../scripts/lib/inspectExport.ts";
import { readFiles } from "../../src/io/read.ts";
import type { InputFile } from "../../src/model/types.ts";
import { textFile } from "./helpers.ts";

const sample = ["companies.csv", "links.csv"].map((n): InputFile => ({ name: n, bytes: new Uint8Array(readFileSync(new URL(`../../data/sample/${n}`, import.meta.url))) }));
const dataset = readFiles(sample);
const text = (format: "gexf" | "graphml" | "json") => String(exportDataset(sample, dataset, { format, vintage: "2023" })[0]!.data);

function expectSameGraph(graph: MultiDirectedGraph) {
  expect(graph.order).toBe(dataset.companies.length);
  expect(graph.size).toBe(dataset.links.length);
  for (const c of dataset.companies) {
    const a = graph.getNodeAttributes(c.id);
    expect(a).toMatchObject({ name: c.name, division: c.division });
    expect(typeof a.m_pagerank).toBe("number");
  }
  for (const l of dataset.links) {
    const a = graph.getEdgeAttributes(l.id);
    expect(graph.source(l.id)).toBe(l.source);
    expect(graph.target(l.id)).toBe(l.target);
    expect(a).toMatchObject({ link_type: l.type, weight: l.weight, illustrative: true });
  }
}

describe("graphology's readers take our exports", () => {
  it("graphology-gexf parses our GEXF 1.3 with positions and colours", () => {
    const graph = gexf.parse(MultiDirectedGraph, text("gexf"));
    expectSameGraph(graph);
    const first = graph.getNodeAttributes(dataset.companies[0]!.id);
    expect(typeof first.x).toBe("number");
    expect(first.color).toMatch(/^#|^rgb/);
  }, 60_000);

  it("graphology-graphml parses our GraphML", () => {
    expectSameGraph(graphml.parse(MultiDirectedGraph, text("graphml")));
  }, 60_000);

  it("graph.import() takes our graphology JSON, metadata included", () => {
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(text("json")));
    expectSameGraph(graph);
    expect(graph.getAttribute("supplyAtlas")).toMatchObject({ app: "Supply Atlas", vintage: "2023", exported: { companies: 87, links: 380 } });
  }, 60_000);
});

describe("we read what graphology-gexf writes", () => {
  it("gives the same companies and links", () => {
    const graph = new MultiDirectedGraph();
    graph.addNode("k1", { label: "서울에프앤비", 시도: "서울", tier: "초광역권 선도기업", x: 1, y: 2, size: 5, color: "#112233" });
    graph.addNode("k2", { label: "구영테크 <&>", 시도: "대구" });
    graph.addEdgeWithKey("e1", "k1", "k2", { 거래유형: "기술협력", weight: 12.5, 연도: 2024 });
    const ds = readFiles([textFile("graphology.gexf", gexf.write(graph))]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies.map((c) => [c.id, c.name, c.division, c.tier])).toEqual([
      ["k1", "서울에프앤비", "KR-11", "super-regional"],
      ["k2", "구영테크 <&>", "KR-27", undefined],
    ]);
    expect(ds.companies[0]?.attributes).toMatchObject({ x: "1", y: "2", color: "#112233" });
    expect(ds.links).toEqual([expect.objectContaining({ id: "e1", source: "k1", target: "k2", type: "technology", weight: 12.5, year: 2024 })]);
  }, 60_000);
});
