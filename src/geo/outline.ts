// Region outlines as GeoJSON for a scale: the provinces of a boundary vintage, or the groups of
// provinces a grouping level draws, each dissolved into one feature.

import { feature, merge } from "topojson-client";
import type { GeometryObject, MultiPolygon, Polygon } from "topojson-specification";
import type { DivisionCode } from "../model/types.ts";
import type { RegionScale } from "../model/scale.ts";
import { regionLabel, unitOf } from "../regions/units.ts";
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

function toFeature(topo: ProvinceTopology, g: ProvinceGeometry, code: string): OutlineFeature {
  const f = g.type === "Polygon" ? feature(topo, g) : feature(topo, g);
  return { type: "Feature", id: code, properties: { code, name: g.properties?.name ?? code }, geometry: f.geometry };
}

/**
 * The outline of every region of `scale` drawn from provinces, one feature per region, sorted by
 * code. "2023": the 17 divisions. "2026-07": Gwangju and Jeonnam dissolved into one feature
 * (code GWANGJU_JEONNAM_CODE), 16 in all. A grouping level: its groups, each dissolved with
 * topojson's `merge` so shared borders vanish. The municipality level draws its provinces of the
 * vintage here; municipal outlines come from their own topology (municipalBoundaries.ts).
 */
export function outlineFeatures(topo: ProvinceTopology, scale: RegionScale): OutlineCollection {
  const byUnit = new Map<string, ProvinceGeometry[]>();
  for (const g of topo.objects.provinces.geometries.map(polygonal)) {
    const iso = g.properties?.iso;
    if (!iso) throw new Error(`geo/outline: geometry ${String(g.id)} has no iso property`);
    const unit = unitOf(iso, scale);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), g]);
  }
  const features: OutlineFeature[] = [];
  for (const [code, geometries] of byUnit) {
    if (geometries.length === 1) features.push(toFeature(topo, geometries[0]!, code));
    else features.push({ type: "Feature", id: code, properties: { code, name: regionLabel(code, "en") }, geometry: merge(topo, geometries) });
  }
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
  return { type: "FeatureCollection", features };
}
