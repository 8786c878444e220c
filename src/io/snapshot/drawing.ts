// A bundle's drawing.json: where each company was drawn and in which community's colour, so
// loading the bundle shows the picture it was exported from instead of laying out and
// partitioning its subset anew. Read from a file anyone may have edited: every value is
// checked, and a drawing that does not hold together is dropped whole (the app then lays out
// and computes as for any other file).
import type { Point } from "../../graph/types.ts";
import { FORCE_BOUNDS, type ForceSettings } from "../../model/forceSettings.ts";

/** The picture a bundle was exported from: loading it shows these positions and communities again. */
export interface SnapshotDrawing {
  /** The app's view the positions belong to. */
  view: "map" | "force";
  /** The layout that placed them: companies placed in their divisions, or ForceAtlas2. */
  layout: "geographic" | "forceatlas2";
  /** Whether each company's drawn community travels (the `community` of drawing.json). */
  communities: boolean;
}

export interface BundleDrawing extends Omit<SnapshotDrawing, "communities"> {
  ids: string[];
  /** Graph-space positions, ids[i] at x[i], y[i]. */
  x: number[];
  y: number[];
  /** ids[i]'s drawn community (0 the largest of the network it was computed on); absent when none was drawn. */
  community?: number[];
  /**
   * Each link's curvature as drawn: parallel links between one pair fan out by their place among
   * all of the pair's links, which a subset no longer holds.
   */
  links?: { ids: string[]; curvature: number[] };
  /**
   * The frame the picture was fitted to: every company the first page held, hidden ones too
   * (the renderer fits its graph's extent), so a subset can be shown at the same scale.
   */
  extent?: Extent;
  /** The ForceAtlas2 settings the force layout ran with (force view only). */
  settings?: ForceSettings;
}

export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** What loading a bundle takes from its drawing. */
export interface ReadDrawing extends Omit<SnapshotDrawing, "communities"> {
  positions: Map<string, Point>;
  communities: Map<string, number> | null;
  /** Link id -> curvature as drawn. */
  curvature: Map<string, number> | null;
  extent: Extent | null;
  settings: ForceSettings | null;
}

function forceSettingsOf(value: unknown): ForceSettings | null {
  if (typeof value !== "object" || value === null) return null;
  const s = value as Record<string, unknown>;
  const within = (v: unknown, b: { min: number; max: number }): v is number => typeof v === "number" && v >= b.min && v <= b.max;
  if (typeof s.linLog !== "boolean" || typeof s.preventOverlap !== "boolean") return null;
  if (!within(s.gravity, FORCE_BOUNDS.gravity) || !within(s.scaling, FORCE_BOUNDS.scaling) || !within(s.edgeWeightInfluence, FORCE_BOUNDS.edgeWeightInfluence)) return null;
  return { linLog: s.linLog, gravity: s.gravity, scaling: s.scaling, preventOverlap: s.preventOverlap, edgeWeightInfluence: s.edgeWeightInfluence };
}

export function drawingJson(drawing: BundleDrawing): string {
  return JSON.stringify(drawing);
}

const VIEWS = new Set(["map", "force"]);
const LAYOUTS = new Set(["geographic", "forceatlas2"]);

/** The drawing in `text`, or null (with why) when it is not one this app wrote. */
export function parseDrawing(text: string): { drawing: ReadDrawing } | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${(e as Error).message}` };
  }
  if (typeof raw !== "object" || raw === null) return { error: "not an object" };
  const d = raw as Record<string, unknown>;
  if (typeof d.view !== "string" || !VIEWS.has(d.view)) return { error: "unknown view" };
  if (typeof d.layout !== "string" || !LAYOUTS.has(d.layout)) return { error: "unknown layout" };
  const { ids, x, y, community } = d;
  if (!Array.isArray(ids) || !Array.isArray(x) || !Array.isArray(y) || x.length !== ids.length || y.length !== ids.length) return { error: "ids, x and y differ in length" };
  if (community !== undefined && (!Array.isArray(community) || community.length !== ids.length)) return { error: "community differs in length from ids" };
  const positions = new Map<string, Point>();
  const communities = community ? new Map<string, number>() : null;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const px = x[i];
    const py = y[i];
    if (typeof id !== "string" || typeof px !== "number" || typeof py !== "number" || !Number.isFinite(px) || !Number.isFinite(py)) return { error: `entry ${i} is not an id with a finite position` };
    positions.set(id, { x: px, y: py });
    if (communities) {
      const c = (community as unknown[])[i];
      if (typeof c !== "number" || !Number.isInteger(c) || c < 0) return { error: `entry ${i} has no community number` };
      communities.set(id, c);
    }
  }
  let curvature: Map<string, number> | null = null;
  if (d.links !== undefined) {
    const links = d.links as { ids?: unknown; curvature?: unknown } | null;
    const lids = links?.ids;
    const bend = links?.curvature;
    if (!Array.isArray(lids) || !Array.isArray(bend) || lids.length !== bend.length) return { error: "links: ids and curvature differ in length" };
    curvature = new Map();
    for (let i = 0; i < lids.length; i++) {
      const id = lids[i];
      const c = bend[i];
      if (typeof id !== "string" || typeof c !== "number" || !Number.isFinite(c)) return { error: `link ${i} is not an id with a finite curvature` };
      curvature.set(id, c);
    }
  }
  let extent: Extent | null = null;
  if (d.extent !== undefined) {
    const e = d.extent as { x?: unknown; y?: unknown } | null;
    const pair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number" && Number.isFinite(n)) && v[0] <= v[1];
    if (!pair(e?.x) || !pair(e?.y)) return { error: "extent is not two finite ranges" };
    extent = { x: e.x, y: e.y };
  }
  let settings: ForceSettings | null = null;
  if (d.settings !== undefined && !(settings = forceSettingsOf(d.settings))) return { error: "settings are not ForceAtlas2 settings within bounds" };
  return { drawing: { view: d.view as ReadDrawing["view"], layout: d.layout as ReadDrawing["layout"], positions, communities, curvature, extent, settings } };
}
