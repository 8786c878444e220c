import { describe, expect, it } from "vitest";
import { chainList } from "../../../src/graph/paths/chainList.ts";
import { supplyFocus } from "../../../src/graph/paths/tiers.ts";
import { handGraph } from "./fixture.ts";

const graph = handGraph();
const listOf = (depth: 1 | 2 | 3, direction: "upstream" | "downstream" | "both") => {
  const focus = supplyFocus(graph, "F", { depth, direction });
  return { focus, list: chainList(graph, "F", focus.tiers, focus.edges, "2023") };
};
const shape = (list: ReturnType<typeof chainList>) => list.tiers.map((t) => ({ tier: t.tier, ids: t.companies.map((c) => c.id), links: t.links }));

describe("chainList", () => {
  it("lists suppliers nearest first, then buyers, each tier with the links that reach it", () => {
    const { focus, list } = listOf(3, "both");
    // fixture.ts: A B K supply F (links 1, 2, 3, 12); C supplies A (4); D supplies C (5);
    // F supplies G and N (7, 13); G supplies H (8); H supplies I (9).
    expect(shape(list)).toEqual([
      { tier: -1, ids: ["A", "B", "K"], links: 4 },
      { tier: -2, ids: ["C"], links: 1 },
      { tier: -3, ids: ["D"], links: 1 },
      { tier: 1, ids: ["G", "N"], links: 2 },
      { tier: 2, ids: ["H"], links: 1 },
      { tier: 3, ids: ["I"], links: 1 },
    ]);
    // Its totals are the map's: every company lit (the focus among them) and every link drawn.
    expect(list.companies).toBe(focus.tiers.size);
    expect(list.links).toBe(focus.edges.length);
    expect(list.tiers.reduce((n, t) => n + t.links, 0)).toBe(list.links);
  });

  it("follows the direction asked for: upstream lists only suppliers, downstream only buyers", () => {
    expect(shape(listOf(2, "upstream").list).map((t) => t.tier)).toEqual([-1, -2]);
    const down = listOf(2, "downstream");
    expect(shape(down.list)).toEqual([
      { tier: 1, ids: ["G", "K", "N"], links: 3 },
      // H from G (8); A from N and from G (14, 15).
      { tier: 2, ids: ["A", "H"], links: 3 },
    ]);
    expect(down.list.links).toBe(down.focus.edges.length);
  });

  it("names each company with its division, by name within a tier", () => {
    const { list } = listOf(1, "upstream");
    expect(list.tiers[0]!.companies).toEqual([
      { id: "A", name: "회사A", division: "KR-11" },
      { id: "B", name: "회사B", division: "KR-11" },
      { id: "K", name: "회사K", division: "KR-11" },
    ]);
  });

  it("has no tiers for a company without links, and counts it alone", () => {
    const focus = supplyFocus(graph, "Z", { depth: 3, direction: "both" });
    expect(chainList(graph, "Z", focus.tiers, focus.edges, "2023")).toEqual({ focus: "Z", tiers: [], companies: 1, links: 0 });
  });
});
