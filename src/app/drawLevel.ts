import type { AtlasState } from "../state/store.ts";
import type { DrawLevel } from "./reducers.ts";

/** Camera ratio above which (zoomed out) "auto" shows division flows instead of company links. */
export const AUTO_LEVEL_RATIO = 0.55;

export function effectiveLevel(state: Pick<AtlasState, "mode" | "level" | "selectedDivisions" | "focus" | "pathEnds">, cameraRatio: number): DrawLevel {
  // Flows need the map: the force layout always shows companies.
  if (state.mode === "force") return "companies";
  if (state.level !== "auto") return state.level;
  // Choosing divisions, a supply chain or a path asks about companies: show their links.
  if (state.selectedDivisions.length > 0 || state.focus || state.pathEnds) return "companies";
  return cameraRatio >= AUTO_LEVEL_RATIO ? "divisions" : "companies";
}
