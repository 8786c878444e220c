import type { NamedBuffer } from "../model/types.ts";
import type { AtlasStore } from "../state/store.ts";
import { decodeView, encodeView, formatQuery, type DecodedView } from "../state/view/codec.ts";
import { DATA_PARAM, namesOtherData, readDataParam, viewParams } from "../state/view/dataParam.ts";
import { fingerprintCompanies } from "../graph/dataIdentity.ts";
import { linksJoined } from "../state/store.ts";
import { createDataFingerprints } from "./dataFingerprint.ts";
import { knownFromDataset } from "../state/view/known.ts";
import type { UrlAdapter } from "../state/view/location.ts";
import type { UrlNotice } from "../state/view/values.ts";
import { completeView, defaultView, stateOfView, viewOfState, type ViewState } from "../state/view/schema.ts";
import { roundCamera } from "../state/view/values.ts";
import { savedFilesFromBuffers, savedToBuffers } from "../state/persist/files.ts";
import type { SavedFile } from "../state/persist/types.ts";
import type { MappingSet } from "../io/mapping.ts";
import type { SavedDatasetInfo, SessionStore, StoreResult } from "../state/persist/types.ts";
import type { CameraService } from "./cameraService.ts";
import type { Loader } from "./loader.ts";

const WRITE_DELAY_MS = 400;
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

/**
 * Address parameters that live beside the view schema (the scenes list): the session writes
 * them with the view and hands them over, unread by the view decoder, on the first address.
 */
export interface AddressExtra {
  params: readonly string[];
  /** Adds this part's parameters to what the session writes. */
  write(out: URLSearchParams): void;
  /** Reads this part of the first address, once the first dataset is shown; returns what was ignored. */
  read(params: URLSearchParams): Promise<UrlNotice[]>;
}

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

export function createSessionService(deps: {
  store: AtlasStore;
  camera: CameraService;
  loader: Loader;
  url: UrlAdapter;
  sessions: () => SessionStore;
  hint: SavedHint;
  extra?: AddressExtra;
}): SessionService {
  const { store, camera, loader, url, sessions, hint, extra } = deps;
  const reportError = (error: Parameters<ReturnType<typeof store.getState>["setNotices"]>[1]) =>
    store.getState().setNotices(store.getState().urlNotices, error ?? null);

  let last: LastLoad | null = null;

  const currentView = () => {
    const cam = camera.get();
    return viewOfState(store.getState(), cam ? roundCamera(cam) : null);
  };

  const applyView = (view: Partial<ViewState>) => {
    const { patch, camera: cam } = stateOfView(view);
    store.setState(patch);
    if (cam) camera.set(cam);
  };

  /** The view and what travels beside it (the scenes) as the address holds them. */
  const addressOf = (view: ViewState) => {
    const params = encodeView(view);
    extra?.write(params);
    return params;
  };
  const fingerprints = createDataFingerprints();
  const currentAddress = () => {
    const params = addressOf(currentView());
    const fingerprint = fingerprints.peek(store.getState());
    if (fingerprint) params.set(DATA_PARAM, fingerprint);
    return params;
  };

  /** A view a snapshot bundle carried (an address), through the same checks as a link. */
  const applyBundleView = (view: unknown) => {
    const query = typeof view === "object" && view !== null && typeof (view as { query?: unknown }).query === "string" ? (view as { query: string }).query : null;
    if (query === null) return;
    const params = new URLSearchParams(query);
    // The bundle is its own data: its fingerprint needs no checking.
    const decoded = decodeView(viewParams(params, extra?.params), knownFromDataset(store.getState().dataset));
    // The reader's language stays theirs; everything else is the view the bundle was made from.
    const { lang: _lang, ...rest } = decoded.view;
    applyView(rest);
    void (extra?.read(params) ?? Promise.resolve([])).then((more) => {
      const notices = [...decoded.notices, ...more];
      if (notices.length > 0) store.getState().setNotices(notices, store.getState().storageError);
    });
  };

  const prune = async () => {
    const listed = await sessions().list();
    if (!listed.ok) return;
    for (const old of listed.value.slice(KEEP_SAVED)) await sessions().remove(old.id);
  };

  return {
    start() {
      let initialQuery = url.read();
      let applied = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // The address as last read or written, so the app's own writes are not taken for a pasted link.
      let lastAddress = formatQuery(initialQuery);
      // A link made for other data, kept until its data is loaded; `held` while its text is
      // still in the address bar: it stays there (a reload or a copy still has the link) until
      // the user changes what is shown instead, from `heldView` on.
      // `checking` while new data is compared with the link: a write then would drop the link too early.
      let pending: { params: URLSearchParams; held: boolean; heldView: string; checking: boolean } | null = null;
      // Addresses are applied one at a time, in the order they came; `addresses` counts them, so
      // a write begun before one was applied does not put the old view back in the address bar.
      let applying: Promise<void> = Promise.resolve();
      let addresses = 0;
      // Once the first address is queued, a pasted one queues behind it instead of replacing it.
      let firstQueued = false;

      const write = () => {
        if (!applied) return;
        clearTimeout(timer);
        timer = setTimeout(() => void writeNow(), WRITE_DELAY_MS);
      };
      const writeNow = async () => {
        const state = store.getState();
        if (!state.graph) return;
        const view = currentView();
        if (pending?.held) {
          if (pending.checking || formatQuery(encodeView(view)) === pending.heldView) return;
          pending.held = false;
        }
        const params = addressOf(view);
        const since = addresses;
        const fingerprint = await fingerprints.of(state);
        // Other data came meanwhile (the write it brings names that data), or an address was
        // applied (pasted): its own write follows, and this one would overwrite it with the old view.
        if (store.getState().dataset !== state.dataset || addresses !== since) return;
        if (fingerprint) params.set(DATA_PARAM, fingerprint);
        lastAddress = formatQuery(params);
        url.write(params);
        void sessions()
          .saveSettings(view)
          .then((result) => (result.ok ? undefined : reportError(result.error)));
      };

      /** Whether `params` (decoded as `decoded` against the data shown) was made for that data. */
      const madeForShown = async (params: URLSearchParams, decoded: DecodedView): Promise<boolean> => {
        const { fingerprint } = readDataParam(params);
        if (fingerprint) return fingerprint === (await fingerprints.of(store.getState()));
        // A link from before fingerprints: another's when it names what this data lacks.
        return !namesOtherData(decoded.notices);
      };

      const showNotices = (notices: DecodedView["notices"]) => {
        if (notices.length > 0 || store.getState().urlNotices.length > 0) store.getState().setNotices(notices, store.getState().storageError);
      };

      /**
       * Shows what `params` says: the whole view (what it leaves out takes its default, so the
       * address and the screen agree), or, without any parameter on the first start, the saved
       * settings. A link made for other data is kept (pending) and said so: one that names its
       * data's fingerprint is not applied at all; an older one without it (which may as well be
       * mistyped) has what fits applied, with a notice for the rest, as links always had. When
       * new data comes (`recheck`), a pending link is applied only if it is that data's.
       */
      const applyAddress = async (params: URLSearchParams, mode: "first" | "changed" | "recheck") => {
        const dataset = store.getState().dataset;
        // After each wait: other data came (it brings its own recheck), or the waiting link was
        // dismissed or replaced meanwhile; what was decided for the old state no longer holds.
        const stale = () => store.getState().dataset !== dataset || (mode === "recheck" && pending?.params !== params);
        // A recheck that went stale is done (new data brings its own); another address is read
        // again against the data now shown.
        const again = () => {
          if (mode !== "recheck") applyInOrder(params, mode);
        };
        const known = knownFromDataset(dataset);
        let decoded = decodeView(viewParams(params, extra?.params), known);
        const data = readDataParam(params);
        let keep = false;
        if (mode === "first" && [...params.keys()].length === 0) {
          const saved = await sessions().loadSettings(known);
          if (stale()) return again();
          if (saved.ok && saved.value) decoded = saved.value;
          else if (!saved.ok && saved.error.code === "corrupt") {
            // Unreadable settings would fail the same way on every start: drop them and say so.
            await sessions().saveSettings(defaultView());
            store.getState().addSessionNotices([{ kind: "view-reset", reason: saved.error.message }]);
          }
        } else if (!(await madeForShown(params, decoded)) || stale()) {
          if (stale()) return again();
          store.getState().setPendingLink({ companies: data.fingerprint ? fingerprintCompanies(data.fingerprint) : null, partly: !data.fingerprint && mode !== "recheck" });
          keep = true;
          if (data.fingerprint || mode === "recheck") {
            // Never applied to data it was not made for (a fresh browser's sample).
            const held = pending?.params === params ? pending.held : data.fingerprint !== null;
            pending = { params, held, heldView: formatQuery(encodeView(currentView())), checking: false };
            // What the link named is not looked for in this data: nothing to list.
            if (mode !== "recheck") showNotices([]);
            applied = true;
            // The link left the address already (the view was changed): the address follows the screen.
            if (!held) write();
            return;
          }
        }
        pending = keep ? { params, held: false, heldView: "", checking: false } : null;
        if (!keep && store.getState().pendingLink) store.getState().setPendingLink(null);
        // On the first start the store holds the defaults, and what the user did while the
        // address was read (a search in the first second) stays; a later address is the whole view.
        applyView(mode === "first" ? decoded.view : completeView(decoded.view));
        const notices = [...decoded.notices, ...(data.notice ? [data.notice] : []), ...((await extra?.read(params)) ?? [])];
        showNotices(notices);
        applied = true;
        // Written back at once, in the app's own words: a view from the saved settings or a
        // hand-written link then shows in the address as it shows on screen.
        write();
      };
      const applyInOrder = (params: URLSearchParams, mode: "first" | "changed" | "recheck") => {
        addresses++;
        applying = applying
          .then(() => applyAddress(params, mode))
          .catch((error: unknown) => console.error("app/session: the address could not be applied", error))
          .finally(() => {
            // Whatever failed, the address follows the screen from here on, and no check is left open.
            applied = true;
            if (pending) pending.checking = false;
          });
      };

      const unsubscribe = store.subscribe((state, previous) => {
        if (!applied && state.graphVersion >= 1 && previous.graphVersion === 0) {
          // After the map's own listener has framed the new graph, or it would undo the camera.
          firstQueued = true;
          setTimeout(() => applyInOrder(initialQuery, "first"), 0);
          return;
        }
        if (previous.pendingLink && !state.pendingLink && pending) {
          // Dismissed: the address follows the screen again.
          pending = null;
          write();
          return;
        }
        if (pending && state.graphVersion !== previous.graphVersion && state.dataset !== previous.dataset && !linksJoined(state, previous)) {
          // New data: if it is the link's, the link is shown now (after the map has framed it).
          const link = pending.params;
          pending.checking = true;
          setTimeout(() => applyInOrder(link, "recheck"), 0);
          return;
        }
        write();
      });
      const offMove = camera.onMove(write);
      // A link pasted into this tab, or the address edited by hand: the view follows.
      const offListen = url.listen?.(() => {
        const params = url.read();
        const text = formatQuery(params);
        if (text === lastAddress) return;
        lastAddress = text;
        if (!firstQueued) {
          initialQuery = params;
          return;
        }
        applyInOrder(params, "changed");
      });
      return () => {
        unsubscribe();
        offMove();
        offListen?.();
        clearTimeout(timer);
      };
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
      const pending = hint.pending();
      if (pending !== null) {
        hint.setPending(null);
        store.getState().addSessionNotices([{ kind: "not-kept", label: pending }]);
      }
      if (!hint.get()) return false;
      // A dataset that no longer gives anything valid is dropped and the next one tried.
      for (let tries = 0; tries <= KEEP_SAVED; tries++) {
        const found = await sessions().startup();
        if (!found.ok) {
          reportError(found.error);
          return false;
        }
        const { dataset, lost } = found.value;
        if (lost.length > 0) store.getState().addSessionNotices(lost.map((l) => ({ kind: "lost" as const, label: l.label, reason: l.reason })));
        if (!dataset) return false;
        const mappings = dataset.mappings ?? {};
        if (await loader.load(savedToBuffers(dataset), dataset.label, { restored: true, mappings, onView: applyBundleView })) {
          last = { files: dataset.files, label: dataset.label, mappings };
          return true;
        }
        await sessions().remove(dataset.id);
        store.getState().addSessionNotices([{ kind: "nothing-valid", label: dataset.label }]);
      }
      return false;
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
    currentAddress,
    loadUnsaved(buffers, label) {
      last = { files: savedFilesFromBuffers(buffers), label, mappings: {} };
      return loader.load(buffers, label);
    },

    resetView(reason) {
      // The data and the language stay; only how the data is shown goes back to the start.
      const { lang: _lang, ...patch } = stateOfView(defaultView()).patch;
      store.setState(patch);
      url.write(new URLSearchParams());
      void sessions().saveSettings({ ...defaultView(), lang: store.getState().lang });
      store.getState().addSessionNotices([{ kind: "view-reset", reason }]);
    },
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
