// The scale the view aggregates under: its region level at its boundary vintage. Everything
// that turns a company into a region (flows, matrix, map, colours, exports) asks for this.
import { regionScale, type RegionScale } from "../model/scale.ts";
import type { Vintage } from "../model/types.ts";
import { getGrouping } from "../regions/groupings.ts";
import type { RegionLevel } from "./view/values.ts";

/** The view's scale; a user grouping not (or no longer) loaded falls back to the divisions. */
export function scaleOf(view: { regionLevel: RegionLevel; vintage: Vintage }): RegionScale {
  const level = view.regionLevel.startsWith("grouping:") && !getGrouping(view.regionLevel) ? "division" : view.regionLevel;
  return regionScale(level, view.vintage);
}
