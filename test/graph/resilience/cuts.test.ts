import { describe, expect, it } from "vitest";
import { cuts } from "../../../src/graph/resilience/cuts.ts";
import { simpleGraph } from "../../../src/graph/resilience/simpleGraph.ts";
import type { Link } from "../../../src/model/types.ts";
import { company, dataset, link } from "../helpers.ts";
import { graphOf } from "../ranking/fixture.ts";

/** Companies in one division (cuts ignore divisions); links as "a>b" pairs, numbered in order. */
function net(ids: string[], pairs: string[]) {
  const links: Link[] = pairs.map((p, i) => {
    const [s, t] = p.split(">");
    return link(String(i + 1), s!, t!);
  });
  return graphOf(dataset(ids.map((id) => company(id, "KR-11")), links));
}

const ids = (c: ReturnType<typeof cuts>) => ({
  points: c.articulationPoints.map((p) => `${p.id}:${p.pieces}`),
  bridges: c.bridges.map((b) => `${b.a}-${b.b}:${b.separated}`),
});

describe("graph/resilience simpleGraph", () => {
  it("drops direction and merges parallel and opposite links", () => {
    const g = simpleGraph(net(["a", "b", "c"], ["a>b", "b>a", "a>b", "c>b"]));
    expect(g.ids).toEqual(["a", "b", "c"]);
    expect([...g.offsets]).toEqual([0, 1, 3, 4]);
    expect([...g.neighbours]).toEqual([1, 0, 2, 1]);
  });
});

describe("graph/resilience cuts", () => {
  it("finds every inner node of a path and every link of it", () => {
    // Directions mixed, a→b doubled by b→a, b→c by a parallel link: still a simple path.
    const c = cuts(net(["a", "b", "c", "d"], ["a>b", "b>a", "b>c", "b>c", "d>c"]));
    expect(ids(c)).toEqual({ points: ["b:2", "c:2"], bridges: ["b-c:2", "a-b:1", "c-d:1"] });
    expect(c.bridges.find((b) => b.a === "a" || b.b === "a")!.links.sort()).toEqual(["1", "2"]);
    expect(c.bridges[0]!.links.sort()).toEqual(["3", "4"]);
  });

  it("finds nothing on a cycle", () => {
    expect(ids(cuts(net(["a", "b", "c", "d"], ["a>b", "b>c", "c>d", "d>a"])))).toEqual({ points: [], bridges: [] });
  });

  it("finds the bridge between two triangles and its two ends", () => {
    const c = cuts(net(["x1", "x2", "x3", "y1", "y2", "y3"], ["x1>x2", "x2>x3", "x3>x1", "y1>y2", "y2>y3", "y3>y1", "x3>y1"]));
    expect(ids(c)).toEqual({ points: ["x3:2", "y1:2"], bridges: ["x3-y1:3"] });
    expect(c.bridges[0]!.links).toEqual(["7"]);
  });

  it("counts the pieces a hub leaves behind, and handles separate components", () => {
    // A star (hub + 3 leaves, the hub first so it is a DFS root) and a lone pair; i is isolated.
    const c = cuts(net(["hub", "l1", "l2", "l3", "p", "q", "i"], ["hub>l1", "l2>hub", "hub>l3", "p>q"]));
    expect(ids(c)).toEqual({ points: ["hub:3"], bridges: ["hub-l1:1", "hub-l2:1", "hub-l3:1", "p-q:1"] });
  });

  it("applies a filter: a cycle held together by one link type", () => {
    const g = net(["a", "b", "c"], ["a>b", "b>c", "c>a"]);
    const noThird = cuts(g, (edge) => edge !== "3");
    expect(ids(noThird)).toEqual({ points: ["b:2"], bridges: ["a-b:1", "b-c:1"] });
  });
});
