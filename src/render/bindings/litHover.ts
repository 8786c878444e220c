// Which hover the reducers light: on big graphs lighting it would redraw too much, and the hover
// layer (layers/hoverFocus.ts) shows it instead.
import type { AtlasState } from "../../state/store.ts";
import type { DrawLevel } from "../../app/map/drawLevel.ts";
import { LINKS_IN_SIGHT_MAX } from "../../graph/filters/linksInSight.ts";

/**
 * Above this many links a hover does not re-run the reducers while company links are drawn:
 * each hover would redraw every link (seconds at 500k under software WebGL). The hover layer
 * lights it instead, and a click still highlights here. From here on the map draws the links
 * in sight, which need not hold the hovered company's links; the hover layer draws them all.
 */
export const HOVER_HIGHLIGHT_MAX_LINKS = LINKS_IN_SIGHT_MAX;
/**
 * Above this many companies the reducers leave a hover alone and the hover layer lights it
 * (hoverFocus.ts): the partners over a veil, drawn at their own cost. Dimming the others here
 * redraws every company: 300–460 ms of main thread per hover at 100k companies, and a frame of
 * every company to rasterise under software WebGL. A click still highlights here.
 */
export const HOVER_DIM_MAX_COMPANIES = 30_000;

/** Whether the reducers light the hovered company; where they do not, the hover layer does (hoverFocus.ts). */
export function hoverLitByReducers(state: AtlasState, level: DrawLevel): boolean {
  return litHover(state, level) !== null;
}

/** The hover the reducers light; null where lighting it would redraw too much (above). */
export function litHover(state: AtlasState, level: DrawLevel): string | null {
  if (!state.graph) return state.hovered;
  if (state.graph.order > HOVER_DIM_MAX_COMPANIES) return null;
  return level === "companies" && state.graph.size > HOVER_HIGHLIGHT_MAX_LINKS ? null : state.hovered;
}
