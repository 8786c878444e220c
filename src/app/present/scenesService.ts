// Scenes: named views a presenter saves and steps through. The list lives in the store
// (presentSlice); this service captures the view on screen, shows a scene (with the camera
// moving smoothly), keeps the list in the share link beside the view and in this browser per
// dataset, and restores it after a reload.
import { linksJoined, type AtlasStore } from "../../state/store.ts";
import { decodeView, encodeView } from "../../state/view/codec.ts";
import { knownFromDataset } from "../../state/view/known.ts";
import { completeView, type ViewState } from "../../state/view/schema.ts";
import { SCENES_PARAM, cleanText, decodeScenes, encodeScenes, MAX_SCENE_CAPTION, MAX_SCENE_NAME } from "../../state/view/scenesCodec.ts";
import type { UrlNotice } from "../../state/view/values.ts";
import type { ScenesStore } from "../../state/persist/scenesStore.ts";
import type { CameraService } from "../map/cameraService.ts";
import type { AddressExtra } from "../load/sessionService.ts";

const SAVE_DELAY_MS = 400;
/** Long enough to follow where the picture goes, short enough for a talk. */
export const SCENE_CAMERA_MS = 900;

export interface ScenesService {
  /** The scenes' part of the share link; the session service writes and reads it. */
  address: AddressExtra;
  /** Keeps the scenes saved per dataset and switches them when another dataset loads. */
  start(): () => void;
  /** Adds the view on screen as a scene. */
  capture(name: string, caption: string): void;
  /** Makes the view on screen scene `id`'s view (its name and caption stay); it becomes the current scene. */
  update(id: string): void;
  /** Shows scene `index`; returns what in it the loaded data could not apply. */
  show(index: number, options?: { animate?: boolean }): Promise<UrlNotice[]>;
  /** The next (+1) or previous (-1) scene; stays at either end. */
  step(delta: 1 | -1): Promise<void>;
}

export function createScenesService(deps: {
  store: AtlasStore;
  camera: CameraService;
  view: { current(): ViewState; apply(view: Partial<ViewState>): void };
  storage: () => ScenesStore;
}): ScenesService {
  const { store, camera, view, storage } = deps;
  // Scenes read from the first address or storage before any save, so an empty list never overwrites saved ones.
  let loadedFor: string | null = null;
  // Bumped when an address (a link or a dropped bundle) brings scenes: storage read before then must not overwrite them.
  let addressReads = 0;

  const label = () => store.getState().dataset?.label ?? null;

  const loadSaved = async (datasetLabel: string): Promise<UrlNotice[]> => {
    const seq = addressReads;
    const saved = await storage().load(datasetLabel);
    const decoded = saved.ok && saved.value ? decodeScenes(saved.value) : { scenes: [], notices: [] };
    if (label() !== datasetLabel || seq !== addressReads) return [];
    store.getState().setScenes(decoded.scenes);
    store.getState().setSceneIndex(-1);
    loadedFor = datasetLabel;
    return decoded.notices;
  };

  const show = async (index: number, options: { animate?: boolean } = {}) => {
    const state = store.getState();
    const scene = state.scenes[index];
    if (!scene) return [];
    const decoded = decodeView(new URLSearchParams(scene.query), knownFromDataset(state.dataset));
    // The language is the viewer's, not the scene's; what a scene leaves out takes its default.
    const { camera: target, ...rest } = { ...completeView(decoded.view), lang: state.lang };
    view.apply(rest);
    state.setSceneIndex(index);
    if (decoded.notices.length > 0) state.setNotices(decoded.notices, state.storageError);
    if (options.animate === false) camera.set(target);
    else await camera.animate(target, SCENE_CAMERA_MS);
    return decoded.notices;
  };

  // The viewer's language is no part of a scene: it is written as the default, which encodeView leaves out.
  const currentQuery = () => encodeView({ ...view.current(), lang: completeView({}).lang }).toString();

  return {
    address: {
      params: [SCENES_PARAM],
      write(out) {
        const encoded = encodeScenes(store.getState().scenes);
        if (encoded) out.set(SCENES_PARAM, encoded);
      },
      async read(params) {
        const current = label();
        const text = params.get(SCENES_PARAM);
        if (text === null) return current === null ? [] : loadSaved(current);
        const decoded = decodeScenes(text);
        addressReads++;
        // Set first: the scenes a link brings become this browser's scenes for the dataset.
        loadedFor = current;
        store.getState().setScenes(decoded.scenes);
        // Kept at once, not after edits settle: a link opened and left within moments keeps its scenes.
        if (current !== null) void storage().save(current, encodeScenes(store.getState().scenes));
        return decoded.notices;
      },
    },

    start() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let seenVersion = store.getState().graphVersion;
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.graphVersion !== seenVersion) {
          const first = seenVersion === 0;
          seenVersion = state.graphVersion;
          // A big network's links joining its companies: the same data, and the same scenes.
          if (linksJoined(state, previous)) return;
          loadedFor = null;
          // The first dataset's scenes come with the first address (address.read).
          if (!first && state.dataset) void loadSaved(state.dataset.label);
          return;
        }
        if (state.scenes === previous.scenes || loadedFor === null || loadedFor !== label()) return;
        const forLabel = loadedFor;
        clearTimeout(timer);
        timer = setTimeout(() => void storage().save(forLabel, encodeScenes(store.getState().scenes)), SAVE_DELAY_MS);
      });
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },

    capture(name, caption) {
      store.getState().addScene({
        name: cleanText(name, MAX_SCENE_NAME),
        caption: cleanText(caption, MAX_SCENE_CAPTION),
        query: currentQuery(),
      });
    },

    update(id) {
      const state = store.getState();
      const index = state.scenes.findIndex((x) => x.id === id);
      if (index < 0) return;
      state.updateSceneView(id, currentQuery());
      // What is on screen is that scene now, as after saving a new one.
      store.getState().setSceneIndex(index);
    },

    show,

    async step(delta) {
      const { scenes, sceneIndex } = store.getState();
      if (scenes.length === 0) return;
      const next = Math.max(0, Math.min(scenes.length - 1, sceneIndex + delta));
      if (next === sceneIndex) return;
      await show(next);
    },
  };
}
