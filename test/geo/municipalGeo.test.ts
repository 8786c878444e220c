import { describe, expect, it } from "vitest";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { loadMunicipalTopology } from "../../src/geo/municipalBoundaries.ts";
import { createMunicipalGeo } from "../../src/geo/municipalGeo.ts";
import { pointInRings } from "../../src/geo/polygon.ts";
import { MUNICIPALITIES } from "../../src/regions/municipalities.ts";

describe("geo/municipalGeo", async () => {
  const korea = createKoreaGeo(KOREA_TOPO);
  const municipal = createMunicipalGeo(await loadMunicipalTopology(), korea.projection);

  it("projects one shape per municipality, each with its anchor inside it", () => {
    expect(municipal.shapes.map((s) => s.code).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
    for (const shape of municipal.shapes) {
      const anchor = municipal.anchors.get(shape.code)!;
      expect(pointInRings(shape.rings, anchor.x, anchor.y), shape.code).toBe(true);
    }
  });

  it("dissolves the province borders of each vintage from the municipalities themselves", () => {
    const in2023 = municipal.borders("2023").map((s) => s.code).sort();
    expect(in2023).toHaveLength(17);
    const in2026 = municipal.borders("2026-07").map((s) => s.code);
    expect(in2026).toHaveLength(16);
    expect(in2026).toContain("KR-GJN");
    // 군위 lies inside 대구's border since 2023-07-01.
    const daegu = municipal.borders("2023").find((s) => s.code === "KR-27")!;
    const gunwi = municipal.anchors.get("27720")!;
    expect(pointInRings(daegu.rings, gunwi.x, gunwi.y)).toBe(true);
  });

  it("lies where the province outline is: each municipality's anchor is in or near its province", () => {
    const provinces = new Map(korea.shapesFor("2023").map((s) => [s.code, s]));
    let inside = 0;
    for (const m of MUNICIPALITIES) {
      const anchor = municipal.anchors.get(m.code)!;
      if (pointInRings(provinces.get(m.division)!.rings, anchor.x, anchor.y)) inside++;
    }
    // The province outline is Natural Earth's and coarser (islands, coasts): nearly all agree.
    expect(inside / MUNICIPALITIES.length).toBeGreaterThan(0.9);
  });
});
