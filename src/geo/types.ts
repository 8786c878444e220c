// Coordinate spaces and shapes shared by the geo modules.
// Two spaces never mix: geographic degrees ({ lon, lat }) and graph space ({ x, y }),
// where graph space is what sigma stores as node x/y (y points UP, unlike the screen).

import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { DivisionCode } from "../model/types.ts";

/** Geographic position in degrees (WGS84). */
export interface LonLat {
  readonly lon: number;
  readonly lat: number;
}

/** Position in graph space (sigma node coordinates; y up). */
export interface GraphPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Bounding box in graph space, in the shape sigma's setCustomBBox takes (its Extent tuples
 * are mutable, so these are too; treat them as read-only).
 */
export interface GraphBBox {
  readonly x: [min: number, max: number];
  readonly y: [min: number, max: number];
}

/** One closed ring in graph space as flat pairs [x0, y0, x1, y1, ...]; the last point repeats the first. */
export type GraphRing = readonly number[];

/**
 * A division's outline in graph space: outer rings, holes and islands together.
 * Fill with the even-odd rule (holes such as Seoul inside Gyeonggi then stay empty).
 */
export interface DivisionShape {
  readonly code: DivisionCode;
  readonly rings: readonly GraphRing[];
  readonly bbox: GraphBBox;
}

/** Properties stored on each geometry of data/korea/provinces.topo.json. */
export interface ProvinceProperties {
  iso: DivisionCode;
  name: string;
}

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<ProvinceProperties> }>;

/** Properties of an outline feature: division code (ISO, or the project code of a merged division). */
export interface OutlineProperties {
  code: DivisionCode;
  name: string;
}

export type OutlineFeature = Feature<Polygon | MultiPolygon, OutlineProperties>;
export type OutlineCollection = FeatureCollection<Polygon | MultiPolygon, OutlineProperties>;
