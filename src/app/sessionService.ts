import type { NamedBuffer } from "../model/types.ts";
import type { AtlasStore } from "../state/store.ts";
import { decodeView, encodeView } from "../state/view/codec.ts";
import { knownFromDataset } from "../state/view/known.ts";
import type { UrlAdapter } from "../state/view/location.ts";
import { stateOfView, viewOfState, type ViewState } from "../state/view/schema.ts";
import { roundCamera } from "../state/view/values.ts";
import { savedFilesFromBuffers, savedToBuffers } from "../state/persist/files.ts";
import type { SavedDatasetInfo, SessionStore, StoreResult } from "../state/persist/types.ts";
import type { CameraService } from "./cameraService.ts";
import type { Loader } from "./loader.ts";

const WRITE_DELAY_MS = 400;
/** Saved datasets kept; older ones are removed so storage does not grow without end. */
const KEEP_SAVED = 5;

/** A synchronous flag that something was ever saved, so a first visit can skip opening IndexedDB. */
export interface SavedHint {
  get(): boolean;
  set(saved: boolean): void;
}

export interface SessionService {
  /** Applies the address (or, without one, the saved settings) once the first dataset is shown; then keeps both in step with the view. */
  start(): () => void;
  /** Loads the user's files and keeps their original bytes, so a reload reads them again the same way. */
  loadAndKeep(buffers: NamedBuffer[], label: string): Promise<void>;
  /** The newest saved dataset's files, or null (nothing saved, or storage unavailable). */
  savedStartup(): Promise<{ buffers: NamedBuffer[]; label: string } | null>;
  list(): Promise<StoreResult<SavedDatasetInfo[]>>;
  loadSaved(id: string): Promise<void>;
  /** Removes every saved dataset and setting. */
  clear(): Promise<StoreResult<void>>;
  /** Puts a view into the store and the camera. */
  applyView(view: Partial<ViewState>): void;
  /** The view on screen now. */
  currentView(): ViewState;
}

export function createSessionService(deps: {
  store: AtlasStore;
  camera: CameraService;
  loader: Loader;
  url: UrlAdapter;
  sessions: () => SessionStore;
  hint: SavedHint;
}): SessionService {
  const { store, camera, loader, url, sessions, hint } = deps;
  const reportError = (error: Parameters<ReturnType<typeof store.getState>["setNotices"]>[1]) =>
    store.getState().setNotices(store.getState().urlNotices, error ?? null);

  const currentView = () => {
    const cam = camera.get();
    return viewOfState(store.getState(), cam ? roundCamera(cam) : null);
  };

  const applyView = (view: Partial<ViewState>) => {
    const { patch, camera: cam } = stateOfView(view);
    store.setState(patch);
    if (cam) camera.set(cam);
  };

  const prune = async () => {
    const listed = await sessions().list();
    if (!listed.ok) return;
    for (const old of listed.value.slice(KEEP_SAVED)) await sessions().remove(old.id);
  };

  return {
    start() {
      const initialQuery = url.read();
      let applied = false;
      let timer: ReturnType<typeof setTimeout> | undefined;

      const write = () => {
        if (!applied) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!store.getState().graph) return;
          const view = currentView();
          url.write(encodeView(view));
          void sessions()
            .saveSettings(view)
            .then((result) => (result.ok ? undefined : reportError(result.error)));
        }, WRITE_DELAY_MS);
      };

      const applyInitial = async () => {
        const known = knownFromDataset(store.getState().dataset);
        let decoded = decodeView(initialQuery, known);
        if ([...initialQuery.keys()].length === 0) {
          const saved = await sessions().loadSettings(known);
          if (saved.ok && saved.value) decoded = saved.value;
        }
        applyView(decoded.view);
        if (decoded.notices.length > 0) store.getState().setNotices(decoded.notices, store.getState().storageError);
        applied = true;
      };

      const unsubscribe = store.subscribe((state, previous) => {
        if (!applied && state.graphVersion >= 1 && previous.graphVersion === 0) {
          // After the map's own listener has framed the new graph, or it would undo the camera.
          setTimeout(() => void applyInitial(), 0);
          return;
        }
        write();
      });
      const offMove = camera.onMove(write);
      return () => {
        unsubscribe();
        offMove();
        clearTimeout(timer);
      };
    },

    async loadAndKeep(buffers, label) {
      // Copied first: loading hands the buffers to the parse worker, which detaches them here.
      const files = savedFilesFromBuffers(buffers);
      // Nothing valid (or superseded): keep what was saved before, so a reload never restores a bad file.
      if (!(await loader.load(buffers, label))) return;
      const result = await sessions().saveDataset({ id: `${Date.now()}`, label, files, savedAt: Date.now() });
      if (!result.ok) return reportError(result.error);
      hint.set(true);
      await prune();
    },

    async savedStartup() {
      if (!hint.get()) return null;
      const latest = await sessions().loadLatest();
      if (!latest.ok || !latest.value) return null;
      return { buffers: savedToBuffers(latest.value), label: latest.value.label };
    },

    list: () => sessions().list(),

    async loadSaved(id) {
      const loaded = await sessions().load(id);
      if (loaded.ok && loaded.value) await loader.load(savedToBuffers(loaded.value), loaded.value.label, { restored: true });
    },

    async clear() {
      const result = await sessions().clear();
      if (result.ok) hint.set(false);
      return result;
    },

    applyView,
    currentView,
  };
}

/** The hint in localStorage: a first visit then skips opening IndexedDB (about 0.2 s before the sample could start loading). */
export function localStorageHint(key = "supply-atlas:saved"): SavedHint {
  return {
    get() {
      try {
        return localStorage.getItem(key) !== null;
      } catch {
        return true;
      }
    },
    set(saved) {
      try {
        if (saved) localStorage.setItem(key, "1");
        else localStorage.removeItem(key);
      } catch {
        // Storage blocked: the next start simply asks IndexedDB.
      }
    },
  };
}
