import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { cuts } from "../../../src/graph/resilience/cuts.ts";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../../../src/graph/types.ts";

// Speed lives in `npm run bench`; these check that 100k companies cannot overflow the stack.

describe("graph/resilience cuts at scale", () => {
  it("handles a 100k-company synthetic network read and built as the app does", () => {
    const graph = syntheticGraph(100_000, 150_000, 3);
    expect(graph.order).toBe(100_000);
    const c = cuts(graph);
    expect(c.articulationPoints.length).toBeGreaterThan(0);
    expect(c.bridges.length).toBeGreaterThan(0);
    for (const b of c.bridges.slice(0, 20)) expect(b.links.length).toBeGreaterThan(0);
  }, 120_000);

  it("walks a chain of 100k companies, 100k deep, without recursion", () => {
    const n = 100_000;
    const graph: SupplyGraph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
    const node = (i: number) =>
      ({ company: { id: `n${i}`, name: `n${i}`, division: "KR-11", attributes: {} }, label: "", division: "KR-11", place: "KR-11", x: 0, y: 0, mapX: 0, mapY: 0, size: 1, color: "", superRegional: false }) satisfies CompanyNode;
    const edge: LinkEdge = { linkType: "production", illustrative: false, cross: false, size: 1, color: "", curvature: 0, attributes: {} };
    for (let i = 0; i < n; i++) graph.addNode(`n${i}`, node(i));
    for (let i = 1; i < n; i++) graph.addDirectedEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`, edge);
    const c = cuts(graph);
    expect(c.articulationPoints).toHaveLength(n - 2);
    expect(c.bridges).toHaveLength(n - 1);
    // The middle link splits the chain in half.
    expect(c.bridges[0]!.separated).toBe(n / 2);
  }, 120_000);
});
