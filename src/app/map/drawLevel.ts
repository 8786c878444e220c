import type { AtlasState } from "../../state/store.ts";

/** What the map draws: division flows, or the company links behind them. */
export type DrawLevel = "divisions" | "companies";

/** Camera ratio above which (zoomed out) "auto" shows division flows instead of company links. */
export const AUTO_LEVEL_RATIO = 0.55;
/**
 * Camera ratio below which, at the municipality level, "auto" shows company links: between the
 * two, a province or two fill the view and their municipalities' flows are what reads.
 */
export const CLOSE_LEVEL_RATIO = 0.18;

export function effectiveLevel(state: Pick<AtlasState, "mode" | "level" | "selectedDivisions" | "focus" | "pathEnds" | "zoomedIn" | "zoomedClose" | "regionLevel">): DrawLevel {
  // Flows need the map: the force layout always shows companies.
  if (state.mode === "force") return "companies";
  if (state.level !== "auto") return state.level;
  // The municipality level zooms in three steps: provinces, their municipalities (also when a
  // province is chosen: state/regionScale.ts rollsUp), then companies.
  if (state.regionLevel === "municipality") return state.focus || state.pathEnds || state.zoomedClose ? "companies" : "divisions";
  // Choosing divisions, a supply chain or a path asks about companies: show their links.
  if (state.selectedDivisions.length > 0 || state.focus || state.pathEnds) return "companies";
  return state.zoomedIn ? "companies" : "divisions";
}

/**
 * How companies are drawn at `level`: under the division flows the flow-companies setting
 * decides (small dots under the flows by default); with company links, as always.
 */
export function companyDots(state: Pick<AtlasState, "flowCompanies">, level: DrawLevel): AtlasState["flowCompanies"] {
  return level === "divisions" ? state.flowCompanies : "shown";
}
