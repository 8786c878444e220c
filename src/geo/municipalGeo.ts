// Municipal (시군구) outlines in graph space, from the lazily loaded municipal topology: the
// shapes the municipality level fills, the anchors its flows start and end at, and the
// province borders dissolved from the same arcs so they line up exactly with the municipalities.

import { feature, merge } from "topojson-client";
import type { GeometryObject, MultiPolygon, Polygon } from "topojson-specification";
import { VINTAGES, type DivisionCode, type Vintage } from "../model/types.ts";
import { toVintage } from "../regions/divisions.ts";
import type { DivisionShape, GraphPoint, OutlineCollection, OutlineFeature } from "./types.ts";
import type { KoreaProjection } from "./projection.ts";
import { divisionAnchor } from "./anchors.ts";

import type { MunicipalProperties, MunicipalTopology } from "./municipalBoundaries.ts";

type MunicipalGeometry = Polygon<MunicipalProperties> | MultiPolygon<MunicipalProperties>;

function polygonal(g: GeometryObject<MunicipalProperties>): g is MunicipalGeometry {
  return g.type === "Polygon" || g.type === "MultiPolygon";
}

export interface MunicipalGeo {
  /** One shape per municipality, in the topology's order. */
  readonly shapes: readonly DivisionShape[];
  readonly anchors: ReadonlyMap<string, GraphPoint>;
  /** The divisions of `vintage` dissolved from the municipalities (KR-GJN in 2026-07). */
  borders(vintage: Vintage): readonly DivisionShape[];
}

/** Small units need a coarser search than provinces: the anchor grid scales with the shape. */
const MUNICIPAL_GRID = 20;

/**
 * Everything the municipality level draws, as plain data a worker can hand over: the shapes, their
 * anchors and the province borders of every vintage (dissolving them is the costly part).
 */
export interface MunicipalGeoData {
  shapes: DivisionShape[];
  anchors: Array<[code: string, x: number, y: number]>;
  borders: Record<Vintage, DivisionShape[]>;
}

export function municipalGeoData(topo: MunicipalTopology, projection: KoreaProjection): MunicipalGeoData {
  const geometries = topo.objects.municipalities.geometries.filter(polygonal);
  const features: OutlineFeature[] = geometries.map((g) => {
    const code = g.properties!.code;
    return { type: "Feature", id: code, properties: { code, name: code }, geometry: (g.type === "Polygon" ? feature(topo, g) : feature(topo, g)).geometry };
  });
  const shapes = projection.provincePaths({ type: "FeatureCollection", features });
  const anchors = shapes.map((s): [string, number, number] => {
    const a = divisionAnchor(s, MUNICIPAL_GRID);
    return [s.code, a.x, a.y];
  });
  const bordersOf = (vintage: Vintage): DivisionShape[] => {
    const byDivision = new Map<DivisionCode, MunicipalGeometry[]>();
    for (const g of geometries) {
      const division = toVintage(g.properties!.division, vintage);
      byDivision.set(division, [...(byDivision.get(division) ?? []), g]);
    }
    const collection: OutlineCollection = {
      type: "FeatureCollection",
      features: [...byDivision].map(([code, members]) => ({ type: "Feature", id: code, properties: { code, name: code }, geometry: merge(topo, members) })),
    };
    return projection.provincePaths(collection);
  };
  return { shapes, anchors, borders: Object.fromEntries(VINTAGES.map((v) => [v, bordersOf(v)])) as Record<Vintage, DivisionShape[]> };
}

export function municipalGeoFrom(data: MunicipalGeoData): MunicipalGeo {
  const anchors = new Map<string, GraphPoint>(data.anchors.map(([code, x, y]) => [code, { x, y }]));
  return { shapes: data.shapes, anchors, borders: (vintage) => data.borders[vintage] };
}

export function createMunicipalGeo(topo: MunicipalTopology, projection: KoreaProjection): MunicipalGeo {
  return municipalGeoFrom(municipalGeoData(topo, projection));
}
