// The scale the view aggregates under: its region level at its boundary vintage. Everything
// that turns a company into a region (flows, matrix, map, colours, exports) asks for this.
import { levelOf, regionScale, type RegionScale } from "../model/scale.ts";
import type { Vintage } from "../model/types.ts";
import { userGroupingLevel, type Grouping } from "../regions/groupings.ts";
import type { RegionLevel } from "./view/values.ts";

export interface ScaleView {
  regionLevel: RegionLevel;
  vintage: Vintage;
  userGrouping: Grouping | null;
}

/** The view's scale; the user's grouping level without a grouping (none loaded) falls back to the divisions. */
export function scaleOf(view: ScaleView): RegionScale {
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
