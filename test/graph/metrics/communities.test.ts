import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import type { Link } from "../../../src/model/types.ts";
import { link } from "../helpers.ts";
import { byId, chain, graphOf, seoul } from "./fixtures.ts";

/** Every pair of `ids` linked once, in one direction. */
function clique(ids: string[], prefix: string): Link[] {
  const links: Link[] = [];
  ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => links.push(link(`${prefix}${a}${b}`, a, b))));
  return links;
}

const left = ["a1", "a2", "a3", "a4", "a5"];
const right = ["b1", "b2", "b3", "b4", "b5"];
// Two 5-cliques joined by one link; directions mixed on purpose (the view is undirected).
const graph = graphOf(seoul(...left, ...right), [...clique(left, "L"), ...clique([...right].reverse(), "R"), ...chain("b3>a2")]);

describe("graph/metrics communities", () => {
  it("finds the two obvious clusters", () => {
    const result = computeMetrics(graph, { vintage: "2023" });
    expect(result.communities).toBe(2);
    const m = byId(result.companies);
    const community = (ids: string[]) => new Set(ids.map((id) => m.get(id)!.community));
    expect(community(left)).toEqual(new Set([0]));
    expect(community(right)).toEqual(new Set([1]));
  });

  it("gives the same communities for the same seed", () => {
    const a = computeMetrics(graph, { vintage: "2023", seed: 3 }).companies.map((c) => c.community);
    const b = computeMetrics(graph, { vintage: "2023", seed: 3 }).companies.map((c) => c.community);
    expect(a).toEqual(b);
  });

  it("numbers communities by size, largest first, and gives loners their own", () => {
    const g = graphOf(seoul("x", "y", "z", "p", "q", "alone"), chain("x>y", "y>z", "z>x", "p>q"));
    const result = computeMetrics(g, { vintage: "2023" });
    const m = byId(result.companies);
    expect(result.communities).toBe(3);
    expect([m.get("x")!.community, m.get("y")!.community, m.get("z")!.community]).toEqual([0, 0, 0]);
    expect(m.get("p")!.community).toBe(1);
    expect(m.get("q")!.community).toBe(1);
    expect(m.get("alone")!.community).toBe(2);
  });
});
