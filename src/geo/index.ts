// Public entry of the geo layer (pure: no React, no DOM).

export type {
  DivisionShape,
  GraphBBox,
  GraphPoint,
  GraphRing,
  LonLat,
  OutlineCollection,
  OutlineFeature,
  OutlineProperties,
  ProvinceProperties,
  ProvinceTopology,
} from "./types.ts";
export { outlineFeatures, GWANGJU_JEONNAM_CODE, GWANGJU_JEONNAM_NAME, MERGED_2026_07 } from "./outline.ts";
export { createProjection, GRAPH_WIDTH, type KoreaProjection } from "./projection.ts";
export { placeCompanies, companyRandom, MAX_PLACEMENT_TRIES, type PlaceableCompany, type PlacementGeo } from "./placement.ts";
export { divisionAnchor, divisionAnchors } from "./anchors.ts";
export { pointInRings, distanceToRings, buildRingIndex, indexContains, ringsBBox, type RingIndex } from "./polygon.ts";
export { createKoreaGeo, type KoreaGeo } from "./korea.ts";
export { hashString, Random } from "./random.ts";
