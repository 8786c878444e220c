// Level of detail for company links on a big network: which links the map draws when there are
// more than it can draw. Under software WebGL one frame of 500,000 curved links takes seconds to
// rasterise, and sigma indexes every link it is given in one task (3.2 s at 500k); past a few
// tens of thousands the national picture is a hairball anyway. So the map draws the links in
// sight: those the view shows at all, with an end in the viewport, heaviest first, up to a
// budget. Zoomed into a province, its links fit the budget and are all drawn.
//
// Links are read by graphIndex row from filterColumns: a pass over 500,000 links then allocates
// nothing per link (walking graphology's entries made half a million objects per pass, and the
// page paid for them in garbage collection).
import { quickselect } from "d3-array";
import { filterColumns } from "./filterColumns.ts";
import type { CompanyNode, SupplyGraph } from "../types.ts";

/** Up to this many links the map draws every one; above, the heaviest this many in sight. */
export const LINKS_IN_SIGHT_MAX = 50_000;

/** Whether the map draws `graph`'s company links as the links in sight rather than all of them. */
export const drawsLinksInSight = (graph: SupplyGraph, max = LINKS_IN_SIGHT_MAX): boolean => graph.size > max;

/** Whether the view shows the link at graphIndex row `e` at all (filters, a chosen company, a supply chain, chosen divisions). */
export type ShowsRow = (e: number) => boolean;

/** The links a view shows, as graphIndex rows in graph order, with what ranking and placing them needs. */
export interface SightCandidates {
  rows: Int32Array;
  /** Link key, supplier row and buyer row by graphIndex row. */
  edges: readonly string[];
  source: Int32Array;
  target: Int32Array;
  /** Weight by row, 0 where a link has none: it ranks below every weighed link. */
  weights: Float64Array;
  /** 1 by row for a link between divisions: ahead of internal links of the same weight. */
  cross: Uint8Array;
  /** The companies' attribute objects by row, read for their current positions (a force layout moves them). */
  companies: readonly CompanyNode[];
}

/** A rectangle in graph coordinates: what the viewport shows. */
export interface SightRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LinksInSight {
  /** The links to draw, in graph order (sigma draws in that order: internal links under the others). */
  edges: string[];
  /** How many links the view shows with an end in sight: more than `edges` holds when over the budget. */
  inSight: number;
}

/** What the map says about the links it draws when it does not draw every one the view shows. */
export interface LinksInSightStatus {
  /** Links drawn. */
  drawn: number;
  /** Links the view shows with an end in sight. */
  inSight: number;
  /** Links the view shows at all. */
  shown: number;
}

/** A resumable pass over a graph's links collecting the candidates: big graphs take it in slices. */
export interface CandidateScan {
  /** Looks at up to `budget` more links; true once every link has been looked at. */
  step(budget: number): boolean;
  result(): SightCandidates;
}

export function candidateScan(graph: SupplyGraph, shows: ShowsRow | null): CandidateScan {
  const { index, weight, cross } = filterColumns(graph);
  const size = index.edges.length;
  const rows = new Int32Array(size);
  let count = 0;
  let e = 0;
  return {
    step(budget) {
      const end = Math.min(size, e + budget);
      for (; e < end; e++) if (!shows || shows(e)) rows[count++] = e;
      return e === size;
    },
    result() {
      return {
        rows: rows.subarray(0, count),
        edges: index.edges,
        source: index.source,
        target: index.target,
        weights: weight,
        cross,
        companies: index.nodes.map((node) => graph.getNodeAttributes(node)),
      };
    },
  };
}

export function sightCandidates(graph: SupplyGraph, shows: ShowsRow | null): SightCandidates {
  const scan = candidateScan(graph, shows);
  while (!scan.step(Infinity));
  return scan.result();
}

const inside = (rect: SightRect, node: CompanyNode) => node.x >= rect.x0 && node.x <= rect.x1 && node.y >= rect.y0 && node.y <= rect.y1;

/**
 * The links of `candidates` to draw: every one with an end in `rect` (all when null) if they
 * fit in `max`, else the `max` heaviest, cross-division links first among equal weights, then
 * graph order. Deterministic: the same view draws the same links.
 */
export function linksInSight(candidates: SightCandidates, max: number, rect: SightRect | null): LinksInSight {
  const { rows, edges, source, target, weights, cross, companies } = candidates;
  const all = new Int32Array(rows.length);
  let count = 0;
  for (const e of rows) if (!rect || inside(rect, companies[source[e]!]!) || inside(rect, companies[target[e]!]!)) all[count++] = e;
  const seen = all.subarray(0, count);
  if (count <= max) return { edges: Array.from(seen, (e) => edges[e]!), inSight: count };
  if (max <= 0) return { edges: [], inSight: count };
  // The max-th heaviest weight: every link above it is drawn, and links of exactly that weight
  // fill what is left, cross-division ones first.
  const ranked = new Float64Array(count);
  for (let j = 0; j < count; j++) ranked[j] = weights[seen[j]!]!;
  quickselect(ranked, max - 1, 0, ranked.length - 1, (a, b) => (b as number) - (a as number));
  const threshold = ranked[max - 1]!;
  const chosen = new Uint8Array(count);
  let left = max;
  for (let j = 0; j < count; j++) if (weights[seen[j]!]! > threshold) {
    chosen[j] = 1;
    left--;
  }
  for (const wantCross of [1, 0]) for (let j = 0; j < count && left > 0; j++) {
    const e = seen[j]!;
    if (!chosen[j] && weights[e] === threshold && cross[e] === wantCross) {
      chosen[j] = 1;
      left--;
    }
  }
  const drawn: string[] = [];
  for (let j = 0; j < count; j++) if (chosen[j]) drawn.push(edges[seen[j]!]!);
  return { edges: drawn, inSight: count };
}
