import { describe, expect, it } from "vitest";
import { filterCounts, type FacetOption } from "../../../src/graph/filters/counts.ts";
import { filterOf, fixtureGraph } from "./fixture.ts";

const graph = fixtureGraph();

/** Options with something to show, as "value links/companies" ("*" = selected). */
const shown = (options: readonly (FacetOption & { companies?: number })[]) =>
  options
    .filter((o) => o.links > 0 || (o.companies ?? 0) > 0 || o.selected)
    .map((o) => `${o.selected ? "*" : ""}${o.value} ${o.links}${o.companies === undefined ? "" : `/${o.companies}`}`);

describe("graph/filters filterCounts", () => {
  it("counts divisions and link types, each ignoring its own selection", () => {
    // Kept: link 6 only (KR-26 at either end, production).
    const c = filterCounts(graph, filterOf({ divisions: ["KR-26"], linkTypes: ["production"], companyRole: "both" }), "2023");
    expect(c.totals).toEqual({ links: 8, linksKept: 1, companies: 6, companiesKept: 6, companiesLinked: 2 });
    // Production links 1 (11,29), 4 (11 internal, counted once), 6 (46,26).
    expect(shown(c.divisions)).toEqual(["KR-11 2/2", "*KR-26 1/2", "KR-29 1/1", "KR-46 1/1"]);
    // Links touching KR-26: 5 technology, 6 production, 7 other, 8 sales.
    expect(shown(c.linkTypes)).toEqual(["technology 1", "*production 1", "sales 1", "other 1"]);
    // Link 6 joins batteries to chips and untiered to super-regional: no option keeps it alone.
    expect(shown(c.industries)).toEqual(["batteries 0/3", "chips 0/2"]);
    expect(shown(c.tiers)).toEqual(["super-regional 0/2", "regional-innovation 0/1", "none 0/3"]);
  });

  it("lists every option in a stable order, selected ones the data lacks included", () => {
    const c = filterCounts(graph, filterOf({ industries: ["food"], divisions: ["KR-99"] }), "2023");
    expect(c.divisions.map((o) => o.value)).toHaveLength(18);
    // No company is in food, so nothing counts anywhere but under the industries themselves.
    expect(c.divisions[0]).toEqual({ value: "KR-11", links: 0, companies: 0, selected: false });
    expect(c.divisions.at(-1)).toEqual({ value: "KR-99", links: 0, companies: 0, selected: true });
    // Ignoring the industries, KR-99 (a division no link touches) still keeps nothing.
    expect(shown(c.industries)).toEqual(["batteries 0/3", "chips 0/2", "*food 0/0"]);
    expect(c.tiers.map((o) => o.value)).toEqual(["super-regional", "regional-innovation", "none"]);
    expect(c.linkTypes.map((o) => o.value)).toEqual(["technology", "production", "sales", "other"]);
    expect(c.totals).toMatchObject({ linksKept: 0, companiesKept: 0, companiesLinked: 0 });
  });

  it("counts industries with role both: a link counts under an industry when both ends have it", () => {
    // Kept: 1, 2, 4, 5, 6.
    const c = filterCounts(graph, filterOf({ linkTypes: ["production", "technology"], companyRole: "both" }), "2023");
    expect(c.totals).toEqual({ links: 8, linksKept: 5, companies: 6, companiesKept: 6, companiesLinked: 5 });
    expect(shown(c.industries)).toEqual(["batteries 2/3", "chips 1/2"]);
    expect(shown(c.linkTypes)).toEqual(["*technology 2", "*production 3", "sales 2", "other 1"]);
  });

  it("counts tiers with the industry facet applied to companies", () => {
    // Kept: link 8 (a1→b1, both super-regional, sales).
    const c = filterCounts(graph, filterOf({ tiers: ["super-regional"], linkTypes: ["sales"], industries: ["batteries", "chips"], companyRole: "both" }), "2023");
    expect(c.totals).toMatchObject({ linksKept: 1, companiesKept: 2, companiesLinked: 2 });
    // Sales links 3 (none→RI) and 8 (SR→SR); b2 (no industry) is out of the tier companies.
    expect(shown(c.tiers)).toEqual(["*super-regional 1/2", "regional-innovation 0/1", "none 0/2"]);
    // Super-regional companies a1 (batteries) and b1 (chips); link 8 joins them.
    expect(shown(c.industries)).toEqual(["*batteries 0/1", "*chips 0/1"]);
    expect(shown(c.divisions)).toEqual(["KR-11 1/1", "KR-26 1/1"]);
    expect(shown(c.linkTypes)).toEqual(["*sales 1"]);
  });

  it("counts tiers and industries by the company role, either end by default", () => {
    const either = filterCounts(graph, filterOf({ tiers: ["super-regional"] }), "2023");
    // Links touching a1 or b1: 1, 4, 5, 6, 7, 8; touching g1: 1, 2, 3; touching a2, j1 or b2: 2-7.
    expect(either.totals.linksKept).toBe(6);
    expect(shown(either.tiers)).toEqual(["*super-regional 6/2", "regional-innovation 3/1", "none 6/3"]);
    // With the tier applied: a1 (batteries) touches 1, 4, 8; b1 (chips) touches 5, 6, 7, 8.
    expect(shown(either.industries)).toEqual(["batteries 3/1", "chips 4/1"]);
    const supplier = filterCounts(graph, filterOf({ tiers: ["super-regional"], companyRole: "supplier" }), "2023");
    // Supplied by a1 or b1: 1, 5, 8; by g1: 2; by a2, j1 or b2: 3, 4, 6, 7.
    expect(supplier.totals.linksKept).toBe(3);
    expect(shown(supplier.tiers)).toEqual(["*super-regional 3/2", "regional-innovation 1/1", "none 4/3"]);
  });

  it("divisions by role and in the 2026-07 vintage", () => {
    const supplier = filterCounts(graph, filterOf({ divisions: ["KR-GJN"], divisionRole: "supplier" }), "2026-07");
    // Suppliers: a1 (1, 8), j1+g1 (2, 3, 6), a2 (4), b1 (5), b2 (7).
    expect(supplier.totals.linksKept).toBe(3);
    expect(shown(supplier.divisions)).toEqual(["KR-11 3/2", "KR-26 2/2", "*KR-GJN 3/2"]);
    const buyer = filterCounts(graph, filterOf({ divisions: ["KR-GJN"], divisionRole: "buyer" }), "2026-07");
    // Buyers: g1 (1, 3), j1 (2), a1 (4), a2 (5), b1 (6, 7, 8).
    expect(buyer.totals.linksKept).toBe(3);
    expect(shown(buyer.divisions)).toEqual(["KR-11 2/2", "KR-26 3/2", "*KR-GJN 3/2"]);
    // Either end; links 2 and 3 lie inside KR-GJN and count once.
    const either = filterCounts(graph, filterOf({ divisions: ["KR-29"], divisionRole: "either" }), "2026-07");
    expect(either.totals.linksKept).toBe(4);
    expect(shown(either.divisions)).toEqual(["KR-11 4/2", "KR-26 4/2", "*KR-GJN 4/2"]);
  });

  it("says what each constraint hides and what cross-only would keep", () => {
    // Years from 2021: 2, 3, 6, 7, 8; cross in 2026-07 among them: 6, 8.
    const c = filterCounts(graph, filterOf({ crossOnly: true, yearFrom: 2021 }), "2026-07");
    expect(c.totals.linksKept).toBe(2);
    expect(c.without).toEqual({ years: 4, minWeight: 2, crossOnly: 5 });
    expect(c.crossLinks).toBe(2);
    const off = filterCounts(graph, filterOf({ minWeight: 8 }), "2023");
    // Weight ≥ 8: 1, 5, 6, 8 (all cross in 2023).
    expect(off.totals.linksKept).toBe(4);
    expect(off.without).toEqual({ years: 4, minWeight: 8, crossOnly: 4 });
    expect(off.crossLinks).toBe(4);
  });
});
