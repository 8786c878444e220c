import type { NamedBuffer } from "../../model/types.ts";
import type { AtlasStore } from "../../state/store.ts";
import { followAddress, type AddressExtra } from "../addressFollower.ts";
import type { UrlAdapter } from "../../state/view/location.ts";
import type { ViewState } from "../../state/view/schema.ts";
import { savedFilesFromBuffers, savedToBuffers } from "../../state/persist/files.ts";
import type { SavedFile } from "../../state/persist/types.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import type { SavedDatasetInfo, SessionStore, StoreResult } from "../../state/persist/types.ts";
import type { CameraService } from "../map/cameraService.ts";
import type { Loader } from "./loader.ts";
import { createSessionViews } from "./sessionView.ts";

/** Saved datasets kept; older ones are removed so storage does not grow without end. */
const KEEP_SAVED = 5;

/**
 * Synchronous marks in the browser (localStorage): whether anything was ever saved, so a first
 * visit can skip opening IndexedDB, and which files were chosen but not yet saved, so a page
 * closed in that moment is told about on the next start.
 */
export interface SavedHint {
  get(): boolean;
  set(saved: boolean): void;
  pending(): string | null;
  setPending(label: string | null): void;
}

export type { AddressExtra } from "../addressFollower.ts";

export interface SessionService {
  /**
   * Applies the address (or, without one, the saved settings) once the first dataset is shown,
   * and again whenever the address changes (a pasted link); then keeps both in step with the
   * view. A link made for other data waits, unapplied, until its data is loaded (pendingLink).
   */
  start(): () => void;
  /** Loads the user's files and keeps their original bytes (and the column mappings given), so a reload reads them again the same way. */
  loadAndKeep(buffers: NamedBuffer[], label: string, mappings?: MappingSet): Promise<void>;
  /** The view and the scenes beside it, as a link carries them. */
  currentAddress(): URLSearchParams;
  /** Loads files without keeping them in this browser (the embedded sample). */
  loadUnsaved(buffers: NamedBuffer[], label: string): Promise<boolean>;
  /** The files, label and mappings of the latest load (copies), also one that found nothing valid: what the column-mapping dialog fixes. */
  lastLoad(): LastLoad | null;
  /** Shows the newest saved dataset that loads; says what was lost on the way. Resolves false when none did. */
  restore(): Promise<boolean>;
  list(): Promise<StoreResult<SavedDatasetInfo[]>>;
  loadSaved(id: string): Promise<void>;
  /** Removes every saved dataset and setting. */
  clear(): Promise<StoreResult<void>>;
  /** Puts a view into the store and the camera. */
  applyView(view: Partial<ViewState>): void;
  /** After drawing the view failed: back to the default view, and the saved settings and address that led there dropped. */
  resetView(reason: string): void;
  /** The view on screen now. */
  currentView(): ViewState;
}

export interface LastLoad {
  files: SavedFile[];
  label: string;
  mappings: MappingSet;
}

interface SessionDeps {
  store: AtlasStore;
  camera: CameraService;
  loader: Loader;
  url: UrlAdapter;
  sessions: () => SessionStore;
  hint: SavedHint;
  extra?: AddressExtra;
}

type ReportError = (error: Parameters<ReturnType<AtlasStore["getState"]>["setNotices"]>[1]) => void;

/**
 * The newest saved dataset that loads, shown; what was lost on the way is said. A dataset that
 * no longer gives anything valid is dropped and the next one tried. Null when none loaded.
 */
async function restoreNewest({ store, loader, sessions, hint }: SessionDeps, onView: (view: unknown) => void, reportError: ReportError): Promise<LastLoad | null> {
  const pending = hint.pending();
  if (pending !== null) {
    hint.setPending(null);
    store.getState().addSessionNotices([{ kind: "not-kept", label: pending }]);
  }
  if (!hint.get()) return null;
  for (let tries = 0; tries <= KEEP_SAVED; tries++) {
    const found = await sessions().startup();
    if (!found.ok) {
      reportError(found.error);
      return null;
    }
    const { dataset, lost } = found.value;
    if (lost.length > 0) store.getState().addSessionNotices(lost.map((l) => ({ kind: "lost" as const, label: l.label, reason: l.reason })));
    if (!dataset) return null;
    const mappings = dataset.mappings ?? {};
    if (await loader.load(savedToBuffers(dataset), dataset.label, { restored: true, mappings, onView })) return { files: dataset.files, label: dataset.label, mappings };
    await sessions().remove(dataset.id);
    store.getState().addSessionNotices([{ kind: "nothing-valid", label: dataset.label }]);
  }
  return null;
}

export function createSessionService(deps: SessionDeps): SessionService {
  const { store, camera, loader, url, sessions, hint, extra } = deps;
  const reportError: ReportError = (error) => store.getState().setNotices(store.getState().urlNotices, error ?? null);

  let last: LastLoad | null = null;

  const views = createSessionViews(store, camera, url, sessions, extra);
  const { currentView, applyView, addressOf, applyBundleView, fingerprints } = views;

  const prune = async () => {
    const listed = await sessions().list();
    if (!listed.ok) return;
    for (const old of listed.value.slice(KEEP_SAVED)) await sessions().remove(old.id);
  };

  return {
    start() {
      return followAddress({ store, camera, url, sessions, extra, fingerprints, currentView, addressOf, applyView, reportError });
    },

    async loadAndKeep(buffers, label, mappings = {}) {
      // Copied first: loading hands the buffers to the parse worker, which detaches them here.
      const files = savedFilesFromBuffers(buffers);
      const id = `${Date.now()}`;
      // Kept before parsing starts, so a reload or a closed tab at any moment after this finds them.
      hint.set(true);
      // Before loading, so the report of even a load that finds nothing valid can offer to fix its columns.
      last = { files, label, mappings };
      const saving = sessions().saveDataset({ id, label, files, savedAt: Date.now(), mappings });
      const loaded = await loader.load(buffers, label, { mappings, onView: applyBundleView });
      const result = await saving;
      hint.setPending(null);
      if (!result.ok) return reportError(result.error);
      // Nothing valid (or superseded): drop it again, so a reload never restores a bad file.
      if (!loaded) await sessions().remove(id);
      else await prune();
    },

    async restore() {
      const restored = await restoreNewest(deps, applyBundleView, reportError);
      if (restored) last = restored;
      return restored !== null;
    },

    list: () => sessions().list(),

    async loadSaved(id) {
      const loaded = await sessions().load(id);
      if (loaded.ok && loaded.value) {
        const { files, label, mappings = {} } = loaded.value;
        if (await loader.load(savedToBuffers(loaded.value), label, { restored: true, mappings })) last = { files, label, mappings };
        return;
      }
      // Listed but unreadable (or gone): never a button that does nothing.
      const reason = loaded.ok ? "it is no longer stored" : loaded.error.message;
      const listed = await sessions().list();
      const label = listed.ok ? (listed.value.find((d) => d.id === id)?.label ?? null) : null;
      await sessions().remove(id);
      store.getState().addSessionNotices([{ kind: "lost", label, reason }]);
    },

    async clear() {
      const result = await sessions().clear();
      if (result.ok) hint.set(false);
      return result;
    },

    applyView,
    currentView,
    lastLoad: () => last,
    currentAddress: views.currentAddress,
    loadUnsaved(buffers, label) {
      last = { files: savedFilesFromBuffers(buffers), label, mappings: {} };
      return loader.load(buffers, label);
    },
    resetView: views.resetView,
  };
}

/** The hint in localStorage: a first visit then skips opening IndexedDB (about 0.2 s before the sample could start loading). */
export function localStorageHint(key = "supply-atlas:saved", pendingKey = "supply-atlas:pending"): SavedHint {
  const write = (k: string, value: string | null) => {
    try {
      if (value === null) localStorage.removeItem(k);
      else localStorage.setItem(k, value);
    } catch {
      // Storage blocked: the next start simply asks IndexedDB, and cannot tell about a lost load.
    }
  };
  return {
    get() {
      try {
        return localStorage.getItem(key) !== null;
      } catch {
        return true;
      }
    },
    set: (saved) => write(key, saved ? "1" : null),
    pending() {
      try {
        return localStorage.getItem(pendingKey);
      } catch {
        return null;
      }
    },
    setPending: (label) => write(pendingKey, label),
  };
}

/** Marks kept in memory: for tests and for embedding without localStorage. */
export function memoryHint(saved = false): SavedHint {
  let pending: string | null = null;
  return {
    get: () => saved,
    set: (value) => void (saved = value),
    pending: () => pending,
    setPending: (label) => void (pending = label),
  };
}
