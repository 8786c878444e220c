// graphology's own readers (graphology-gexf, graphology-graphml, on xmldom's DOMParser) and
// graph.import() take what we write; and we read what graphology-gexf writes.

import { MultiDirectedGraph } from "graphology";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportDataset } from "../../../scripts/lib/inspectExport.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import type { InputFile } from "../../../src/model/types.ts";
import { textFile } from "../helpers.ts";

const sample = ["companies.csv", "links.csv"].map((n): InputFile => ({ name: n, bytes: new Uint8Array(readFileSync(new URL(`../../../data/sample/${n}`, import.meta.url))) }));
const dataset = readFiles(sample);
const text = (format: "gexf" | "graphml" | "json", gexfVersion?: "1.2draft" | "1.3") =>
  String(exportDataset(sample, dataset, { format, vintage: "2023", ...(gexfVersion ? { gexfVersion } : {}) })[0]!.data);

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
    expect(a).toMatchObject({ link_type: l.type, amount: l.weight, illustrative: true });
  }
}

describe("graphology's readers take our exports", () => {
  for (const version of ["1.2draft", "1.3"] as const) {
    it(`graphology-gexf (Gephi Lite's reader) parses our GEXF ${version} with a picture in Gephi's proportions`, () => {
      const xml = text("gexf", version);
      expect(xml).toContain(version === "1.3" ? 'xmlns="http://gexf.net/1.3"' : 'xmlns="http://www.gexf.net/1.2draft"');
      const graph = gexf.parse(MultiDirectedGraph, xml);
      expectSameGraph(graph);
      const first = graph.getNodeAttributes(dataset.companies[0]!.id);
      expect(first.color).toMatch(/^#|^rgb/);
      // Gephi Lite draws sizes and edge weights in position units: the amount as weight painted a blob.
      const xs = graph.mapNodes((_n, a) => Math.abs(a.x as number)).concat(graph.mapNodes((_n, a) => Math.abs(a.y as number)));
      expect(Math.max(...xs)).toBeCloseTo(1000, 0);
      const sizes = graph.mapNodes((_n, a) => a.size as number);
      expect([Math.min(...sizes), Math.max(...sizes)]).toEqual([10, 50]);
      const weights = graph.mapEdges((_e, a) => a.weight as number);
      expect([Math.min(...weights), Math.max(...weights)]).toEqual([1, 10]);
      // Ranked by amount: a larger amount never draws thinner.
      const byAmount = graph.mapEdges((_e, a) => [a.amount as number, a.weight as number] as const).sort((p, q) => p[0] - q[0]);
      byAmount.forEach(([, w], i) => i > 0 && expect(w).toBeGreaterThanOrEqual(byAmount[i - 1]![1]));
    }, 60_000);
  }

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
