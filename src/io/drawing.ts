// A bundle's drawing.json: where each company was drawn and in which community's colour, so
// loading the bundle shows the picture it was exported from instead of laying out and
// partitioning its subset anew. Read from a file anyone may have edited: every value is
// checked, and a drawing that does not hold together is dropped whole (the app then lays out
// and computes as for any other file).
import type { Point } from "../graph/types.ts";
import type { SnapshotDrawing } from "./snapshotTypes.ts";

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
}

/** What loading a bundle takes from its drawing. */
export interface ReadDrawing extends Omit<SnapshotDrawing, "communities"> {
  positions: Map<string, Point>;
  communities: Map<string, number> | null;
  /** Link id -> curvature as drawn. */
  curvature: Map<string, number> | null;
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
  return { drawing: { view: d.view as ReadDrawing["view"], layout: d.layout as ReadDrawing["layout"], positions, communities, curvature } };
}
