import { describe, expect, it } from "vitest";
import { removalImpact } from "../../../src/graph/resilience/removalImpact.ts";
import { busanGraph } from "../profiles/fixture.ts";

const graph = busanGraph();
const flows = (impact: ReturnType<typeof removalImpact>) =>
  impact.flows.map((f) => `${f.from}>${f.to} ${f.status} ${f.before.count}/${f.before.weight} -> ${f.after.count}/${f.after.weight}`);

describe("graph/resilience removalImpact", () => {
  it("removes companies: links lost, buyers stranded, flows that vanish or shrink", () => {
    const impact = removalImpact(graph, { companies: ["s1", "t1", "nobody"] }, "2023");
    expect(impact.removed).toEqual(["s1", "t1"]);
    expect(impact.unknown).toEqual(["nobody"]);
    // s1→p1 twice (10 + 30), t1→p1 (40), p1→t1 (3).
    expect(impact.linksLost).toEqual({
      count: 4,
      weight: 83,
      byType: {
        technology: { count: 2, weight: 33 },
        production: { count: 2, weight: 50 },
        sales: { count: 0, weight: 0 },
        other: { count: 0, weight: 0 },
      },
    });
    // p1 bought only from s1 and t1.
    expect(impact.stranded).toEqual([{ id: "p1", lostSuppliers: ["s1", "t1"] }]);
    expect(flows(impact)).toEqual([
      "KR-11>KR-26 shrunk 3/60 -> 1/20",
      "KR-27>KR-26 vanished 1/40 -> 0/0",
      "KR-26>KR-27 vanished 1/3 -> 0/0",
    ]);
    expect(impact.crossLinks).toEqual({ before: 7, after: 3 });
  });

  it("removes a whole division", () => {
    const impact = removalImpact(graph, { division: "KR-26" }, "2023");
    expect(impact.removed).toEqual(["p1", "p2"]);
    expect(impact.linksLost).toMatchObject({ count: 8, weight: 115 });
    expect(impact.stranded).toEqual([
      { id: "t1", lostSuppliers: ["p1"] },
      { id: "x1", lostSuppliers: ["p2"] },
    ]);
    expect(impact.flows.every((f) => f.status === "vanished")).toBe(true);
    expect(impact.flows).toHaveLength(5);
    expect(impact.crossLinks).toEqual({ before: 7, after: 0 });
  });

  it("takes a division of the vintage, and never touches the graph", () => {
    const before = { order: graph.order, size: graph.size, edges: graph.edges() };
    const impact = removalImpact(graph, { division: "KR-GJN" }, "2026-07");
    expect(impact.removed).toEqual(["j1"]);
    expect(impact.linksLost).toMatchObject({ count: 1, byType: { sales: { count: 1, weight: 0 } } });
    // p2 still buys from s2 and p1.
    expect(impact.stranded).toEqual([]);
    expect(flows(impact)).toEqual(["KR-GJN>KR-26 vanished 1/0 -> 0/0"]);
    expect({ order: graph.order, size: graph.size, edges: graph.edges() }).toEqual(before);
    expect(() => removalImpact(graph, { division: "KR-29" }, "2026-07")).toThrow("graph/resilience: 'KR-29' is not a division of vintage 2026-07");
  });

  it("counts only what the filter keeps, before and after", () => {
    const technology = removalImpact(graph, { companies: ["s1"] }, "2023", (_e, l) => l.linkType === "technology");
    expect(technology.linksLost).toMatchObject({ count: 1, weight: 30 });
    // Under the filter p1's only incoming link was s1's technology link.
    expect(technology.stranded).toEqual([{ id: "p1", lostSuppliers: ["s1"] }]);
    expect(flows(technology)).toEqual(["KR-11>KR-26 vanished 1/30 -> 0/0"]);
  });

  it("changes nothing when nothing is removed", () => {
    const none = removalImpact(graph, {}, "2023");
    expect(none).toMatchObject({ removed: [], linksLost: { count: 0 }, stranded: [], flows: [], crossLinks: { before: 7, after: 7 } });
  });
});
