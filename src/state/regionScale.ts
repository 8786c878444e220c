// The scale the view aggregates under: its region level at its boundary vintage. Everything
// that turns a company into a region (flows, matrix, map, colours, exports) asks for this.
import { levelOf, regionScale, type RegionScale } from "../model/scale.ts";
import type { Vintage } from "../model/types.ts";
import { userGroupingLevel, type Grouping } from "../regions/groupings.ts";
import type { FlowLevel, RegionLevel, ViewMode } from "./view/values.ts";

/** The level and vintage chosen. */
export interface ChosenScale {
  regionLevel: RegionLevel;
  vintage: Vintage;
  userGrouping: Grouping | null;
}

/** What decides the scale drawn: the level and vintage chosen, and (for the municipality level) the zoom. */
export interface ScaleView extends ChosenScale {
  level: FlowLevel;
  mode: ViewMode;
  zoomedIn: boolean;
  selectedDivisions: readonly string[];
}

/**
 * At the municipality level with the draw level on auto, the national view rolls the
 * municipalities' flows up to their provinces (250 units' flows are unreadable at that size);
 * zooming in, or choosing a province, shows its municipalities'.
 */
export function rollsUp(view: ScaleView): boolean {
  return view.regionLevel === "municipality" && view.level === "auto" && view.mode === "map" && !view.zoomedIn && view.selectedDivisions.length === 0;
}

/** The view's scale as drawn now (see rollsUp). */
export function scaleOf(view: ScaleView): RegionScale {
  return rollsUp(view) ? view.vintage : chosenScale(view);
}

/** The scale chosen, whatever the zoom; the user's grouping level without a grouping (none loaded) falls back to the divisions. */
export function chosenScale(view: ChosenScale): RegionScale {
  if (view.regionLevel !== "grouping:user") return regionScale(view.regionLevel, view.vintage);
  return view.userGrouping ? regionScale(userGroupingLevel(view.userGrouping), view.vintage) : view.vintage;
}

/**
 * The scale companies are coloured by: the view's, except at the municipality level, where 250
 * hues would tell nothing apart and a company takes its division's colour.
 */
export function colourScaleOf(view: ScaleView): RegionScale {
  const scale = scaleOf(view);
  return levelOf(scale) === "municipality" ? view.vintage : scale;
}
