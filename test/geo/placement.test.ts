import { MUNICIPALITY_POINTS } from "../../src/regions/municipalityPoints.ts";
import { describe, expect, it } from "vitest";
import { geoContains } from "d3-geo";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { divisionAnchors, placeCompanies, type PlaceableCompany } from "../../src/geo/placement.ts";
import { buildRingIndex, distanceToRings, indexContains, indexDistance, pointInRings } from "../../src/geo/polygon.ts";
import { Random } from "../../src/geo/random.ts";
import { divisionAnchor } from "../../src/geo/anchors.ts";
import { createMunicipalGeo } from "../../src/geo/municipalGeo.ts";
import { loadMunicipalTopology } from "../../src/geo/municipalBoundaries.ts";
import type { DivisionShape, GraphPoint } from "../../src/geo/types.ts";

const geo = createKoreaGeo(KOREA_TOPO);
const CODES = geo.shapes.map((s) => s.code);
const shapeOf = (code: string) => {
  const s = geo.shapes.find((x) => x.code === code);
  if (!s) throw new Error(`no shape ${code}`);
  return s;
};

/** 200 companies per division, small ones included. */
function companies(prefix = "co"): PlaceableCompany[] {
  return CODES.flatMap((division) =>
    Array.from({ length: 200 }, (_, i) => ({ id: `${prefix}-${division}-${i}`, division })),
  );
}

describe("geo/placement", () => {
  it("is deterministic: same input, same positions", () => {
    const input = companies();
    const a = placeCompanies(input, geo);
    const b = placeCompanies([...input].reverse(), createKoreaGeo(KOREA_TOPO));
    expect(a.size).toBe(input.length);
    for (const c of input) expect(b.get(c.id)).toEqual(a.get(c.id));
  });

  it("gives different ids different spots", () => {
    const positions = placeCompanies(companies(), geo);
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(positions.size);
  });

  it("places every company inside its own division", () => {
    const input = companies("inside");
    const positions = placeCompanies(input, geo);
    for (const c of input) {
      const p = positions.get(c.id);
      expect(p).toBeDefined();
      if (!p) continue;
      expect(pointInRings(shapeOf(c.division).rings, p.x, p.y), `${c.id} at ${p.x},${p.y}`).toBe(true);
    }
    for (const code of ["KR-11", "KR-50", "KR-30", "KR-29"]) {
      const inDivision = input.filter((c) => c.division === code);
      expect(inDivision.length).toBe(200);
    }
  });

  it("agrees with d3's spherical test in the small divisions", () => {
    const outline = geo.outline("2023");
    for (const code of ["KR-11", "KR-50", "KR-30", "KR-29", "KR-26", "KR-27"]) {
      const feature = outline.features.find((f) => f.properties.code === code);
      if (!feature) throw new Error(code);
      const input = Array.from({ length: 300 }, (_, i) => ({ id: `d3-${code}-${i}`, division: code }));
      for (const p of placeCompanies(input, geo).values()) {
        const { lon, lat } = geo.projection.invert(p.x, p.y);
        expect(geoContains(feature, [lon, lat]), `${code} ${lon},${lat}`).toBe(true);
      }
    }
  });

  it("spreads companies over the division, not onto one point", () => {
    const input = companies("spread").filter((c) => c.division === "KR-41");
    const xs = input.map((c) => placeCompanies([c], geo).get(c.id)?.x ?? NaN);
    const spread = Math.max(...xs) - Math.min(...xs);
    const { x } = shapeOf("KR-41").bbox;
    expect(spread).toBeGreaterThan((x[1] - x[0]) * 0.3);
  });

  it("uses lat/lon when given", () => {
    const input: PlaceableCompany[] = [
      { id: "a", division: "KR-11", lat: 37.5665, lon: 126.978 },
      { id: "b", division: "KR-26", lat: 35.1796, lon: 129.0756 },
      // Coordinates win even when they disagree with the division.
      { id: "c", division: "KR-49", lat: 36.35, lon: 127.38 },
    ];
    const positions = placeCompanies(input, geo);
    for (const c of input) {
      expect(positions.get(c.id)).toEqual(geo.projection.project(c.lon ?? NaN, c.lat ?? NaN));
    }
  });

  it("still gives a position to a company whose division has no shape", () => {
    const positions = placeCompanies([{ id: "x", division: "KR-99" }], geo);
    const p = positions.get("x");
    expect(p).toBeDefined();
    const { x, y } = geo.projection.graphExtent;
    if (!p) return;
    expect(p.x).toBeGreaterThanOrEqual(x[0]);
    expect(p.y).toBeGreaterThanOrEqual(y[0]);
    for (const s of geo.shapes) expect(pointInRings(s.rings, p.x, p.y)).toBe(false);
  });

  it("places 100k companies well under 300 ms", () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({ id: `bulk-${i}`, division: CODES[i % CODES.length] ?? "KR-11" }));
    placeCompanies(input.slice(0, 1000), geo); // warm up
    const t = performance.now();
    const positions = placeCompanies(input, geo);
    const ms = performance.now() - t;
    expect(positions.size).toBe(100_000);
    expect(ms).toBeLessThan(1000); // ~60 ms measured; generous for loaded CI machines
  });

  it("places a few thousand companies quickly", () => {
    const input = Array.from({ length: 5000 }, (_, i) => ({ id: `kr-${i}`, division: CODES[i % CODES.length] ?? "KR-11" }));
    const t = performance.now();
    const positions = placeCompanies(input, geo);
    expect(positions.size).toBe(5000);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe("geo/polygon", () => {
  it("band index agrees with the plain even-odd test", () => {
    const rng = new Random(42, 7);
    for (const s of geo.shapes) {
      const index = buildRingIndex(s.rings);
      const [x0, x1] = s.bbox.x, [y0, y1] = s.bbox.y;
      for (let i = 0; i < 500; i++) {
        const x = x0 + rng.next() * (x1 - x0), y = y0 + rng.next() * (y1 - y0);
        expect(indexContains(index, x, y)).toBe(pointInRings(s.rings, x, y));
      }
    }
  });
});

describe("geo/polygon: indexDistance", () => {
  it("gives distanceToRings' exact answer, inside and outside the shape, with few bands or many", () => {
    const rng = new Random(43, 7);
    for (const s of geo.shapes) {
      for (const bands of [1, 7, 256]) {
        const index = buildRingIndex(s.rings, bands);
        const [x0, x1] = s.bbox.x, [y0, y1] = s.bbox.y;
        const w = x1 - x0, h = y1 - y0;
        for (let i = 0; i < 200; i++) {
          // A margin around the box: points beyond it measure to the nearest edge all the same.
          const x = x0 - 0.2 * w + rng.next() * 1.4 * w, y = y0 - 0.2 * h + rng.next() * 1.4 * h;
          expect(indexDistance(index, x, y), `${s.code} ${x},${y}`).toBe(distanceToRings(s.rings, x, y));
        }
      }
    }
  });
});

/** divisionAnchor's rule with the distance measured at every grid point (as it was before the bounds). */
function measuredEverywhere(shape: DivisionShape, grid: number): GraphPoint {
  const [x0, x1] = shape.bbox.x, [y0, y1] = shape.bbox.y;
  const step = Math.max(x1 - x0, y1 - y0) / grid;
  const points: { x: number; y: number; c: number }[] = [];
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) if (pointInRings(shape.rings, x, y)) points.push({ x, y, c: distanceToRings(shape.rings, x, y) });
  }
  // As divisionAnchor: a shape of small islands is searched again on a finer grid.
  if (points.length === 0) return grid < 48 * 8 ? measuredEverywhere(shape, grid * 4) : { x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
  const cx = points.reduce((a, p) => a + p.x, 0) / points.length, cy = points.reduce((a, p) => a + p.y, 0) / points.length;
  const best = Math.max(...points.map((p) => p.c));
  let pick = points[0]!, pickD = Infinity;
  for (const p of points) {
    const d = Math.hypot(p.x - cx, p.y - cy);
    if (p.c >= best * 0.5 && d < pickD) [pick, pickD] = [p, d];
  }
  return { x: pick.x, y: pick.y };
}

describe("geo/anchors: bounded measuring", () => {
  it("picks the point measuring every grid point picks, for provinces and municipalities", async () => {
    for (const s of [...geo.shapesFor("2023"), ...geo.shapesFor("2026-07")]) expect(divisionAnchor(s), s.code).toEqual(measuredEverywhere(s, 48));
    const municipal = createMunicipalGeo(await loadMunicipalTopology(), geo.projection);
    expect(municipal.shapes.length).toBeGreaterThan(240);
    for (const s of municipal.shapes) {
      const expected = measuredEverywhere(s, 20);
      expect(divisionAnchor(s, 20), s.code).toEqual(expected);
      expect(municipal.anchors.get(s.code), s.code).toEqual(expected);
    }
  });
});

describe("geo/anchors", () => {
  it("gives one anchor per division, well inside it", () => {
    for (const vintage of ["2023", "2026-07"] as const) {
      const shapes = geo.shapesFor(vintage);
      const anchors = divisionAnchors(shapes);
      expect(anchors.size).toBe(shapes.length);
      for (const s of shapes) {
        const a = anchors.get(s.code);
        expect(a, s.code).toBeDefined();
        if (!a) continue;
        expect(pointInRings(s.rings, a.x, a.y), s.code).toBe(true);
        expect(distanceToRings(s.rings, a.x, a.y), s.code).toBeGreaterThan(1);
      }
    }
  });

  it("keeps Gyeonggi's anchor out of Seoul and near the capital region", () => {
    const anchors = geo.anchors("2023");
    const gyeonggi = anchors.get("KR-41");
    const seoul = anchors.get("KR-11");
    expect(gyeonggi && seoul).toBeTruthy();
    if (!gyeonggi || !seoul) return;
    expect(pointInRings(shapeOf("KR-11").rings, gyeonggi.x, gyeonggi.y)).toBe(false);
    expect(Math.hypot(gyeonggi.x - seoul.x, gyeonggi.y - seoul.y)).toBeLessThan(150);
  });

  it("places a company known by its municipality near that municipality, inside its division", () => {
    const geo = createKoreaGeo(KOREA_TOPO);
    const gumi = MUNICIPALITY_POINTS.find(([code]) => code === "47190")!;
    const centre = geo.projection.project(gumi[1], gumi[2]);
    const north = geo.projection.project(gumi[1], gumi[2] + 1 / 111);
    const radius = gumi[3] * Math.hypot(north.x - centre.x, north.y - centre.y);
    const companies = Array.from({ length: 50 }, (_, i) => ({ id: `g${i}`, division: "KR-47", municipalityCode: "47190" }));
    const placed = placeCompanies(companies, geo);
    const gyeongbuk = geo.shapes.find((s) => s.code === "KR-47")!;
    const spots = new Set<string>();
    for (const c of companies) {
      const p = placed.get(c.id)!;
      expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(radius);
      expect(pointInRings(gyeongbuk.rings, p.x, p.y)).toBe(true);
      spots.add(`${p.x.toFixed(3)},${p.y.toFixed(3)}`);
    }
    // Spread over the municipality, not stacked on one point.
    expect(spots.size).toBeGreaterThan(40);
    // The same company lands on the same spot every time.
    expect(placeCompanies(companies.slice(0, 1), geo).get("g0")).toEqual(placed.get("g0"));
  });
});
