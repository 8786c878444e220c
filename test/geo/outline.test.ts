import { describe, expect, it } from "vitest";
import { geoArea, geoContains } from "d3-geo";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { GWANGJU_JEONNAM_CODE, outlineFeatures } from "../../src/geo/outline.ts";

const CODES_2023 = [
  "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41", "KR-42",
  "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
];
const KM2_PER_SR = 6371.0088 ** 2;

describe("geo/outline", () => {
  it("gives the 17 divisions of vintage 2023, each named and coded", () => {
    const fc = outlineFeatures(KOREA_TOPO, "2023");
    expect(fc.features.map((f) => f.properties.code)).toEqual(CODES_2023);
    for (const f of fc.features) {
      expect(f.properties.name).toMatch(/^[A-Z][A-Za-z ]+$/);
      expect(f.id).toBe(f.properties.code);
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      // Sane spherical winding: a province, not the rest of the globe.
      const km2 = geoArea(f) * KM2_PER_SR;
      expect(km2).toBeGreaterThan(50);
      expect(km2).toBeLessThan(25_000);
    }
    const names = new Map(fc.features.map((f) => [f.properties.code, f.properties.name]));
    expect(names.get("KR-11")).toBe("Seoul");
    expect(names.get("KR-46")).toBe("South Jeolla");
    expect(names.get("KR-50")).toBe("Sejong");
  });

  it("merges Gwangju and Jeonnam under 2026-07: 16 features, the merged one covering both", () => {
    const before = outlineFeatures(KOREA_TOPO, "2023");
    const after = outlineFeatures(KOREA_TOPO, "2026-07");
    expect(after.features).toHaveLength(16);
    const codes = after.features.map((f) => f.properties.code);
    expect(codes).not.toContain("KR-29");
    expect(codes).not.toContain("KR-46");
    const merged = after.features.find((f) => f.properties.code === GWANGJU_JEONNAM_CODE);
    expect(merged).toBeDefined();
    if (!merged) return;
    const area = (code: string): number =>
      geoArea(before.features.find((f) => f.properties.code === code) ?? merged) * KM2_PER_SR;
    expect(geoArea(merged) * KM2_PER_SR).toBeCloseTo(area("KR-29") + area("KR-46"), 0);
    expect(geoContains(merged, [126.853, 35.16])).toBe(true); // Gwangju city hall
    expect(geoContains(merged, [126.463, 34.816])).toBe(true); // Muan, Jeonnam provincial office
    // The other 15 divisions are untouched.
    for (const f of after.features) {
      if (f === merged) continue;
      const same = before.features.find((g) => g.properties.code === f.properties.code);
      expect(same?.geometry).toEqual(f.geometry);
    }
  });

  it("dissolves each group of a grouping level into one feature, named, with its members' area", () => {
    const divisions = outlineFeatures(KOREA_TOPO, "2023");
    const groups = outlineFeatures(KOREA_TOPO, "super-region@2023");
    expect(groups.features.map((f) => f.properties.code).sort()).toEqual(["KR-42", "KR-45", "KR-49", "SR-CAP", "SR-CC", "SR-DG", "SR-HN", "SR-SE"]);
    const area = (fs: typeof divisions.features) => fs.reduce((a, f) => a + geoArea(f), 0);
    expect(area(groups.features)).toBeCloseTo(area(divisions.features), 8);
    const southeast = groups.features.find((f) => f.properties.code === "SR-SE")!;
    expect(southeast.properties.name).toBe("Southeast Region");
    const members = divisions.features.filter((f) => ["KR-26", "KR-31", "KR-48"].includes(f.properties.code));
    expect(geoArea(southeast)).toBeCloseTo(area(members), 8);
  });
});
