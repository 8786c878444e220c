import { decodeView, encodeView } from "./url/codec.ts";
import { knownFromDataset } from "./url/known.ts";
import { browserUrl } from "./url/location.ts";
import { roundCamera, type UrlNotice } from "./url/types.ts";
import { createSessionStore } from "./persist/sessionStore.ts";
import { idbBackend } from "./persist/backend.ts";
import { savedFilesFromBuffers, savedToBuffers } from "./persist/files.ts";
import type { StoreError } from "./persist/types.ts";
import { applyView, cameraBridge, viewOfState } from "./viewBridge.ts";
import { loadDataset } from "./loadDataset.ts";
import type { NamedBuffer } from "../workers/parseClient.ts";
import type { AtlasStore } from "./store.ts";

const WRITE_DELAY_MS = 400;

/** The app's one persistent store (IndexedDB), created lazily so Node tests never touch it. */
let sessions: ReturnType<typeof createSessionStore> | null = null;
export function sessionStore() {
  sessions ??= createSessionStore(idbBackend());
  return sessions;
}

/**
 * Keeps the URL and the saved settings in step with the view, and applies the URL
 * (or, without one, the saved settings) once the first dataset is on screen.
 */
export function startSessionSync(store: AtlasStore, onNotices: (notices: UrlNotice[]) => void, onStoreError: (error: StoreError) => void) {
  const url = browserUrl();
  const initialQuery = url.read();
  let applied = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    if (!applied) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const state = store.getState();
      if (!state.graph) return;
      const camera = cameraBridge.get();
      const view = viewOfState(state, camera ? roundCamera(camera) : null);
      url.write(encodeView(view));
      void sessionStore()
        .saveSettings(view)
        .then((result) => (result.ok ? undefined : onStoreError(result.error)));
    }, WRITE_DELAY_MS);
  };

  const applyInitial = async () => {
    const known = knownFromDataset(store.getState().dataset);
    let decoded = decodeView(initialQuery, known);
    if ([...initialQuery.keys()].length === 0) {
      const saved = await sessionStore().loadSettings(known);
      if (saved.ok && saved.value) decoded = saved.value;
    }
    applyView(store, decoded.view);
    if (decoded.notices.length > 0) onNotices(decoded.notices);
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
  cameraBridge.onChange = write;
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/** Loads the user's files and keeps their original bytes, so a reload reads them again the same way. */
export async function loadAndKeep(store: AtlasStore, buffers: NamedBuffer[], label: string, onStoreError: (error: StoreError) => void) {
  // Copied first: loading hands the buffers to the parse worker, which detaches them here.
  const files = savedFilesFromBuffers(buffers);
  // Nothing valid (or superseded): keep what was saved before, so a reload never restores a bad file.
  if (!(await loadDataset(store, buffers, label))) return;
  const result = await sessionStore().saveDataset({ id: `${Date.now()}`, label, files, savedAt: Date.now() });
  if (!result.ok) return onStoreError(result.error);
  setSavedHint(true);
  await pruneSaved();
}

/** Saved datasets kept; older ones are removed so storage does not grow without end. */
const KEEP_SAVED = 5;

async function pruneSaved(): Promise<void> {
  const listed = await sessionStore().list();
  if (!listed.ok) return;
  for (const old of listed.value.slice(KEEP_SAVED)) await sessionStore().remove(old.id);
}

// A synchronous hint that something was ever saved: a first visit then skips opening
// IndexedDB (about 0.2 s before the sample could start loading).
const SAVED_HINT = "supply-atlas:saved";

function setSavedHint(saved: boolean): void {
  try {
    if (saved) localStorage.setItem(SAVED_HINT, "1");
    else localStorage.removeItem(SAVED_HINT);
  } catch {
    // Storage blocked: the next start simply asks IndexedDB.
  }
}

function mayHaveSaved(): boolean {
  try {
    return localStorage.getItem(SAVED_HINT) !== null;
  } catch {
    return true;
  }
}

/** Removes every saved dataset and setting. */
export async function clearSaved() {
  const result = await sessionStore().clear();
  if (result.ok) setSavedHint(false);
  return result;
}

/** The newest saved dataset's files, or null (nothing saved, or storage unavailable). */
export async function savedStartup(): Promise<{ buffers: NamedBuffer[]; label: string } | null> {
  if (!mayHaveSaved()) return null;
  const latest = await sessionStore().loadLatest();
  if (!latest.ok || !latest.value) return null;
  return { buffers: savedToBuffers(latest.value), label: latest.value.label };
}
