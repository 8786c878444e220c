// Level of detail for company links on a big network: which links the map draws when there are
// more than it can draw. Under software WebGL one frame of 500,000 curved links takes seconds to
// rasterise, and sigma indexes every link it is given in one task (3.2 s at 500k); past a few
// tens of thousands the national picture is a hairball anyway. So the map draws the links in
// sight: those the view shows at all, with an end in the viewport, heaviest first, up to a
// budget. Zoomed into a province, its links fit the budget and are all drawn.
import { quickselect } from "d3-array";
import type { CompanyNode, LinkEdge, SupplyGraph } from "./types.ts";

/** Up to this many links the map draws every one; above, the heaviest this many in sight. */
export const LINKS_IN_SIGHT_MAX = 50_000;

/** Whether the view shows a link at all (filters, a chosen company, a supply chain, chosen divisions). */
export type ShowsLink = (edge: string, attributes: LinkEdge, source: string, target: string) => boolean;

/** The links a view shows, in graph order, with what ranking and placing them needs. */
export interface SightCandidates {
  edges: string[];
  weights: Float64Array;
  /** Between divisions: ahead of internal links of the same weight. */
  cross: Uint8Array;
  /** The ends' attribute objects, read for their current positions (a force layout moves them). */
  from: CompanyNode[];
  to: CompanyNode[];
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

export function candidateScan(graph: SupplyGraph, shows: ShowsLink | null): CandidateScan {
  const size = graph.size;
  const edges: string[] = [];
  const weights = new Float64Array(size);
  const cross = new Uint8Array(size);
  const from: CompanyNode[] = [];
  const to: CompanyNode[] = [];
  const entries = graph.edgeEntries();
  let done = false;
  return {
    step(budget) {
      for (let n = 0; n < budget && !done; n++) {
        const next = entries.next();
        if (next.done) {
          done = true;
          break;
        }
        const { edge, attributes, source, target, sourceAttributes, targetAttributes } = next.value;
        if (shows && !shows(edge, attributes, source, target)) continue;
        const at = edges.length;
        edges.push(edge);
        const weight = attributes.weight;
        weights[at] = typeof weight === "number" && Number.isFinite(weight) ? weight : 1;
        cross[at] = attributes.cross ? 1 : 0;
        from.push(sourceAttributes);
        to.push(targetAttributes);
      }
      return done;
    },
    result() {
      const count = edges.length;
      return { edges, weights: weights.subarray(0, count), cross: cross.subarray(0, count), from, to };
    },
  };
}

export function sightCandidates(graph: SupplyGraph, shows: ShowsLink | null): SightCandidates {
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
  const { edges, weights, cross, from, to } = candidates;
  const all = new Uint32Array(edges.length);
  let count = 0;
  for (let i = 0; i < edges.length; i++) if (!rect || inside(rect, from[i]!) || inside(rect, to[i]!)) all[count++] = i;
  const seen = all.subarray(0, count);
  if (count <= max) return { edges: Array.from(seen, (i) => edges[i]!), inSight: count };
  if (max <= 0) return { edges: [], inSight: count };
  // The max-th heaviest weight: every link above it is drawn, and links of exactly that weight
  // fill what is left, cross-division ones first.
  const ranked = new Float64Array(count);
  for (let j = 0; j < count; j++) ranked[j] = weights[seen[j]!]!;
  quickselect(ranked, max - 1, 0, ranked.length - 1, (a, b) => (b as number) - (a as number));
  const threshold = ranked[max - 1]!;
  const chosen = new Uint8Array(edges.length);
  let left = max;
  for (const i of seen) if (weights[i]! > threshold) {
    chosen[i] = 1;
    left--;
  }
  for (const wantCross of [1, 0]) for (const i of seen) {
    if (left === 0) break;
    if (weights[i] === threshold && cross[i] === wantCross) {
      chosen[i] = 1;
      left--;
    }
  }
  const drawn: string[] = [];
  for (const i of seen) if (chosen[i]) drawn.push(edges[i]!);
  return { edges: drawn, inSight: count };
}
