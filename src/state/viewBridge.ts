import type { AtlasState, AtlasStore } from "./store.ts";
import { defaultView, type CameraState, type ViewState } from "./url/types.ts";

/**
 * The camera lives in sigma, not in the store (it moves every frame). The map view
 * registers here so the URL and saved sessions can read and restore it.
 */
export const cameraBridge: {
  get: () => CameraState | null;
  set: (camera: CameraState) => void;
  /** Called by the map after the camera settles; the URL sync listens. */
  onChange: () => void;
} = { get: () => null, set: () => undefined, onChange: () => undefined };

/** The store's view fields in the shape links and saved sessions carry. */
export function viewOfState(state: AtlasState, camera: CameraState | null): ViewState {
  return {
    mode: state.mode,
    vintage: state.vintage,
    level: state.level,
    lang: state.lang,
    filter: state.filter,
    selectedDivisions: state.selectedDivisions,
    divisionMode: state.divisionMode,
    selected: state.selected,
    focus: state.focus,
    nodeColorBy: state.nodeColorBy,
    edgeColorBy: state.edgeColorBy,
    choropleth: state.choropleth,
    flowMeasure: state.flowMeasure,
    flowType: state.flowType,
    scaleMode: state.scaleMode,
    camera: camera ?? defaultView().camera,
    matrixOpen: state.matrixOpen,
    analytics: state.analyticsOpen ? state.analyticsTab : null,
  };
}

/** Puts a (validated) view into the store and the camera. */
export function applyView(store: AtlasStore, view: Partial<ViewState>): void {
  const { camera, analytics, ...rest } = view;
  const patch: Partial<AtlasState> = { ...rest };
  if (analytics !== undefined) {
    patch.analyticsOpen = analytics !== null;
    if (analytics) patch.analyticsTab = analytics;
  }
  store.setState(patch);
  if (camera) cameraBridge.set(camera);
}
