// One Mercator projection from degrees to graph space, shared by the province layer and
// company placement so that nodes and outlines always line up.

import { geoMercator } from "d3-geo";
import type { Position } from "geojson";
import type { DivisionShape, GraphBBox, GraphPoint, GraphRing, LonLat, OutlineCollection } from "./types.ts";
import { ringsBBox } from "./polygon.ts";

/** Width of all of Korea in graph units (west of Baengnyeong to east of Ulleung). */
export const GRAPH_WIDTH = 1000;

export interface KoreaProjection {
  /** Degrees -> graph space (y up). */
  project(lon: number, lat: number): GraphPoint;
  /** Graph space -> degrees. */
  invert(x: number, y: number): LonLat;
  /** Bounding box of the outline in graph space, for sigma's setCustomBBox. */
  readonly graphExtent: GraphBBox;
  /** Every feature's rings in graph space, ready to become Path2D objects (even-odd fill). */
  provincePaths(features: OutlineCollection): DivisionShape[];
}

function polygonsOf(geometry: OutlineCollection["features"][number]["geometry"]): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Fits a Mercator projection so that `outline` spans GRAPH_WIDTH units, top edge at y = 0
 * (graph y then runs from -height up to 0). Both vintages cover the same land, so either
 * gives the same projection.
 */
export function createProjection(outline: OutlineCollection, width = GRAPH_WIDTH): KoreaProjection {
  const mercator = geoMercator().fitWidth(width, outline);
  const project = (lon: number, lat: number): GraphPoint => {
    const p = mercator([lon, lat]);
    if (!p) throw new Error(`geo/projection: cannot project (${lon}, ${lat})`);
    return { x: p[0], y: -p[1] };
  };
  const invert = (x: number, y: number): LonLat => {
    const p = mercator.invert?.([x, -y]);
    if (!p) throw new Error(`geo/projection: cannot invert (${x}, ${y})`);
    return { lon: p[0], lat: p[1] };
  };
  const provincePaths = (features: OutlineCollection): DivisionShape[] =>
    features.features.map((f) => {
      const rings: GraphRing[] = [];
      for (const polygon of polygonsOf(f.geometry)) {
        for (const ring of polygon) {
          const flat = new Array<number>(ring.length * 2);
          ring.forEach((pos, i) => {
            const g = project(pos[0] ?? 0, pos[1] ?? 0);
            flat[2 * i] = g.x;
            flat[2 * i + 1] = g.y;
          });
          rings.push(flat);
        }
      }
      return { code: f.properties.code, rings, bbox: ringsBBox(rings) };
    });
  const all = provincePaths(outline).flatMap((s) => s.rings);
  return { project, invert, graphExtent: ringsBBox(all), provincePaths };
}
