import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { feature } from "topojson-client";
import { geoArea, geoBounds } from "d3-geo";
import { loadMunicipalTopology, type MunicipalProperties } from "../../src/geo/municipalBoundaries.ts";
import { MUNICIPALITIES } from "../../src/regions/municipalities.ts";

const props = (g: { properties?: unknown }) => g.properties as MunicipalProperties;
const FILE = fileURLToPath(new URL("../../src/geo/data/municipalities.topo.json", import.meta.url));

describe("geo/municipalBoundaries", () => {
  it("loads one geometry per registry unit, under its current code and province, and no other", async () => {
    const topo = await loadMunicipalTopology();
    const geometries = topo.objects.municipalities.geometries;
    expect(geometries).toHaveLength(MUNICIPALITIES.length);
    const byCode = new Map(geometries.map((g) => [props(g).code, props(g).division]));
    expect(byCode.size).toBe(MUNICIPALITIES.length);
    for (const m of MUNICIPALITIES) expect(byCode.get(m.code), m.code).toBe(m.division);
    expect(byCode.get("27720")).toBe("KR-27");
    expect(byCode.has("47720")).toBe(false);
  });

  it("shares one promise between calls", () => {
    expect(loadMunicipalTopology()).toBe(loadMunicipalTopology());
  });

  it("keeps every unit drawable: a polygon of some area inside Korea", async () => {
    const topo = await loadMunicipalTopology();
    const fc = feature(topo, topo.objects.municipalities);
    for (const f of fc.features) {
      expect(f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon", f.properties.code).toBe(true);
      // Right-handed rings or not, a unit is far smaller than half the globe.
      const area = Math.min(geoArea(f), 4 * Math.PI - geoArea(f));
      expect(area, f.properties.code).toBeGreaterThan(0);
      const [[w, s], [e, n]] = geoBounds(f);
      expect(w).toBeGreaterThan(124);
      expect(e).toBeLessThan(132);
      expect(s).toBeGreaterThan(33);
      expect(n).toBeLessThan(39);
    }
  });

  it("shares the arcs of neighbouring units, so borders line up", async () => {
    const topo = await loadMunicipalTopology();
    const arcsOf = (code: string): Set<number> => {
      const g = topo.objects.municipalities.geometries.find((x) => props(x).code === code)!;
      const rings = g.type === "Polygon" ? g.arcs : g.type === "MultiPolygon" ? g.arcs.flat() : [];
      return new Set(rings.flat().map((i: number) => (i < 0 ? ~i : i)));
    };
    const shared = (a: string, b: string) => [...arcsOf(a)].filter((i) => arcsOf(b).has(i)).length;
    // 창원시 의창구 and 성산구; 대구 군위군 and 경북 의성군; 종로구 and 중구.
    expect(shared("48121", "48123")).toBeGreaterThan(0);
    expect(shared("27720", "47730")).toBeGreaterThan(0);
    expect(shared("11110", "11140")).toBeGreaterThan(0);
    // Far apart: nothing shared.
    expect(shared("11110", "50110")).toBe(0);
  });

  it("stays within its size budget: at most 1 MB gzipped, under 600 KB raw", () => {
    const bytes = readFileSync(FILE);
    expect(bytes.length).toBeLessThan(600 * 1024);
    expect(gzipSync(bytes).length).toBeLessThan(1024 * 1024);
  });
});
