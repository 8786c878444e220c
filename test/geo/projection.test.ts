import { describe, expect, it } from "vitest";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { createProjection, GRAPH_WIDTH } from "../../src/geo/projection.ts";
import { outlineFeatures } from "../../src/geo/outline.ts";
import { pointInRings } from "../../src/geo/polygon.ts";

const geo = createKoreaGeo(KOREA_TOPO);
const shape = (code: string) => {
  const s = geo.shapes.find((x) => x.code === code);
  if (!s) throw new Error(`no shape ${code}`);
  return s;
};

describe("geo/projection", () => {
  it("fits Korea to GRAPH_WIDTH units with y pointing up", () => {
    const { x, y } = geo.projection.graphExtent;
    expect(x[0]).toBeCloseTo(0, 6);
    expect(x[1]).toBeCloseTo(GRAPH_WIDTH, 6);
    expect(y[1]).toBeCloseTo(0, 6);
    expect(y[0]).toBeLessThan(-800);
    const seoul = geo.projection.project(126.978, 37.5665);
    const busan = geo.projection.project(129.0756, 35.1796);
    expect(seoul.y).toBeGreaterThan(busan.y); // north is up
    expect(seoul.x).toBeLessThan(busan.x); // east is right
  });

  it("inverts what it projects", () => {
    const p = geo.projection.project(127.385, 36.3504);
    const back = geo.projection.invert(p.x, p.y);
    expect(back.lon).toBeCloseTo(127.385, 9);
    expect(back.lat).toBeCloseTo(36.3504, 9);
  });

  it("gives the same projection for both vintages", () => {
    const merged = createProjection(outlineFeatures(KOREA_TOPO, "2026-07"));
    expect(merged.project(127, 36)).toEqual(geo.projection.project(127, 36));
  });

  it("puts Seoul and Busan inside their province paths only", () => {
    const cities = [
      { code: "KR-11", lon: 126.978, lat: 37.5665 },
      { code: "KR-26", lon: 129.0756, lat: 35.1796 },
      { code: "KR-30", lon: 127.3845, lat: 36.3504 },
      { code: "KR-49", lon: 126.5312, lat: 33.4996 },
    ];
    for (const c of cities) {
      const p = geo.projection.project(c.lon, c.lat);
      for (const s of geo.shapes) expect([s.code, pointInRings(s.rings, p.x, p.y)]).toEqual([s.code, s.code === c.code]);
    }
  });

  it("returns flat, closed rings with a bbox per division", () => {
    const paths = geo.projection.provincePaths(geo.outline("2026-07"));
    expect(paths).toHaveLength(16);
    for (const s of paths) {
      expect(s.rings.length).toBeGreaterThan(0);
      for (const ring of s.rings) {
        expect(ring.length % 2).toBe(0);
        expect(ring.length).toBeGreaterThanOrEqual(8);
        expect([ring[0], ring[1]]).toEqual([ring[ring.length - 2], ring[ring.length - 1]]);
      }
      expect(s.bbox.x[0]).toBeLessThan(s.bbox.x[1]);
    }
    // Gyeonggi keeps Seoul as a hole (even-odd fill).
    const seoul = geo.projection.project(126.978, 37.5665);
    expect(pointInRings(shape("KR-41").rings, seoul.x, seoul.y)).toBe(false);
  });
});
