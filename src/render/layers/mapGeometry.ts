import { regionLabel } from "../../regions/units.ts";
import type { RegionScale } from "../../model/scale.ts";
import type { KoreaGeo } from "../../geo/korea.ts";
import type { Lang } from "../../i18n/index.ts";
import type { DivisionCode } from "../../model/types.ts";
import type { ProvinceShape } from "./provinceLayer.ts";


export interface MapGeometry {
  shapes: (lang: Lang, vintage: RegionScale) => ProvinceShape[];
  /** Where each division's flows start and end, in graph space. */
  anchors: (vintage: RegionScale) => ReadonlyMap<DivisionCode, { x: number; y: number }>;
  /** Bounding box of the outline in graph space: the map never moves when data changes. */
  extent: { x: [number, number]; y: [number, number] };
}

/** Province shapes with labels in the UI language, per boundary vintage. */
export function mapGeometry(geo: KoreaGeo): MapGeometry {
  const { x, y } = geo.projection.graphExtent;
  return {
    extent: { x: [x[0], x[1]], y: [y[0], y[1]] },
    anchors: (vintage: RegionScale) => geo.anchors(vintage),
    shapes: (lang: Lang, vintage: RegionScale): ProvinceShape[] => {
      const anchors = geo.anchors(vintage);
      return geo.shapesFor(vintage).map((shape) => ({
        code: shape.code,
        rings: shape.rings.map((ring) => [...ring]),
        label: regionLabel(shape.code, lang, "short"),
        anchor: anchors.get(shape.code) ?? { x: shape.bbox.x[0], y: shape.bbox.y[0] },
      }));
    },
  };
}
