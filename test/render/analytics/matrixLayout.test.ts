import { describe, expect, it } from "vitest";
import { matrixLayout } from "../../../src/render/analytics/matrixLayout.ts";
import { flowsOfDataset } from "../../../src/graph/flows/divisionFlows.ts";
import { MUNICIPALITIES } from "../../../src/regions/municipalities.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { SAMPLE, handMatrix } from "../handMatrix.ts";

const value = (layout: ReturnType<typeof matrixLayout>, from: string, to: string) =>
  layout.cells.find((c) => c.from === from && c.to === to)?.value;

describe("render/matrixLayout", () => {
  it("keeps registry order for the region sort and lays out every pair row by row", () => {
    const layout = matrixLayout(SAMPLE, { sort: "region", measure: "count", type: "all" });
    expect(layout.order).toEqual(["KR-11", "KR-26", "KR-31"]);
    expect(layout.cells).toHaveLength(9);
    expect(layout.cells.slice(0, 3).map((c) => [c.from, c.to])).toEqual([
      ["KR-11", "KR-11"],
      ["KR-11", "KR-26"],
      ["KR-11", "KR-31"],
    ]);
    expect(value(layout, "KR-26", "KR-31")).toBe(7);
    expect(value(layout, "KR-31", "KR-26")).toBe(0);
    expect(layout.rowTotals).toEqual({ "KR-11": 3, "KR-26": 7, "KR-31": 1 });
    expect(layout.colTotals).toEqual({ "KR-11": 1, "KR-26": 3, "KR-31": 7 });
  });

  it("sorts by cross-division volume (out + in) for the total sort, per measure", () => {
    // count: Seoul 3+1, Busan 7+3, Ulsan 1+7
    expect(matrixLayout(SAMPLE, { sort: "total", measure: "count", type: "all" }).order).toEqual(["KR-26", "KR-31", "KR-11"]);
    // weight: Seoul 900+10, Busan 100+900, Ulsan 10+100
    expect(matrixLayout(SAMPLE, { sort: "total", measure: "weight", type: "all" }).order).toEqual(["KR-26", "KR-11", "KR-31"]);
  });

  it("breaks ties by registry order", () => {
    // technology: Busan 2 out, Ulsan 2 in, Seoul 0
    expect(matrixLayout(SAMPLE, { sort: "total", measure: "count", type: "technology" }).order).toEqual(["KR-26", "KR-31", "KR-11"]);
    // sales: Seoul 3, Busan 3, Ulsan 0
    expect(matrixLayout(SAMPLE, { sort: "total", measure: "count", type: "sales" }).order).toEqual(["KR-11", "KR-26", "KR-31"]);
    const reversed = handMatrix(["KR-31", "KR-26", "KR-11"], [["KR-11", "KR-26", { sales: [3, 0] }]]);
    expect(matrixLayout(reversed, { sort: "total", measure: "count", type: "all" }).order).toEqual(["KR-26", "KR-11", "KR-31"]);
  });

  it("reads one link type from byType and the weight measure", () => {
    const production = matrixLayout(SAMPLE, { sort: "region", measure: "count", type: "production" });
    expect(value(production, "KR-26", "KR-31")).toBe(5);
    expect(value(production, "KR-11", "KR-26")).toBe(0);
    expect(production.max).toBe(5);
    const weight = matrixLayout(SAMPLE, { sort: "region", measure: "weight", type: "all" });
    expect(value(weight, "KR-11", "KR-26")).toBe(900);
    expect(weight.max).toBe(900);
    expect(matrixLayout(SAMPLE, { sort: "region", measure: "weight", type: "technology" }).max).toBe(0);
  });

  it("puts internal links on the diagonal, flagged, and leaves them out of max and totals", () => {
    const big = handMatrix(["KR-11", "KR-26"], [["KR-11", "KR-26", { sales: [2, 0] }]], { "KR-11": { production: [50, 0] } });
    const layout = matrixLayout(big, { sort: "region", measure: "count", type: "all" });
    const diagonal = layout.cells.filter((c) => c.internal);
    expect(diagonal.map((c) => [c.from, c.to, c.value])).toEqual([
      ["KR-11", "KR-11", 50],
      ["KR-26", "KR-26", 0],
    ]);
    expect(layout.cells.filter((c) => !c.internal).every((c) => c.from !== c.to)).toBe(true);
    expect(layout.max).toBe(2);
    expect(layout.rowTotals["KR-11"]).toBe(2);
    expect(value(matrixLayout(SAMPLE, { sort: "region", measure: "weight", type: "production" }), "KR-26", "KR-26")).toBe(50);
    expect(value(matrixLayout(SAMPLE, { sort: "region", measure: "count", type: "sales" }), "KR-26", "KR-26")).toBe(0);
  });

  it("handles a matrix without links and keeps codes missing from the division list", () => {
    const empty = matrixLayout(handMatrix(["KR-11", "KR-26"], []), { sort: "total", measure: "count", type: "all" });
    expect(empty.order).toEqual(["KR-11", "KR-26"]);
    expect(empty.max).toBe(0);
    expect(empty.cells.every((c) => c.value === 0)).toBe(true);
    const stray = handMatrix(["KR-11"], [["KR-11", "KR-99", { other: [1, 0] }]]);
    expect(matrixLayout(stray, { sort: "region", measure: "count", type: "all" }).order).toEqual(["KR-11", "KR-99"]);
  });

  it("keeps the busiest regions up to a limit, leaves out those without links, and says how many it left out", () => {
    const sample = flowsOfDataset(generatedMunicipal(), "municipality@2023");
    const whole = matrixLayout(sample, { sort: "total", measure: "count", type: "all" });
    const limited = matrixLayout(sample, { sort: "total", measure: "count", type: "all", limit: 12 });
    expect(limited.order).toHaveLength(12);
    // The busiest twelve, in the same order as the whole matrix's first twelve with links.
    const active = whole.order.filter((c) => (whole.rowTotals[c] ?? 0) + (whole.colTotals[c] ?? 0) > 0 || (sample.internal[c]?.count ?? 0) > 0);
    expect(limited.order).toEqual(active.slice(0, 12));
    expect(limited.omitted).toBe(active.length - 12);
    expect(limited.cells).toHaveLength(12 * 12);
    // Within the limit every region stays, those without links too (the provinces' matrix is unchanged).
    const roomy = matrixLayout(sample, { sort: "region", measure: "count", type: "all", limit: 10_000 });
    expect(roomy.omitted).toBe(0);
    expect(new Set(roomy.order)).toEqual(new Set(whole.order));
    expect(roomy.order.length).toBe(sample.divisions.length);
  });
});

/** A few hundred links between municipalities of two provinces and the rest, deterministic. */
function generatedMunicipal(): Dataset {
  const codes = MUNICIPALITIES.filter((m) => m.division === "KR-47" || m.division === "KR-27").map((m) => m);
  const companies = codes.map((m, i) => ({ id: `c${i}`, name: `c${i}`, division: m.division, municipalityCode: m.code, attributes: {} }));
  const links = Array.from({ length: 400 }, (_, i) => ({ id: `l${i}`, source: `c${(i * 7) % companies.length}`, target: `c${(i * 13 + 1) % companies.length}`, type: "production" as const, attributes: {} }))
    .filter((l) => l.source !== l.target);
  return { label: "m", companies, links, illustrative: false, report: { files: [], companies: companies.length, links: links.length, crossProvinceLinks: 0, divisions: {}, rejected: [], warnings: [] } };
}
