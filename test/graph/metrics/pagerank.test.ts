import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/index.ts";
import { company, link } from "../helpers.ts";
import { byId, chain, graphOf, seoul } from "./fixtures.ts";

describe("graph/metrics pagerank", () => {
  it("sums to 1 and puts the buyer many suppliers deliver to first", () => {
    // s1..s4 supply hub h; s5 supplies t; h and t buy only.
    const graph = graphOf(seoul("s1", "s2", "s3", "s4", "s5", "h", "t"), chain("s1>h", "s2>h", "s3>h", "s4>h", "s5>t"));
    const result = computeMetrics(graph, { vintage: "2023" });
    const total = result.companies.reduce((sum, c) => sum + c.pagerank, 0);
    expect(total).toBeCloseTo(1, 9);
    const ranked = [...result.companies].sort((a, b) => b.pagerank - a.pagerank);
    expect(ranked[0]!.id).toBe("h");
    expect(ranked[1]!.id).toBe("t");
    // Suppliers with no suppliers of their own all get the same base rank.
    const m = byId(result.companies);
    expect(m.get("s1")!.pagerank).toBeCloseTo(m.get("s5")!.pagerank, 12);
  });

  it("follows supply direction: rank flows from supplier to buyer", () => {
    const m = byId(computeMetrics(graphOf(seoul("a", "b"), chain("a>b")), { vintage: "2023" }).companies);
    expect(m.get("b")!.pagerank).toBeGreaterThan(m.get("a")!.pagerank);
  });

  it("counts parallel links: two contracts pass twice the rank of one", () => {
    // s supplies h twice and t once; nothing else links in.
    const graph = graphOf(
      [company("s", "KR-11"), company("h", "KR-11"), company("t", "KR-11")],
      [link("1", "s", "h", "production"), link("2", "s", "h", "sales"), link("3", "s", "t", "production")],
    );
    const m = byId(computeMetrics(graph, { vintage: "2023" }).companies);
    const base = m.get("s")!.pagerank;
    // Each buyer gets base rank (same as s's) plus 0.85 × its share of s's rank.
    expect(m.get("h")!.pagerank - base).toBeCloseTo(0.85 * (2 / 3) * base, 7);
    expect(m.get("t")!.pagerank - base).toBeCloseTo(0.85 * (1 / 3) * base, 7);
  });
});
