import { regionLabel } from "../../regions/units.ts";
import { levelOf, vintageOf, type RegionScale } from "../../model/scale.ts";
import type { KoreaGeo } from "../../geo/korea.ts";
import type { MunicipalGeo } from "../../geo/municipalGeo.ts";
import type { Lang } from "../../i18n/index.ts";
import type { DivisionCode } from "../../model/types.ts";
import type { DivisionShape, GraphPoint } from "../../geo/types.ts";
import type { ProvinceShape } from "./provinceLayer.ts";

export interface MapGeometry {
  shapes: (lang: Lang, vintage: RegionScale) => ProvinceShape[];
  /** Where each region's flows start and end, in graph space. */
  anchors: (vintage: RegionScale) => ReadonlyMap<DivisionCode, { x: number; y: number }>;
  /** Bounding box of the outline in graph space: the map never moves when data changes. */
  extent: { x: [number, number]; y: [number, number] };
  /** The municipal outlines once loaded (app/map/municipalBoundaries.ts); until then the municipality level draws provinces. */
  setMunicipal: (municipal: MunicipalGeo) => void;
  hasMunicipal: () => boolean;
}

const copy = (shape: DivisionShape) => shape.rings.map((ring) => [...ring]);

/** Region shapes with labels in the UI language, per scale. */
export function mapGeometry(geo: KoreaGeo): MapGeometry {
  const { x, y } = geo.projection.graphExtent;
  let municipal: MunicipalGeo | null = null;
  const anchorCache = new Map<RegionScale, Map<DivisionCode, GraphPoint>>();
  const anchors = (scale: RegionScale): ReadonlyMap<DivisionCode, GraphPoint> => {
    if (levelOf(scale) !== "municipality" || !municipal) return geo.anchors(scale);
    let merged = anchorCache.get(scale);
    // A division's own anchor stands for its companies whose municipality is unknown.
    if (!merged) anchorCache.set(scale, (merged = new Map([...geo.anchors(vintageOf(scale)), ...municipal.anchors])));
    return merged;
  };
  return {
    extent: { x: [x[0], x[1]], y: [y[0], y[1]] },
    anchors,
    setMunicipal(next) {
      municipal = next;
      anchorCache.clear();
    },
    hasMunicipal: () => municipal !== null,
    shapes: (lang: Lang, scale: RegionScale): ProvinceShape[] => {
      if (levelOf(scale) === "municipality" && municipal) {
        const vintage = vintageOf(scale);
        const divisionAnchors = geo.anchors(vintage);
        // Municipalities filled and finely outlined, unnamed (250 names would bury the map; the
        // tooltip and the matrix name them); the provinces over them as named borders.
        const fine = municipal.shapes.map((shape): ProvinceShape => ({ code: shape.code, rings: copy(shape), label: "", anchor: municipal!.anchors.get(shape.code)!, outline: "fine" }));
        const borders = municipal.borders(vintage).map((shape): ProvinceShape => ({
          code: shape.code, rings: copy(shape), label: regionLabel(shape.code, lang, "short"), anchor: divisionAnchors.get(shape.code) ?? { x: shape.bbox.x[0], y: shape.bbox.y[0] }, outline: "border",
        }));
        return [...fine, ...borders];
      }
      const at = anchors(scale);
      return geo.shapesFor(scale).map((shape) => ({
        code: shape.code,
        rings: copy(shape),
        label: regionLabel(shape.code, lang, "short"),
        anchor: at.get(shape.code) ?? { x: shape.bbox.x[0], y: shape.bbox.y[0] },
      }));
    },
  };
}
