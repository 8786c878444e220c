import { describe, expect, it } from "vitest";
import { buildGraph, graphBuilder } from "../../../src/graph/build/buildGraph.ts";
import { packLinks, unpackLinks, type LinkTransfer } from "../../../src/graph/build/linkTransfer.ts";
import type { Point } from "../../../src/graph/types.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { syntheticDataset } from "../../../scripts/lib/syntheticDataset.ts";
import { readSample } from "../flowsFixture.ts";
import { company, dataset, link } from "../helpers.ts";

/**
 * The parse worker's hand-off as the app runs it: pack, hand the payload over with its buffers
 * in the transfer list (structuredClone does what postMessage does), build from the columns.
 */
function viaTransfer(data: Dataset, positions: ReadonlyMap<string, Point> = new Map()) {
  const { payload, transfer } = packLinks(data.links, data.companies);
  const received = structuredClone(payload, { transfer });
  // Moved, not copied: the sender's arrays are detached.
  expect(payload.source.length).toBe(0);
  return buildGraph({ ...data, links: [] }, { positions, links: received });
}

function positionsOf(data: Dataset): Map<string, Point> {
  return new Map(data.companies.map((c, i) => [c.id, { x: i, y: -i / 2 }]));
}

describe("graph/linkTransfer (the parse worker hand-off)", () => {
  it("builds the same graph as the Link objects for the sample data", () => {
    const data = readSample();
    expect(data.links.length).toBeGreaterThan(0);
    const positions = positionsOf(data);
    const graph = viaTransfer(data, positions);
    const expected = buildGraph(data, { positions });
    expect(graph.export()).toEqual(expected.export());
    // Same draw order, not just the same set.
    expect(graph.edges()).toEqual(expected.edges());
    expect(graph.nodes()).toEqual(expected.nodes());
  });

  it("builds the same graph for a 2k / 10k synthetic network", () => {
    const data = syntheticDataset(2_000, 10_000, 5);
    const graph = viaTransfer(data);
    const expected = buildGraph(data, { positions: new Map() });
    expect(graph.size).toBe(expected.size);
    expect(graph.export()).toEqual(expected.export());
    expect(graph.edges()).toEqual(expected.edges());
  });

  it("keeps extra attributes, missing weight and year, illustrative links, parallel links and odd ids", () => {
    const data = dataset(
      [company("a", "KR-11"), company("b", "KR-26", { tier: "super-regional" }), company("회사-c", "KR-11"), company("😀", "KR-29")],
      [
        link("l1", "a", "b", "technology", { weight: 100, year: 2023, attributes: { 품목: "반도체", note: "" } }),
        link("l2", "a", "b", "sales"),
        link("", "a", "회사-c", "production", { weight: 0, illustrative: true }),
        link("😀-1", "😀", "a", "other", { year: 2019, attributes: { x: "1" } }),
        link("l5", "a", "zzz"),
        link("l6", "b", "a", "sales", { weight: 3.25 }),
        link("l1", "b", "a", "sales"),
      ],
    );
    const graph = viaTransfer(data);
    const expected = buildGraph(data, { positions: new Map() });
    expect(graph.export()).toEqual(expected.export());
    expect(graph.edges()).toEqual(expected.edges());
    expect(graph.getEdgeAttributes("l1")).toMatchObject({ weight: 100, year: 2023, attributes: { 품목: "반도체", note: "" } });
    expect(graph.getEdgeAttributes("l2")).not.toHaveProperty("weight");
    expect(graph.getEdgeAttributes("l2")).not.toHaveProperty("year");
    expect(graph.getEdgeAttribute("", "illustrative")).toBe(true);
    expect(graph.getEdgeAttribute("", "weight")).toBe(0);
    expect(graph.getEdgeAttribute("l2", "curvature")).toBeGreaterThan(graph.getEdgeAttribute("l1", "curvature"));
    // Only links with attributes carry an object across.
    const { payload } = packLinks(data.links, data.companies);
    expect(payload.attributes.map((a) => a.index)).toEqual([0, 3]);
    expect(payload.source[4]).toBe(0);
    expect(payload.target[4]).toBe(-1);
  });

  it("builds the same graph in steps", () => {
    const data = syntheticDataset(300, 1_200, 3);
    const { payload, transfer } = packLinks(data.links, data.companies);
    const builder = graphBuilder({ ...data, links: [] }, { positions: new Map(), links: structuredClone(payload, { transfer }) });
    while (!builder.step(97));
    expect(builder.progress()).toBe(1);
    expect(builder.graph.export()).toEqual(buildGraph(data, { positions: new Map() }).export());
  });

  it("handles an empty dataset", () => {
    const data = dataset([], []);
    const graph = viaTransfer(data);
    expect(graph.order).toBe(0);
    expect(graph.size).toBe(0);
    expect(graph.export()).toEqual(buildGraph(data, { positions: new Map() }).export());
  });

  it("throws an error naming the module for a malformed payload", () => {
    const data = dataset([company("a", "KR-11"), company("b", "KR-26")], [link("l1", "a", "b"), link("l2", "b", "a", "sales", { attributes: { k: "v" } })]);
    const good = () => packLinks(data.links, data.companies).payload;
    const broken: ((p: LinkTransfer) => unknown)[] = [
      (p) => ({ ...p, source: p.source.subarray(1) }),
      (p) => ({ ...p, target: new Float64Array(2) }),
      (p) => ({ ...p, count: 3 }),
      (p) => ({ ...p, idText: p.idText + "x" }),
      (p) => ({ ...p, type: Uint8Array.of(0, 9) }),
      (p) => ({ ...p, source: Int32Array.of(0, 2) }),
      (p) => ({ ...p, attributes: [{ index: 5, attributes: {} }] }),
      (p) => ({ ...p, attributes: undefined }),
      () => null,
    ];
    for (const breakIt of broken) {
      const payload = breakIt(good()) as LinkTransfer;
      expect(() => unpackLinks(payload, data.companies)).toThrow(/graph\/linkTransfer/);
      expect(() => graphBuilder({ ...data, links: [] }, { positions: new Map(), links: payload })).toThrow(/graph\/linkTransfer/);
    }
  });
});
