// The municipal outlines are 10x the provinces' and only the municipality level needs them: they
// load the first time that level is shown (cold start unchanged), are projected once (in a
// worker: workers/municipal/), and the map redraws when they are ready. Until then, and if they
// fail, the level draws provinces.
import type { AtlasReadStore } from "../../state/store.ts";
import { levelOf } from "../../model/scale.ts";
import type { AtlasState } from "../../state/store.ts";
import { scaleOf } from "../../state/regionScale.ts";
import type { MunicipalGeo } from "../../geo/municipalGeo.ts";
import type { MapGeometry } from "./mapGeometry.ts";
import { inOwnTask } from "../../schedule/ownTask.ts";

export const MUNICIPAL_READY_MARK = "atlas:municipal-ready";

export function bindMunicipalBoundaries(
  store: AtlasReadStore,
  geometry: MapGeometry,
  load: () => Promise<MunicipalGeo>,
): () => void {
  const check = (state: AtlasState) => {
    if (state.municipalBoundaries !== "idle" || levelOf(scaleOf(state)) !== "municipality") return;
    state.setMunicipalBoundaries("loading");
    load().then(
      (geo) => {
        // The redraw at the new outlines in a task of its own, apart from receiving them.
        inOwnTask(() => {
          geometry.setMunicipal(geo);
          // The benchmark times the first municipality switch to the first frame after this.
          performance.mark(MUNICIPAL_READY_MARK);
          store.getState().setMunicipalBoundaries("ready");
        });
      },
      () => store.getState().setMunicipalBoundaries("failed"),
    );
  };
  check(store.getState());
  return store.subscribe(check);
}
