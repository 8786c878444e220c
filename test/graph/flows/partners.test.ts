import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { companyProfile, neighbourhood } from "../../../src/graph/flows/partners.ts";
import { company, dataset, link } from "../helpers.ts";

// a (Seoul) buys from b (Busan) twice and from c (Seoul); a supplies d (Daegu); e is alone.
const graph = buildGraph(
  dataset(
    [company("a", "KR-11"), company("b", "KR-26"), company("c", "KR-11"), company("d", "KR-27"), company("e", "KR-49")],
    [
      link("1", "b", "a", "technology", { weight: 10 }),
      link("2", "b", "a", "production", { weight: 5 }),
      link("3", "c", "a", "sales"),
      link("4", "a", "d", "sales", { weight: 7 }),
    ],
  ),
  { positions: new Map() },
);

describe("graph/partners", () => {
  it("groups partners by division, own division first", () => {
    const profile = companyProfile(graph, "a")!;
    expect(profile.groups.map((g) => g.division)).toEqual(["KR-11", "KR-26", "KR-27"]);
    expect(profile.groups[1]!.suppliers).toEqual([
      { id: "b", name: "회사b", division: "KR-26", types: ["technology", "production"], links: 2, weight: 15 },
    ]);
    expect(profile.groups[2]!.buyers.map((p) => p.id)).toEqual(["d"]);
  });

  it("counts distinct partners and the share in other divisions", () => {
    const profile = companyProfile(graph, "a")!;
    expect(profile).toMatchObject({ linksIn: 3, linksOut: 1, partners: 3, partnersElsewhere: 2 });
    expect(profile.shareElsewhere).toBeCloseTo(2 / 3, 10);
  });

  it("handles a company without links and an unknown id", () => {
    expect(companyProfile(graph, "e")).toMatchObject({ partners: 0, shareElsewhere: 0, groups: [] });
    expect(companyProfile(graph, "nope")).toBeNull();
  });

  it("gives the neighbourhood used for hover highlighting", () => {
    expect([...neighbourhood(graph, "a")].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...neighbourhood(graph, "e")]).toEqual(["e"]);
  });
});

describe("graph/partners under the merged vintage", () => {
  it("counts a Gwangju partner of a Jeonnam company as same-division in 2026-07", () => {
    const g = buildGraph(
      dataset([company("j", "KR-46"), company("g", "KR-29"), company("s", "KR-11")], [link("1", "g", "j"), link("2", "j", "s")]),
      { positions: new Map() },
    );
    expect(companyProfile(g, "j", "2023")).toMatchObject({ partners: 2, partnersElsewhere: 2 });
    const merged = companyProfile(g, "j", "2026-07")!;
    expect(merged).toMatchObject({ partners: 2, partnersElsewhere: 1 });
    expect(merged.groups[0]!.division).toBe("KR-GJN");
  });
});
