import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import type { CrossRegionalStat } from "../../../src/graph/metrics/types.ts";
import { company, link } from "../helpers.ts";
import { byId, graphOf } from "./fixtures.ts";

// x and w in Gwangju (KR-29), y in Jeonnam (KR-46), z in Seoul (KR-11).
const graph = graphOf(
  [company("x", "KR-29"), company("y", "KR-46"), company("z", "KR-11"), company("w", "KR-29")],
  [
    link("1", "x", "y", "technology", { weight: 10 }),
    link("2", "x", "y", "production", { weight: 5 }),
    link("3", "z", "x", "sales", { weight: 20 }),
    link("4", "x", "w", "production", { weight: 7 }),
    link("5", "y", "x", "sales"),
  ],
);
const none: CrossRegionalStat = { partners: 0, links: 0, weight: 0 };
const stat = (partners: number, links: number, weight: number): CrossRegionalStat => ({ partners, links, weight });

describe("graph/metrics cross-regional, 17 divisions (2023)", () => {
  const m = byId(computeMetrics(graph, { vintage: "2023" }).companies);

  it("counts x's partners, links and weight in other divisions per link type", () => {
    expect(m.get("x")!.cross).toEqual({
      technology: stat(1, 1, 10), // y
      production: stat(1, 1, 5), // y; x→w stays in Gwangju
      sales: stat(2, 2, 20), // z (20) and y (no weight)
      other: none,
      all: stat(2, 4, 35), // y and z, each counted once
    });
  });

  it("gives x's shares and partner divisions", () => {
    const x = m.get("x")!;
    expect(x.partnerDivisions).toBe(2); // Jeonnam and Seoul
    expect(x.crossPartnerShare).toBeCloseTo(2 / 3, 12); // y, z of y, z, w
    expect(x.crossWeightShare).toBeCloseTo(35 / 42, 12);
  });

  it("counts both directions for the partner", () => {
    expect(m.get("y")!.cross.all).toEqual(stat(1, 3, 15));
    expect(m.get("y")!.crossPartnerShare).toBe(1);
    expect(m.get("z")!.cross.sales).toEqual(stat(1, 1, 20));
  });

  it("gives zeros, not NaN, to a company whose partners are all in its own division", () => {
    expect(m.get("w")).toMatchObject({ partnerDivisions: 0, crossPartnerShare: 0, crossWeightShare: 0 });
    expect(m.get("w")!.cross.all).toEqual(none);
  });
});

describe("graph/metrics cross-regional, merged Gwangju-Jeonnam (2026-07)", () => {
  const result = computeMetrics(graph, { vintage: "2026-07" });
  const m = byId(result.companies);

  it("treats the Gwangju-Jeonnam pair as one division", () => {
    expect(result.vintage).toBe("2026-07");
    const x = m.get("x")!;
    expect(x.cross).toEqual({ technology: none, production: none, sales: stat(1, 1, 20), other: none, all: stat(1, 1, 20) });
    expect(x.partnerDivisions).toBe(1);
    expect(x.crossPartnerShare).toBeCloseTo(1 / 3, 12);
    expect(x.crossWeightShare).toBeCloseTo(20 / 42, 12);
    expect(m.get("y")!.cross.all).toEqual(none);
    expect(m.get("y")!.crossPartnerShare).toBe(0);
  });

  it("leaves everything that is not about divisions alone", () => {
    const before = byId(computeMetrics(graph, { vintage: "2023" }).companies);
    for (const [id, after] of m) {
      const { cross: _a, partnerDivisions: _b, crossPartnerShare: _c, crossWeightShare: _d, ...rest } = after;
      expect(before.get(id)).toMatchObject(rest);
    }
  });
});
