import { DEFAULT_CAMERA, type CameraState } from "../../state/view/values.ts";
import type { AtlasStore } from "../../state/store.ts";
import { AUTO_LEVEL_RATIO, CLOSE_LEVEL_RATIO } from "./drawLevel.ts";

/** The renderer's camera, as the app sees it. */
export interface CameraHandle {
  get(): CameraState;
  set(camera: CameraState): void;
  /** Moves there smoothly; resolves when it arrives. */
  animate?(camera: CameraState, durationMs: number): Promise<void>;
}

/**
 * The camera lives in the renderer (it moves every frame), not in the store. The map registers
 * its camera here; links and saved views read and set it through this service, and the store
 * hears only when the camera crosses the zoom at which "auto" switches flows for company links.
 */
export interface CameraService {
  /** Returns the function that unregisters the handle. */
  attach(handle: CameraHandle): () => void;
  /** The camera now, or null while no map is mounted. */
  get(): CameraState | null;
  /** Moves the camera; remembered until a map attaches when none is mounted. */
  set(camera: CameraState): void;
  /** Moves the camera smoothly (scenes, presentation); without a map, as set(). */
  animate(camera: CameraState, durationMs: number): Promise<void>;
  /**
   * Back to the whole country (map view) or the whole graph (force view): both are the home
   * camera, since the map frames the country's extent and the force view the graph's.
   * `durationMs` 0 jumps there (reduced motion).
   */
  home(durationMs?: number): Promise<void>;
  /** The renderer reports each camera move here. */
  moved(ratio: number): void;
  /** Called after every camera move. */
  onMove(listener: () => void): () => void;
}

/** Long enough to see where the map goes, short enough not to wait for it. */
export const HOME_MS = 450;

export function createCameraService(store: AtlasStore): CameraService {
  let handle: CameraHandle | null = null;
  let pending: CameraState | null = null;
  const listeners = new Set<() => void>();
  return {
    attach(next) {
      handle = next;
      if (pending) next.set(pending);
      pending = null;
      return () => {
        if (handle === next) handle = null;
      };
    },
    get: () => handle?.get() ?? null,
    set(camera) {
      if (handle) handle.set(camera);
      else pending = camera;
    },
    async animate(camera, durationMs) {
      if (handle?.animate) await handle.animate(camera, durationMs);
      else this.set(camera);
    },
    home(durationMs = HOME_MS) {
      const target = { ...DEFAULT_CAMERA };
      if (durationMs <= 0) {
        this.set(target);
        return Promise.resolve();
      }
      return this.animate(target, durationMs);
    },
    moved(ratio) {
      const zoomedIn = ratio < AUTO_LEVEL_RATIO;
      const zoomedClose = ratio < CLOSE_LEVEL_RATIO;
      const now = store.getState();
      if (now.zoomedIn !== zoomedIn || now.zoomedClose !== zoomedClose) now.setZoomedIn(zoomedIn, zoomedClose);
      for (const listener of listeners) listener();
    },
    onMove(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
