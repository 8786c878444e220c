// Everything geographic the app needs, computed once per topology and cached per vintage.

import type { RegionScale } from "../model/scale.ts";
import type { DivisionCode } from "../model/types.ts";
import type { DivisionShape, GraphPoint, OutlineCollection, ProvinceTopology } from "./types.ts";
import { outlineFeatures } from "./outline.ts";
import { createProjection, type KoreaProjection } from "./projection.ts";
import { divisionAnchors } from "./anchors.ts";
import type { PlacementGeo } from "./placement.ts";

export interface KoreaGeo extends PlacementGeo {
  readonly projection: KoreaProjection;
  /** Shapes of vintage "2023", the vintage company divisions use (what placement needs). */
  readonly shapes: readonly DivisionShape[];
  outline(vintage: RegionScale): OutlineCollection;
  shapesFor(vintage: RegionScale): readonly DivisionShape[];
  anchors(vintage: RegionScale): ReadonlyMap<DivisionCode, GraphPoint>;
}

export function createKoreaGeo(topo: ProvinceTopology): KoreaGeo {
  const outlines = new Map<RegionScale, OutlineCollection>();
  const shapes = new Map<RegionScale, DivisionShape[]>();
  const anchors = new Map<RegionScale, Map<DivisionCode, GraphPoint>>();
  const outline = (vintage: RegionScale): OutlineCollection => {
    let o = outlines.get(vintage);
    if (!o) outlines.set(vintage, (o = outlineFeatures(topo, vintage)));
    return o;
  };
  const projection = createProjection(outline("2023"));
  const shapesFor = (vintage: RegionScale): DivisionShape[] => {
    let s = shapes.get(vintage);
    if (!s) shapes.set(vintage, (s = projection.provincePaths(outline(vintage))));
    return s;
  };
  return {
    projection,
    shapes: shapesFor("2023"),
    outline,
    shapesFor,
    anchors(vintage) {
      let a = anchors.get(vintage);
      if (!a) anchors.set(vintage, (a = divisionAnchors(shapesFor(vintage))));
      return a;
    },
  };
}
