// Company positions in graph space: at the company's coordinates when it has them, otherwise
// a deterministic spot inside its division, the same on every load and in every engine.

import { MUNICIPALITY_POINTS } from "../regions/municipalityPoints.ts";
import type { Company, DivisionCode } from "../model/types.ts";
import type { DivisionShape, GraphPoint } from "./types.ts";
import type { KoreaProjection } from "./projection.ts";
import { buildRingIndex, indexContains, type RingIndex } from "./polygon.ts";
import { divisionAnchor } from "./anchors.ts";
import { hashString, Random } from "./random.ts";

export { divisionAnchors } from "./anchors.ts";

export type PlaceableCompany = Pick<Company, "id" | "division" | "lat" | "lon" | "municipalityCode">;

export interface PlacementGeo {
  readonly projection: Pick<KoreaProjection, "project">;
  /** Division shapes of vintage "2023" (company divisions always use it). */
  readonly shapes: readonly DivisionShape[];
}

/** Rejection-sampling tries before falling back to the division's anchor. */
export const MAX_PLACEMENT_TRIES = 64;
/** Companies of a division with no shape go to a square of this share of the map width, in the sea south-west of Jeju. */
const HOLDING_SIZE = 0.06;

const indexCache = new WeakMap<DivisionShape, RingIndex>();
const anchorCache = new WeakMap<DivisionShape, GraphPoint>();

function indexOf(shape: DivisionShape): RingIndex {
  let index = indexCache.get(shape);
  if (!index) indexCache.set(shape, (index = buildRingIndex(shape.rings)));
  return index;
}

function anchorOf(shape: DivisionShape): GraphPoint {
  let anchor = anchorCache.get(shape);
  if (!anchor) anchorCache.set(shape, (anchor = divisionAnchor(shape)));
  return anchor;
}

function hasCoordinates(c: PlaceableCompany): c is PlaceableCompany & { lat: number; lon: number } {
  return Number.isFinite(c.lat) && Number.isFinite(c.lon);
}

/** Random stream of one company id: two independent 32-bit hashes, so 100k ids do not collide. */
export function companyRandom(id: string): Random {
  return new Random(hashString(id, 1), hashString(id, 2));
}

/**
 * Places every company and returns positions keyed by company id.
 * With lat and lon: the projected point, as given. Otherwise: uniform over the division's area
 * by rejection sampling in its bounding box, seeded by the company id; after
 * MAX_PLACEMENT_TRIES misses, the division's anchor. A division without a shape (not expected:
 * readers reject unknown divisions) sends its companies to a small square off the south-west
 * corner of the map so they stay visible.
 */
export function placeCompanies(companies: readonly PlaceableCompany[], geo: PlacementGeo): Map<string, GraphPoint> {
  const shapes = new Map<DivisionCode, DivisionShape>(geo.shapes.map((s) => [s.code, s]));
  const positions = new Map<string, GraphPoint>();
  let holding: { x: number; y: number; size: number } | undefined;
  for (const company of companies) {
    if (hasCoordinates(company)) {
      positions.set(company.id, geo.projection.project(company.lon, company.lat));
      continue;
    }
    const rng = companyRandom(company.id);
    const shape = shapes.get(company.division);
    const home = company.municipalityCode ? homes.get(company.municipalityCode) : undefined;
    if (home && shape) {
      positions.set(company.id, nearHome(home, shape, rng, geo));
      continue;
    }
    if (!shape) {
      holding ??= holdingArea(geo.shapes);
      positions.set(company.id, { x: holding.x + rng.next() * holding.size, y: holding.y + rng.next() * holding.size });
      continue;
    }
    const index = indexOf(shape);
    const [x0, x1] = shape.bbox.x, [y0, y1] = shape.bbox.y;
    let placed: GraphPoint | undefined;
    for (let t = 0; t < MAX_PLACEMENT_TRIES; t++) {
      const x = x0 + rng.next() * (x1 - x0), y = y0 + rng.next() * (y1 - y0);
      if (indexContains(index, x, y)) {
        placed = { x, y };
        break;
      }
    }
    positions.set(company.id, placed ?? anchorOf(shape));
  }
  return positions;
}

/** Municipality code -> [lon, lat, radius km] (regions/municipalityPoints.ts). */
const homes = new Map(MUNICIPALITY_POINTS.map(([code, lon, lat, radius]) => [code, { lon, lat, radius }]));

/**
 * A company known by its municipality but not by coordinates: uniform over a disc of that
 * municipality's area around its interior point, inside the division's outline. The outline is
 * coarser than the municipal one, so after a few misses the point itself is used.
 */
function nearHome(home: { lon: number; lat: number; radius: number }, shape: DivisionShape, rng: Random, geo: PlacementGeo): GraphPoint {
  const centre = geo.projection.project(home.lon, home.lat);
  // Graph units per km here: a degree of latitude is 111 km.
  const north = geo.projection.project(home.lon, home.lat + 1 / 111);
  const radius = home.radius * Math.hypot(north.x - centre.x, north.y - centre.y) * 0.8;
  const index = indexOf(shape);
  for (let t = 0; t < 16; t++) {
    const r = radius * Math.sqrt(rng.next());
    const a = rng.next() * 2 * Math.PI;
    const p = { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
    if (indexContains(index, p.x, p.y)) return p;
  }
  return centre;
}

function holdingArea(shapes: readonly DivisionShape[]): { x: number; y: number; size: number } {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity;
  for (const s of shapes) {
    x0 = Math.min(x0, s.bbox.x[0]);
    x1 = Math.max(x1, s.bbox.x[1]);
    y0 = Math.min(y0, s.bbox.y[0]);
  }
  const size = (x1 - x0) * HOLDING_SIZE;
  return { x: x0, y: y0, size };
}
