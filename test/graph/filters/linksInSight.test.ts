// Which company links the map draws on a network with more than it can draw.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { candidateScan, linksInSight, sightCandidates } from "../../../src/graph/filters/linksInSight.ts";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../../../src/graph/types.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";

/** Companies on a line at x = 0..n-1 and links given as [source, target, weight, cross]. */
function lineGraph(n: number, links: Array<[number, number, number | undefined, boolean]>): SupplyGraph {
  const graph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  for (let i = 0; i < n; i++) graph.addNode(`c${i}`, { x: i, y: 0 } as CompanyNode);
  links.forEach(([s, t, weight, cross], i) => {
    graph.addEdgeWithKey(`l${i}`, `c${s}`, `c${t}`, { weight, cross } as LinkEdge);
  });
  return graph;
}

const weightOf = (graph: SupplyGraph, edge: string) => graph.getEdgeAttribute(edge, "weight") ?? 0;

describe("graph/linksInSight", () => {
  it("draws every link the view shows while they fit, in graph order", () => {
    const graph = lineGraph(4, [[0, 1, 5, true], [1, 2, 1, false], [2, 3, 9, true]]);
    const sight = linksInSight(sightCandidates(graph, null), 3, null);
    expect(sight).toEqual({ edges: ["l0", "l1", "l2"], inSight: 3 });
  });

  it("draws the heaviest links over the budget, and among equal weights cross-division ones first", () => {
    const graph = lineGraph(6, [[0, 1, 1, false], [1, 2, 7, false], [2, 3, 1, true], [3, 4, 3, true], [4, 5, 1, false], [5, 0, 1, true]]);
    // 7 and 3, then two of the four weighing 1: the cross-division ones (l2, l5) before l0 and l4.
    const sight = linksInSight(sightCandidates(graph, null), 4, null);
    expect(sight.inSight).toBe(6);
    expect(sight.edges).toEqual(["l1", "l2", "l3", "l5"]);
    // One fewer: the first cross-division link of weight 1 in graph order.
    expect(linksInSight(sightCandidates(graph, null), 3, null).edges).toEqual(["l1", "l2", "l3"]);
    expect(linksInSight(sightCandidates(graph, null), 0, null)).toEqual({ edges: [], inSight: 6 });
  });

  it("ranks a link without a weight below every weighed link", () => {
    const graph = lineGraph(3, [[0, 1, undefined, false], [1, 2, 0.5, false], [2, 0, 2, false]]);
    expect(linksInSight(sightCandidates(graph, null), 2, null).edges).toEqual(["l1", "l2"]);
  });

  it("keeps to links with an end in sight, read from the companies' current positions", () => {
    const graph = lineGraph(6, [[0, 1, 1, true], [1, 5, 1, true], [4, 5, 1, true], [2, 3, 1, true]]);
    const candidates = sightCandidates(graph, null);
    const rect = { x0: -0.5, y0: -1, x1: 1.5, y1: 1 };
    expect(linksInSight(candidates, 10, rect)).toEqual({ edges: ["l0", "l1"], inSight: 2 });
    // A force layout moves the companies: the same candidates follow them.
    graph.setNodeAttribute("c3", "x", 1);
    expect(linksInSight(candidates, 10, rect).edges).toEqual(["l0", "l1", "l3"]);
  });

  it("draws only what the view shows at all", () => {
    const graph = lineGraph(4, [[0, 1, 9, true], [1, 2, 8, true], [2, 3, 7, true]]);
    const candidates = sightCandidates(graph, (e) => graph.edges()[e] !== "l0");
    expect([...candidates.rows]).toEqual([1, 2]);
    expect(linksInSight(candidates, 1, null)).toEqual({ edges: ["l1"], inSight: 2 });
  });

  it("takes the heaviest of a generated network exactly, whatever the slices the pass over it took", () => {
    const graph = syntheticGraph(400, 3000, 5);
    const keys = graph.edges();
    const keep = (e: number) => graph.getEdgeAttribute(keys[e]!, "linkType") !== "sales";
    const whole = sightCandidates(graph, keep);
    const scan = candidateScan(graph, keep);
    let steps = 0;
    while (!scan.step(257)) steps++;
    expect(steps).toBeGreaterThan(5);
    const sliced = scan.result();
    expect([...sliced.rows]).toEqual([...whole.rows]);

    const max = 500;
    const { edges, inSight } = linksInSight(sliced, max, null);
    const shown = Array.from(whole.rows, (e) => keys[e]!);
    expect(inSight).toBe(shown.length);
    expect(edges).toHaveLength(max);
    // Nothing left out weighs more than anything drawn, and the drawn keep graph order.
    const drawn = new Set(edges);
    const lightestDrawn = Math.min(...edges.map((e) => weightOf(graph, e)));
    const heaviestLeft = Math.max(...shown.filter((e) => !drawn.has(e)).map((e) => weightOf(graph, e)));
    expect(heaviestLeft).toBeLessThanOrEqual(lightestDrawn);
    const order = new Map(graph.edges().map((e, i) => [e, i]));
    expect(edges.map((e) => order.get(e)!)).toEqual(edges.map((e) => order.get(e)!).sort((a, b) => a - b));
    expect(edges.every((e) => graph.getEdgeAttribute(e, "linkType") !== "sales")).toBe(true);
  });
});
