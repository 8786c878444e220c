// Province outlines as GeoJSON for a boundary vintage.

import { feature, merge } from "topojson-client";
import type { GeometryObject, MultiPolygon, Polygon } from "topojson-specification";
import type { DivisionCode, Vintage } from "../model/types.ts";
import type { OutlineCollection, OutlineFeature, ProvinceProperties, ProvinceTopology } from "./types.ts";

/**
 * Project code of the division formed on 2026-07-01 by merging Gwangju (KR-29) and
 * Jeonnam (KR-46); ISO had not assigned one. Keep in step with src/regions.
 */
export const GWANGJU_JEONNAM_CODE: DivisionCode = "KR-GJN";
export const GWANGJU_JEONNAM_NAME = "Jeonnam-Gwangju";
export const MERGED_2026_07: readonly DivisionCode[] = ["KR-29", "KR-46"];

type ProvinceGeometry = Polygon<ProvinceProperties> | MultiPolygon<ProvinceProperties>;

function polygonal(g: GeometryObject<ProvinceProperties>): ProvinceGeometry {
  if (g.type === "Polygon" || g.type === "MultiPolygon") return g;
  throw new Error(`geo/outline: geometry ${String(g.id)} is ${String(g.type)}, expected a polygon`);
}

function toFeature(topo: ProvinceTopology, g: ProvinceGeometry): OutlineFeature {
  const f = g.type === "Polygon" ? feature(topo, g) : feature(topo, g);
  const code = g.properties?.iso;
  if (!code) throw new Error(`geo/outline: geometry ${String(g.id)} has no iso property`);
  return { type: "Feature", id: code, properties: { code, name: g.properties?.name ?? code }, geometry: f.geometry };
}

/**
 * The outline of every division in `vintage`, one feature per division, sorted by code.
 * "2023": the 17 divisions. "2026-07": Gwangju and Jeonnam dissolved into one feature
 * (code GWANGJU_JEONNAM_CODE), 16 in all.
 */
export function outlineFeatures(topo: ProvinceTopology, vintage: Vintage): OutlineCollection {
  const geometries = topo.objects.provinces.geometries.map(polygonal);
  const features: OutlineFeature[] = [];
  const merged: ProvinceGeometry[] = [];
  for (const g of geometries) {
    if (vintage === "2026-07" && g.properties && MERGED_2026_07.includes(g.properties.iso)) merged.push(g);
    else features.push(toFeature(topo, g));
  }
  if (vintage === "2026-07") {
    if (merged.length !== MERGED_2026_07.length) throw new Error("geo/outline: Gwangju or Jeonnam missing from the outline");
    features.push({
      type: "Feature",
      id: GWANGJU_JEONNAM_CODE,
      properties: { code: GWANGJU_JEONNAM_CODE, name: GWANGJU_JEONNAM_NAME },
      geometry: merge(topo, merged),
    });
  }
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
  return { type: "FeatureCollection", features };
}
