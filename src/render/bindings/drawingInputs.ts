// Everything the map is drawn from, each declared with what its change redraws (state/view/fields.ts,
// Redraw). View settings declare it in the view schema (state/view/schema.ts); what is not a
// setting is declared here, in one table: store fields (the graph, metrics, the what-if removal, a
// path's ends, the theme, the hovered flow) and values derived from several settings (the draw
// level, the lit hover, a supply chain, what the filters keep, the companies under the flows).
// A snapshot of them per store change is what redrawPlan.ts compares.
import { scaleOf } from "../../state/regionScale.ts";
import type { AtlasState } from "../../state/store.ts";
import type { Derived } from "../../app/derived.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import { companyDots, type DrawLevel } from "../../app/map/drawLevel.ts";
import { selectionFocus } from "../../app/map/linkShowing.ts";
import { linksFollowCommunities } from "../../app/map/linkColour.ts";
import { settingRedraws } from "../../state/view/schema.ts";
import type { Redraw } from "../../state/view/fields.ts";
import { memoLast } from "../../schedule/memo.ts";
import { litHover } from "./litHover.ts";

/** Named values the map is drawn from: view settings under their own names, and the inputs below. */
export type DrawingInputs = Readonly<Record<string, unknown>>;

export interface DrawingContext {
  derived: Pick<Derived, "drawLevel" | "trace" | "visible">;
  /** The graph sigma is to draw for a state (sigma/displayGraph.ts). */
  drawnGraph: (state: AtlasState) => unknown;
}

interface Input {
  readonly redraws: readonly Redraw[];
  readonly read: (state: AtlasState, context: DrawingContext, level: DrawLevel) => unknown;
}
const input = (redraws: readonly Redraw[], read: Input["read"]): Input => ({ redraws, read });

const LIGHTS: readonly Redraw[] = ["nodes", "edges"];
const INDIRECT: readonly Redraw[] = ["indirect"];

/** What the filters and the what-if removal keep; null when they keep everything. */
export function keptOrNull(shown: Visible | null): Visible | null {
  return shown && !shown.all ? shown : null;
}

/** The name of the input the litNodes rule reads: whether the links now light any company. */
export const LINKS_LIGHT = "linksLight";

/** What redraws the map besides the view settings, and how each is read from the store. */
export const DRAWING_INPUTS = {
  // Store fields.
  // A new data graph: the links' look (a link filter keeps or drops other links) and the companies
  // lit through their links. When a big load's links join the companies on screen, sigma keeps
  // drawing the same companies-only graph, and no other company needs drawing again.
  graph: input(["litNodes", "edges", "map"], (s) => s.graph),
  // What-if removal hides companies (and their flows).
  removal: input(["layout", "map"], (s) => s.removal),
  pathEnds: input(LIGHTS, (s) => s.pathEnds),
  // Metrics colour and size companies only under the settings below (sizeMetrics, colourMetrics, communityMetrics).
  metrics: input(INDIRECT, (s) => s.metrics),
  metricsGraphVersion: input(INDIRECT, (s) => s.metricsGraphVersion),
  // Setting sigma's label colour (render/theme.ts) re-indexes everything with the theme's colours.
  theme: input(["indirect", "map"], (s) => s.theme),
  hoveredFlow: input(["map"], (s) => s.hoveredFlow),
  // The scale drawn: at the municipality level it follows the zoom (state/regionScale.ts rollsUp),
  // so a zoom across that step recolours, redraws the links that change side and the map.
  scale: input(["nodes", "edgeDivisions", "map"], (s) => scaleOf(s)),
  // The municipal outlines arriving: the municipality level draws them instead of provinces.
  municipalBoundaries: input(["map"], (s) => s.municipalBoundaries),

  // Derived values.
  // The drawn graph stands for the companies: a new one is indexed by setGraph.
  drawnGraph: input(["layout"], (s, c) => c.drawnGraph(s)),
  drawLevel: input(["nodes", "edges", "map"], (_s, _c, level) => level),
  // The hover as the reducers light it: on big graphs it is ignored, and so is its change.
  hover: input(LIGHTS, (s, _c, level) => litHover(s, level)),
  // A supply chain or path, as derived: a link filter can change which companies it reaches.
  trace: input(LIGHTS, (s, c) => c.derived.trace(s)),
  visible: input(["edgeVisibility"], (s, c) => keptOrNull(c.derived.visible(s))),
  [LINKS_LIGHT]: input([], (s, c, level) => (litHover(s, level) ?? selectionFocus(s)) !== null || c.derived.trace(s) !== null || keptOrNull(c.derived.visible(s)) !== null),
  // Companies under the division flows are small or hidden (app/map/drawLevel.ts).
  companyDots: input(["layout"], (s, _c, level) => companyDots(s, level)),
  removalVintage: input(["layout"], (s) => (s.removal ? scaleOf(s) : null)),
  // The filters' company part hides companies; their link part shows through `visible`.
  filterIndustries: input(["layout"], (s) => s.filter.industries),
  filterTiers: input(["layout"], (s) => s.filter.tiers),
  filterRole: input(["layout"], (s) => s.filter.companyRole),
  sizeMetrics: input(["layout"], (s) => (s.nodeSizeBy === "fixed" ? null : s.metrics)),
  scoreWeights: input(["layout"], (s) => (s.nodeSizeBy === "score" ? s.rankingWeights : null)),
  colourMetrics: input(["nodes"], (s) => (s.nodeColorBy === "community" ? s.metrics : null)),
  // The force view coloured by community: links inside a community take its colour.
  linkCommunities: input(["edges"], (s) => linksFollowCommunities(s)),
  communityMetrics: input(["edges"], (s) => (linksFollowCommunities(s) ? s.metrics : null)),
} satisfies Record<string, Input>;

type InputName = keyof typeof DRAWING_INPUTS;

/** Every setting that redraws something, read as it is stored. */
const SETTINGS = Object.entries(settingRedraws()).filter(([, redraws]) => redraws.length > 0).map(([key]) => key as keyof AtlasState);

/** What each named input redraws: the view settings' declarations and the table above. */
export const DRAWN_BY: Readonly<Record<string, readonly Redraw[]>> = {
  ...Object.fromEntries(SETTINGS.map((key) => [key, settingRedraws()[key as keyof ReturnType<typeof settingRedraws>]])),
  ...Object.fromEntries(Object.entries(DRAWING_INPUTS).map(([name, { redraws }]) => [name, redraws])),
};

/** The snapshot of every input for `state`. */
export function drawingInputs(state: AtlasState, context: DrawingContext): DrawingInputs {
  const level = context.derived.drawLevel(state);
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS) out[key] = state[key];
  for (const name of Object.keys(DRAWING_INPUTS) as InputName[]) out[name] = DRAWING_INPUTS[name].read(state, context, level);
  return out;
}

/** What a binding reads the snapshot through: the same state gives the same snapshot. */
export type InputsOf = (state: AtlasState) => DrawingInputs;

/**
 * One snapshot per store state for every binding that plans its redraw from it (the reducers and
 * the map layers run in one dispatch: atlasView.ts), instead of one per binding.
 */
export function sharedInputs(context: DrawingContext): InputsOf {
  return memoLast((state: AtlasState) => drawingInputs(state, context));
}

