import { describe, expect, it } from "vitest";
import { divisionProfile } from "../../../src/graph/profiles/divisionProfile.ts";
import { busanGraph } from "./fixture.ts";

const graph = busanGraph();

describe("graph/profiles divisionProfile", () => {
  const busan = divisionProfile(graph, "KR-26", "2023");

  it("totals the division's inflow, outflow and internal links", () => {
    expect(busan).toMatchObject({
      division: "KR-26",
      vintage: "2023",
      companyCount: 2,
      inflow: { count: 5, weight: 100 },
      outflow: { count: 2, weight: 10 },
      internal: { count: 1, weight: 5 },
    });
  });

  it("lists partner divisions largest first, with their shares", () => {
    expect(busan.suppliers).toEqual([
      { division: "KR-11", count: 3, weight: 60, countShare: 0.6, weightShare: 0.6 },
      { division: "KR-27", count: 1, weight: 40, countShare: 0.2, weightShare: 0.4 },
      { division: "KR-29", count: 1, weight: 0, countShare: 0.2, weightShare: 0 },
    ]);
    // Equal counts: the larger weight first.
    expect(busan.buyers.map((b) => [b.division, b.count, b.weight, b.weightShare])).toEqual([
      ["KR-48", 1, 7, 0.7],
      ["KR-27", 1, 3, 0.3],
    ]);
  });

  it("measures dependence on the largest supplier division and the HHI", () => {
    // Count shares .6 .2 .2: HHI .36 + .04 + .04; weight shares .6 .4 0: .36 + .16.
    expect(busan.concentration.count).toMatchObject({ largest: "KR-11", share: 0.6 });
    expect(busan.concentration.count!.hhi).toBeCloseTo(0.44, 12);
    expect(busan.concentration.weight).toMatchObject({ largest: "KR-11", share: 0.6 });
    expect(busan.concentration.weight!.hhi).toBeCloseTo(0.52, 12);
  });

  it("ranks its companies by links with other divisions", () => {
    expect(busan.companies).toEqual([
      // s1 twice, t1 in and out: 10 + 30 + 40 + 3; plus the internal link to p2.
      { id: "p1", name: "회사p1", tier: "super-regional", crossLinks: 4, crossWeight: 83, crossPartners: 2, links: 5 },
      { id: "p2", name: "회사p2", tier: undefined, crossLinks: 3, crossWeight: 27, crossPartners: 3, links: 4 },
    ]);
  });

  it("gives no concentration without inflow, and a single supplier an HHI of 1", () => {
    const gwangju = divisionProfile(graph, "KR-29", "2023");
    expect(gwangju.concentration).toEqual({ count: null, weight: null });
    const daegu = divisionProfile(graph, "KR-27", "2023");
    expect(daegu.concentration.count).toEqual({ largest: "KR-26", share: 1, hhi: 1 });
  });

  it("uses the divisions of the vintage", () => {
    const merged = divisionProfile(graph, "KR-GJN", "2026-07");
    expect(merged).toMatchObject({ companyCount: 1, outflow: { count: 1 }, buyers: [{ division: "KR-26" }] });
    expect(divisionProfile(graph, "KR-26", "2026-07").suppliers.map((s) => s.division)).toEqual(["KR-11", "KR-27", "KR-GJN"]);
    expect(() => divisionProfile(graph, "KR-29", "2026-07")).toThrow("graph/profiles: 'KR-29' is not a division of vintage 2026-07");
    expect(() => divisionProfile(graph, "KR-GJN", "2023")).toThrow(/graph\/profiles/);
  });

  it("applies a filter to flows and companies alike", () => {
    const technology = divisionProfile(graph, "KR-26", "2023", (_e, link) => link.linkType === "technology");
    expect(technology.inflow).toEqual({ count: 1, weight: 30 });
    expect(technology.companies[0]).toMatchObject({ id: "p1", crossLinks: 2, links: 2 });
  });
});
