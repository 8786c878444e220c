import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { applyPositions, forceInputFromGraph } from "../../src/layout/forceInput.ts";
import { runForce } from "../../src/layout/forceRun.ts";
import { positionBlend } from "../../src/layout/transition.ts";
import { company, dataset, link } from "../graph/helpers.ts";

// Two triangles joined by one link: a force layout must pull each triangle together.
function twoClusters() {
  const ids = ["a1", "a2", "a3", "b1", "b2", "b3"];
  const positions = new Map(ids.map((id, i) => [id, { x: (i * 37) % 100, y: (i * 53) % 100 }]));
  return buildGraph(
    dataset(
      ids.map((id) => company(id, "KR-11")),
      [
        link("1", "a1", "a2"), link("2", "a2", "a3"), link("3", "a3", "a1"),
        link("4", "b1", "b2"), link("5", "b2", "b3"), link("6", "b3", "b1"),
        link("7", "a1", "b1"),
      ],
    ),
    { positions },
  );
}

const dist = (p: Float32Array, i: number, j: number) => Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);

describe("layout/force", () => {
  it("flattens the graph into index arrays in node order", () => {
    const graph = twoClusters();
    const { input, nodes } = forceInputFromGraph(graph);
    expect(nodes).toEqual(["a1", "a2", "a3", "b1", "b2", "b3"]);
    expect(input.edges.length).toBe(14);
    expect([...input.edges.slice(12)]).toEqual([0, 3]);
    expect(input.positions[2]).toBe(graph.getNodeAttribute("a2", "x"));
  });

  it("pulls clusters together and reports every batch until done", async () => {
    const graph = twoClusters();
    const { input } = forceInputFromGraph(graph);
    const batches: number[] = [];
    const out = await runForce(input, { iterations: 300, batchMs: 0, onBatch: (_p, done) => void batches.push(done) });
    expect(batches.at(-1)).toBe(300);
    expect(batches).toEqual([...batches].sort((x, y) => x - y));
    const within = (dist(out, 1, 2) + dist(out, 4, 5)) / 2;
    const across = (dist(out, 1, 4) + dist(out, 2, 5)) / 2;
    expect(within).toBeLessThan(across);
  });

  it("stops when a batch callback says so", async () => {
    const graph = twoClusters();
    const { input } = forceInputFromGraph(graph);
    let calls = 0;
    await runForce(input, { iterations: 1000, batchMs: 0, onBatch: () => ++calls < 3 });
    expect(calls).toBe(3);
  });

  it("writes positions back without touching the stored map position", () => {
    const graph = twoClusters();
    const { input, nodes } = forceInputFromGraph(graph);
    const mapX = graph.getNodeAttribute("b2", "mapX");
    const moved = input.positions.map((v) => v + 1000);
    applyPositions(graph, nodes, moved);
    expect(graph.getNodeAttribute("b2", "x")).toBe(moved[8]);
    expect(graph.getNodeAttribute("b2", "mapX")).toBe(mapX);
  });

  it("blends positions smoothly and ends exactly on the targets", () => {
    const graph = twoClusters();
    const target = new Map(graph.nodes().map((n) => [n, { x: 500, y: -500 }]));
    const blend = positionBlend(graph, { get: (n) => target.get(n) });
    const startX = graph.getNodeAttribute("a2", "x");
    blend.at(0.5);
    expect(graph.getNodeAttribute("a2", "x")).toBeCloseTo((startX + 500) / 2, 6);
    blend.at(1);
    graph.forEachNode((_n, a) => expect([a.x, a.y]).toEqual([500, -500]));
  });
});

describe("layout/force: a graph without divisions starts from its file's own drawing", () => {
  // Three unplaced companies squeezed into a small square (where the map puts them); the file
  // drew them on a line, 0, 10 and 30 apart.
  const graph = () =>
    buildGraph(
      dataset(
        [
          company("a", "", { attributes: { x: "0", y: "0" } }),
          company("b", "", { attributes: { x: "10", y: "0" } }),
          company("c", "", { attributes: { x: "30", y: "0" } }),
          company("s", "KR-11"),
        ],
        [link("1", "a", "b"), link("2", "b", "c"), link("3", "c", "s")],
      ),
      { positions: new Map([["a", { x: 0, y: 0 }], ["b", { x: 1, y: 1 }], ["c", { x: 2, y: 0 }], ["s", { x: 60, y: 0 }]]) },
    );

  it("the first layout starts from the file's positions, scaled to the map's span", () => {
    const { input, nodes } = forceInputFromGraph(graph());
    const at = (id: string) => [input.positions[2 * nodes.indexOf(id)]!, input.positions[2 * nodes.indexOf(id) + 1]!];
    // File span 30 -> map span 60: the file's shape, twice as large, centred on the map's middle (30, 0.5).
    expect(at("a")).toEqual([0, 0.5]);
    expect(at("b")).toEqual([20, 0.5]);
    expect(at("c")).toEqual([60, 0.5]);
    // A placed company starts where it is drawn.
    expect(at("s")).toEqual([60, 0]);
  });

  it("later layouts, and runs from the map, start where they are told", () => {
    const g = graph();
    g.updateNodeAttribute("a", "x", () => 5);
    const { input, nodes } = forceInputFromGraph(g);
    expect(input.positions[2 * nodes.indexOf("a")]).toBe(5);
    const fromMap = forceInputFromGraph(graph(), true);
    expect(fromMap.input.positions[2 * fromMap.nodes.indexOf("b")]).toBe(1);
  });
});
