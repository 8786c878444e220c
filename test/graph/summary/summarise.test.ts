import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { compareCodePoints, egoPrefix, summariseDataset } from "../../../src/graph/summary/summarise.ts";
import { flowsOfDataset } from "../../../src/graph/flows/divisionFlows.ts";
import { SUMMARY_COMPANY_COLUMNS, SUMMARY_FILES } from "../../../src/model/summary.ts";
import { summaryToBundle } from "../../../src/io/summary/bundleWrite.ts";
import { summaryInputsOfDataset } from "../../../src/io/summary/ego.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { company, dataset, link } from "../helpers.ts";

// Gwangju (KR-29) and Jeonnam (KR-46) merge under 2026-07; Seoul (KR-11) and Busan (KR-26) stay.
const data = dataset(
  [company("a", "KR-11"), company("b", "KR-26"), company("g", "KR-29"), company("j", "KR-46"), company("s", "KR-11")],
  [
    link("1", "a", "b", "production", { weight: 10, year: 2023 }),
    link("2", "a", "b", "production", { weight: 5, year: 2023 }),
    link("3", "g", "j", "technology", { weight: 7, year: 2024 }),
    link("4", "a", "s", "sales", { year: 2024 }),
    link("5", "b", "g", "sales", { weight: 2 }),
  ],
);

describe("summariseDataset", () => {
  const s = summariseDataset(data, { topK: 1, focus: ["j", "nobody"] });

  it("sums flows per vintage, year, pair and type, internal cells included", () => {
    const row = (vintage: string, year: number | null, from: string, to: string) =>
      s.flows.filter((f) => f.vintage === vintage && f.year === year && f.from === from && f.to === to);
    expect(row("2023", 2023, "KR-11", "KR-26")).toEqual([{ vintage: "2023", year: 2023, from: "KR-11", to: "KR-26", type: "production", count: 2, weight: 15 }]);
    expect(row("2023", 2024, "KR-11", "KR-11")).toEqual([{ vintage: "2023", year: 2024, from: "KR-11", to: "KR-11", type: "sales", count: 1, weight: 0 }]);
    expect(row("2023", 2024, "KR-29", "KR-46")).toHaveLength(1);
    // Under 2026-07 the Gwangju-Jeonnam link is internal to the merged division.
    expect(row("2026-07", 2024, "KR-GJN", "KR-GJN")).toEqual([{ vintage: "2026-07", year: 2024, from: "KR-GJN", to: "KR-GJN", type: "technology", count: 1, weight: 7 }]);
    expect(row("2023", null, "KR-26", "KR-29")[0]!.count).toBe(1);
    for (const v of ["2023", "2026-07"]) expect(s.flows.filter((f) => f.vintage === v).reduce((n, f) => n + f.count, 0)).toBe(5);
    expect(s.years).toEqual([2023, 2024]);
    expect(s.linksWithoutYear).toBe(1);
    expect(s.crossLinks).toBe(4);
  });

  it("has the app's division totals for every vintage", () => {
    for (const vintage of ["2023", "2026-07"] as const) {
      const totals = flowsOfDataset(data, vintage).totals;
      const rows = s.divisions.filter((d) => d.vintage === vintage);
      expect(rows.map((r) => r.division).sort()).toEqual(Object.keys(totals).sort());
      for (const r of rows) {
        const t = totals[r.division]!;
        expect([r.companies, r.outgoingCount, r.outgoingWeight, r.incomingCount, r.internalCount, r.partnerDivisions, r.crossShare])
          .toEqual([t.companies, t.outgoing.count, t.outgoing.weight, t.incoming.count, t.internal.count, t.partnerDivisions, t.crossShare]);
      }
    }
  });

  it("gives each company its degrees and cross stats, and repeats only changed companies for 2026-07", () => {
    const a = s.companies.find((c) => c.id === "a")!;
    expect([a.outDegree, a.inDegree, a.degree, a.weightedDegree]).toEqual([3, 0, 3, 15]);
    expect(a.cross.production).toEqual({ partners: 1, links: 2, weight: 15 });
    expect(a.cross.sales).toEqual({ partners: 0, links: 0, weight: 0 });
    expect(a.cross.all).toEqual({ partners: 1, links: 2, weight: 15 });
    const g = s.companies.find((c) => c.id === "g")!;
    expect(g.partnerDivisions).toBe(2);
    const later = s.companiesByVintage["2026-07"]!;
    const g26 = later.find((c) => c.id === "g")!;
    expect(g26.partnerDivisions).toBe(1);
    expect(g26.cross.technology.links).toBe(0);
    expect(later.find((c) => c.id === "s")).toBeUndefined();
  });

  it("picks the top K by score plus the named companies that exist", () => {
    const best = [...s.companies].sort((x, y) => y.score - x.score)[0]!;
    expect(s.companies[0]!.id).toBe(best.id);
    expect(s.ego).toEqual([best.id, "j"]);
    expect(s.companies.filter((c) => c.ego).map((c) => c.id).sort()).toEqual([best.id, "j"].sort());
  });

  it("gives each company its links per partner division and type, in ranking order, stored-vintage codes", () => {
    const row = (id: string, division: string, type: string, o: number, ow: number, i: number, iw: number, p: number) =>
      ({ id, division, type, outLinks: o, outWeight: ow, inLinks: i, inWeight: iw, partners: p });
    expect(s.companyFlows.filter((r) => r.id === "g")).toEqual([
      row("g", "KR-26", "sales", 0, 0, 1, 2, 1),
      row("g", "KR-26", "all", 0, 0, 1, 2, 1),
      // Jeonnam stays a division of its own: the stored vintage, not 2026-07's KR-GJN.
      row("g", "KR-46", "technology", 1, 7, 0, 0, 1),
      row("g", "KR-46", "all", 1, 7, 0, 0, 1),
    ]);
    // a's own division appears for its link inside it; two links to b are one partner.
    expect(s.companyFlows.filter((r) => r.id === "a")).toEqual([
      row("a", "KR-11", "sales", 1, 0, 0, 0, 1),
      row("a", "KR-11", "all", 1, 0, 0, 0, 1),
      row("a", "KR-26", "production", 2, 15, 0, 0, 1),
      row("a", "KR-26", "all", 2, 15, 0, 0, 1),
    ]);
    const blocks = s.companyFlows.map((r) => r.id).filter((id, i, all) => id !== all[i - 1]);
    expect(blocks).toEqual(s.companies.map((c) => c.id));
  });

  it("names each buyer whose links all come from one supplier, by supplier then buyer", () => {
    expect(s.soleSuppliers).toEqual([
      { buyer: "b", supplier: "a", links: 2 },
      { buyer: "s", supplier: "a", links: 1 },
      { buyer: "g", supplier: "b", links: 1 },
      { buyer: "j", supplier: "g", links: 1 },
    ]);
    const two = summariseDataset(dataset(data.companies, [...data.links, link("6", "s", "b", "other")]), { topK: 0 });
    expect(two.soleSuppliers.map((r) => r.buyer)).toEqual(["s", "g", "j"]);
  });

  it("orders ids by code point, as the engine does", () => {
    // U+FF5E sorts before U+1F600 by code point, after it by UTF-16 unit.
    expect(["\u{1F600}", "\uFF5E", "a"].sort(compareCodePoints)).toEqual(["a", "\uFF5E", "\u{1F600}"]);
  });

  it("zips into a bundle whose graph.json the app reads back as the ego networks", async () => {
    const zip = await summaryToBundle(summaryInputsOfDataset(data, s, { focus: ["j"], created: new Date("2026-11-29T00:00:00Z") }));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(expect.arrayContaining([SUMMARY_FILES.manifest, SUMMARY_FILES.flows, SUMMARY_FILES.ego, "companies-2026-07.csv"]));
    const companiesCsv = strFromU8(files[SUMMARY_FILES.companies]!).trim().split("\r\n");
    expect(companiesCsv[0]).toBe(SUMMARY_COMPANY_COLUMNS.join(","));
    expect(companiesCsv).toHaveLength(1 + data.companies.length);
    const back = readFiles([{ name: "bundle.zip", bytes: zip }]);
    const egoIds = new Set(s.ego);
    const expected = data.links.filter((l) => egoIds.has(l.source) || egoIds.has(l.target));
    expect(back.links.map((l) => l.id).sort()).toEqual(expected.map((l) => l.id).sort());
    expect(back.report.rejected).toEqual([]);
  });
});

describe("egoPrefix", () => {
  const links: Record<string, string[]> = { a: ["1", "2", "3"], b: ["3", "4"], c: ["5", "6", "7", "8"], d: ["9"] };
  const of = (id: string) => links[id] ?? [];

  it("counts a link shared by two chosen companies once", () => {
    // a and b together hold 4 distinct links, not 5.
    expect(egoPrefix(["a", "b", "c"], of, 4)).toBe(2);
  });

  it("stops at the first company over the budget instead of skipping to one that fits", () => {
    // c would take the union to 8; d alone would fit, but the set stays a prefix.
    expect(egoPrefix(["a", "b", "c", "d"], of, 5)).toBe(2);
  });

  it("always takes the first company, even alone over the budget", () => {
    expect(egoPrefix(["c", "a"], of, 2)).toBe(1);
    expect(egoPrefix(["c"], of, 0)).toBe(1);
    expect(egoPrefix([], of, 10)).toBe(0);
  });

  it("takes all when the budget allows", () => {
    expect(egoPrefix(["a", "b", "c", "d"], of, 9)).toBe(4);
  });
});

describe("summariseDataset with a link budget", () => {
  it("records how many were taken, asked for and the budget, and keeps focus on top", () => {
    const full = summariseDataset(data, { topK: 5 });
    const first = full.companies[0]!.id;
    const s = summariseDataset(data, { topK: 5, linkBudget: 0, focus: ["j"] });
    expect([s.egoTop, s.requestedTop, s.linkBudget]).toEqual([1, 5, 0]);
    expect(s.ego).toEqual(first === "j" ? ["j"] : [first, "j"]);
    expect(full.egoTop).toBe(5);
  });
});
