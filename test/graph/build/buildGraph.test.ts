import { describe, expect, it } from "vitest";
import { buildGraph, graphBuilder } from "../../../src/graph/build/buildGraph.ts";
import { INTERNAL_LINK_COLOR, LINK_TYPE_COLORS } from "../../../src/style/palette.ts";
import { company, dataset, link } from "../helpers.ts";

const data = dataset(
  [company("a", "KR-11"), company("b", "KR-26", { tier: "super-regional" }), company("c", "KR-11")],
  [
    link("l1", "a", "b", "technology", { weight: 100, year: 2023 }),
    link("l2", "a", "b", "sales"),
    link("l3", "a", "c", "production"),
    link("l4", "b", "a", "sales"),
    link("l5", "a", "zzz"),
  ],
);
const positions = new Map([
  ["a", { x: 1, y: 2 }],
  ["b", { x: 3, y: 4 }],
]);

describe("graph/build", () => {
  it("adds every company and every link whose ends exist, directed supplier to buyer", () => {
    const graph = buildGraph(data, { positions });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(4);
    expect(graph.source("l4")).toBe("b");
    expect(graph.target("l4")).toBe("a");
    expect(graph.hasEdge("l5")).toBe(false);
  });

  it("marks cross-division links and styles them apart from internal ones", () => {
    const graph = buildGraph(data, { positions });
    expect(graph.getEdgeAttribute("l1", "cross")).toBe(true);
    expect(graph.getEdgeAttribute("l3", "cross")).toBe(false);
    expect(graph.getEdgeAttribute("l1", "color")).toBe(LINK_TYPE_COLORS.technology);
    expect(graph.getEdgeAttribute("l3", "color")).toBe(INTERNAL_LINK_COLOR);
    expect(graph.getEdgeAttribute("l1", "size")).toBeGreaterThan(graph.getEdgeAttribute("l3", "size"));
    expect(graph.filterEdges((_e, a) => a.cross).sort()).toEqual(["l1", "l2", "l4"]);
  });

  it("fans out parallel links of one pair and keeps both directions apart", () => {
    const graph = buildGraph(data, { positions });
    const c1 = graph.getEdgeAttribute("l1", "curvature");
    const c2 = graph.getEdgeAttribute("l2", "curvature");
    expect(c2).toBeGreaterThan(c1);
    // Opposite direction: same base curvature, but sigma bends it to the other side of the line.
    expect(graph.getEdgeAttribute("l4", "curvature")).toBe(c1);
  });

  it("places companies at their map position and remembers it for the way back from the force view", () => {
    const graph = buildGraph(data, { positions });
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 1, y: 2, mapX: 1, mapY: 2 });
    expect(graph.getNodeAttributes("c")).toMatchObject({ x: 0, y: 0 });
    expect(graph.getNodeAttribute("b", "superRegional")).toBe(true);
    expect(graph.getNodeAttribute("b", "size")).toBeGreaterThan(graph.getNodeAttribute("a", "size"));
  });

  it("builds in steps that add up to the same graph", () => {
    const builder = graphBuilder(data, { positions });
    const steps: number[] = [];
    // No step adds companies and links both: the loader can show the companies before any link.
    const atCompanies: { order: number; size: number }[] = [];
    while (!builder.step(2)) {
      steps.push(builder.progress());
      if (builder.companiesIn() && atCompanies.length === 0) atCompanies.push({ order: builder.graph.order, size: builder.graph.size });
    }
    const whole = buildGraph(data, { positions });
    // Three companies in two steps, then the links two at a time.
    expect(steps.length).toBe(2 + Math.ceil(builder.links / 2) - 1);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(atCompanies).toEqual([{ order: 3, size: 0 }]);
    expect(builder.graph.export()).toEqual(whole.export());
  });
});

describe("graph/build draw order", () => {
  it("adds internal links before cross-division ones and super-regional companies last, since sigma paints in graph order", () => {
    const graph = buildGraph(data, { positions });
    expect(graph.edges()).toEqual(["l3", "l1", "l2", "l4"]);
    expect(graph.nodes()).toEqual(["a", "c", "b"]);
  });
});
