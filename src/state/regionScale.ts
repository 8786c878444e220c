// The scale the view aggregates under: its region level at its boundary vintage. Everything
// that turns a company into a region (flows, matrix, map, colours, exports) asks for this.
import { levelOf, regionScale, type RegionScale } from "../model/scale.ts";
import type { Vintage } from "../model/types.ts";
import { getGrouping } from "../regions/groupings.ts";
import type { RegionLevel } from "./view/values.ts";

/** The view's scale; a user grouping not (or no longer) loaded falls back to the divisions. */
export function scaleOf(view: { regionLevel: RegionLevel; vintage: Vintage }): RegionScale {
  const level = view.regionLevel.startsWith("grouping:") && !getGrouping(view.regionLevel) ? "division" : view.regionLevel;
  return regionScale(level, view.vintage);
}

/**
 * The scale companies are coloured by: the view's, except at the municipality level, where 250
 * hues would tell nothing apart and a company takes its division's colour.
 */
export function colourScaleOf(view: { regionLevel: RegionLevel; vintage: Vintage }): RegionScale {
  const scale = scaleOf(view);
  return levelOf(scale) === "municipality" ? view.vintage : scale;
}
