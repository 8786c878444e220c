// Which rule colours the company links: one answer for the edge reducer (render/bindings/linkDisplay.ts)
// and the link colour control (ui/map/MapControls.tsx), so the control says what is drawn.
import type { AtlasState } from "../../state/store.ts";

/**
 * Whether links take their community's colour (inside one) or recede (between two), whatever
 * the link colour setting says: the force view with companies coloured by community, where the
 * communities are the picture and a link coloured by type or division would hide them.
 */
export function linksFollowCommunities(state: Pick<AtlasState, "mode" | "nodeColorBy">): boolean {
  return state.mode === "force" && state.nodeColorBy === "community";
}
