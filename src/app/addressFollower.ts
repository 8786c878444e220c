// The address bar and the screen in step: the first address (or the saved settings) is applied
// once the first data is shown, a link pasted into the tab is followed, and every change of the
// view is written back. A link made for other data waits, unapplied, until its data is loaded
// (pendingLink): a fresh browser shows the sample, and a planner's filters must not land on it.
import type { AtlasStore } from "../state/store.ts";
import { linksJoined } from "../state/store.ts";
import { decodeView, encodeView, formatQuery, type DecodedView } from "../state/view/codec.ts";
import { DATA_PARAM, namesOtherData, readDataParam, viewParams } from "../state/view/dataParam.ts";
import { knownFromDataset } from "../state/view/known.ts";
import type { UrlAdapter } from "../state/view/location.ts";
import { completeView, defaultView, type ViewState } from "../state/view/schema.ts";
import type { SessionStore, StoreError } from "../state/persist/types.ts";
import { fingerprintCompanies } from "../graph/build/dataIdentity.ts";
import type { CameraService } from "./map/cameraService.ts";
import type { DataFingerprints } from "./load/dataFingerprint.ts";
import type { UrlNotice } from "../state/view/values.ts";

const WRITE_DELAY_MS = 400;

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

export interface AddressFollowerDeps {
  store: AtlasStore;
  camera: CameraService;
  url: UrlAdapter;
  sessions: () => SessionStore;
  extra: AddressExtra | undefined;
  fingerprints: DataFingerprints;
  currentView(): ViewState;
  addressOf(view: ViewState): URLSearchParams;
  applyView(view: Partial<ViewState>): void;
  reportError(error: StoreError): void;
}

type Mode = "first" | "changed" | "recheck";

/** A link made for other data, kept until its data is loaded. */
interface Pending {
  params: URLSearchParams;
  /** While its text is still in the address bar: it stays there (a reload or a copy still has the link) until the user changes what is shown, from `heldView` on. */
  held: boolean;
  heldView: string;
  /** While new data is compared with the link: a write then would drop the link too early. */
  checking: boolean;
}

interface Following {
  initialQuery: URLSearchParams;
  /** Set once the first address was applied: from then on every change of the view is written. */
  applied: boolean;
  /** Once the first address is queued, a pasted one queues behind it instead of replacing it. */
  firstQueued: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The address as last read or written, so the app's own writes are not taken for a pasted link. */
  lastAddress: string;
  pending: Pending | null;
  /** Addresses are applied one at a time, in the order they came. */
  applying: Promise<void>;
  /** How many were queued: a write begun before one was applied must not put the old view back. */
  addresses: number;
}

/** Starts following the address; returns the function that stops it. */
export function followAddress(deps: AddressFollowerDeps): () => void {
  const { store, camera, url } = deps;
  const initialQuery = url.read();
  const f: Following = {
    initialQuery,
    applied: false,
    firstQueued: false,
    timer: undefined,
    lastAddress: formatQuery(initialQuery),
    pending: null,
    applying: Promise.resolve(),
    addresses: 0,
  };
  const unsubscribe = store.subscribe((state, previous) => onStateChange(deps, f, state, previous));
  const offMove = camera.onMove(() => scheduleWrite(deps, f));
  // A link pasted into this tab, or the address edited by hand: the view follows.
  const offListen = url.listen?.(() => {
    const params = url.read();
    const text = formatQuery(params);
    if (text === f.lastAddress) return;
    f.lastAddress = text;
    if (!f.firstQueued) f.initialQuery = params;
    else applyInOrder(deps, f, params, "changed");
  });
  return () => {
    unsubscribe();
    offMove();
    offListen?.();
    clearTimeout(f.timer);
  };
}

type AtlasState = ReturnType<AtlasStore["getState"]>;

function onStateChange(deps: AddressFollowerDeps, f: Following, state: AtlasState, previous: AtlasState): void {
  if (!f.applied && !f.firstQueued && state.graphVersion >= 1 && previous.graphVersion === 0) {
    // After the map's own listener has framed the new graph, or it would undo the camera.
    f.firstQueued = true;
    setTimeout(() => applyInOrder(deps, f, f.initialQuery, "first"), 0);
    return;
  }
  if (previous.pendingLink && !state.pendingLink && f.pending) {
    // Dismissed: the address follows the screen again.
    f.pending = null;
    scheduleWrite(deps, f);
    return;
  }
  if (f.pending && state.graphVersion !== previous.graphVersion && state.dataset !== previous.dataset && !linksJoined(state, previous)) {
    // New data: if it is the link's, the link is shown now (after the map has framed it).
    const link = f.pending.params;
    f.pending.checking = true;
    setTimeout(() => applyInOrder(deps, f, link, "recheck"), 0);
    return;
  }
  scheduleWrite(deps, f);
}

function applyInOrder(deps: AddressFollowerDeps, f: Following, params: URLSearchParams, mode: Mode): void {
  f.addresses++;
  f.applying = f.applying
    .then(() => applyAddress(deps, f, params, mode))
    .catch((error: unknown) => console.error("app/address: the address could not be applied", error))
    .finally(() => {
      // Whatever failed, the address follows the screen from here on, and no check is left open.
      f.applied = true;
      if (f.pending) f.pending.checking = false;
    });
}

function scheduleWrite(deps: AddressFollowerDeps, f: Following): void {
  if (!f.applied) return;
  clearTimeout(f.timer);
  f.timer = setTimeout(() => void writeNow(deps, f), WRITE_DELAY_MS);
}

async function writeNow(deps: AddressFollowerDeps, f: Following): Promise<void> {
  const { store } = deps;
  const state = store.getState();
  if (!state.graph) return;
  const view = deps.currentView();
  if (f.pending?.held) {
    if (f.pending.checking || formatQuery(encodeView(view)) === f.pending.heldView) return;
    f.pending.held = false;
  }
  const params = deps.addressOf(view);
  const since = f.addresses;
  const fingerprint = await deps.fingerprints.of(state);
  // Other data came meanwhile (the write it brings names that data), or an address was applied
  // (pasted): its own write follows, and this one would overwrite it with the old view.
  if (store.getState().dataset !== state.dataset || f.addresses !== since) return;
  if (fingerprint) params.set(DATA_PARAM, fingerprint);
  f.lastAddress = formatQuery(params);
  deps.url.write(params);
  void deps
    .sessions()
    .saveSettings(view)
    .then((result) => (result.ok ? undefined : deps.reportError(result.error)));
}

/** Whether `params` (decoded as `decoded` against the data shown) was made for that data. */
async function madeForShown(deps: AddressFollowerDeps, params: URLSearchParams, decoded: DecodedView): Promise<boolean> {
  const { fingerprint } = readDataParam(params);
  if (fingerprint) return fingerprint === (await deps.fingerprints.of(deps.store.getState()));
  // A link from before fingerprints: another's when it names what this data lacks.
  return !namesOtherData(decoded.notices);
}

function showNotices(store: AtlasStore, notices: DecodedView["notices"]): void {
  if (notices.length > 0 || store.getState().urlNotices.length > 0) store.getState().setNotices(notices, store.getState().storageError);
}

/**
 * Shows what `params` says: the whole view (what it leaves out takes its default, so the
 * address and the screen agree), or, without any parameter on the first start, the saved
 * settings. A link made for other data is kept (pending) and said so: one that names its
 * data's fingerprint is not applied at all; an older one without it (which may as well be
 * mistyped) has what fits applied, with a notice for the rest, as links always had. When new
 * data comes (`recheck`), a pending link is applied only if it is that data's.
 */
async function applyAddress(deps: AddressFollowerDeps, f: Following, params: URLSearchParams, mode: Mode): Promise<void> {
  const { store, sessions, extra } = deps;
  const dataset = store.getState().dataset;
  // After each wait: other data came (it brings its own recheck), or the waiting link was
  // dismissed or replaced meanwhile; what was decided for the old state no longer holds. A
  // stale recheck is done; another address is read again against the data now shown.
  const stale = () => store.getState().dataset !== dataset || (mode === "recheck" && f.pending?.params !== params);
  const again = () => {
    if (mode !== "recheck") applyInOrder(deps, f, params, mode);
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
  } else {
    const made = await madeForShown(deps, params, decoded);
    if (stale()) return again();
    if (!made) {
      store.getState().setPendingLink({ companies: data.fingerprint ? fingerprintCompanies(data.fingerprint) : null, partly: !data.fingerprint && mode !== "recheck" });
      keep = true;
      if (data.fingerprint || mode === "recheck") return holdLink(deps, f, params, mode, data.fingerprint !== null);
    }
  }
  f.pending = keep ? { params, held: false, heldView: "", checking: false } : null;
  if (!keep && store.getState().pendingLink) store.getState().setPendingLink(null);
  // On the first start the store holds the defaults, and what the user did while the address
  // was read (a search in the first second) stays; a later address is the whole view.
  deps.applyView(mode === "first" ? decoded.view : completeView(decoded.view));
  showNotices(store, [...decoded.notices, ...(data.notice ? [data.notice] : []), ...((await extra?.read(params)) ?? [])]);
  f.applied = true;
  // Written back at once, in the app's own words: a view from the saved settings or a
  // hand-written link then shows in the address as it shows on screen.
  scheduleWrite(deps, f);
}

/** A link never applied to data it was not made for (a fresh browser's sample): kept, and said so. */
function holdLink(deps: AddressFollowerDeps, f: Following, params: URLSearchParams, mode: Mode, named: boolean): void {
  const held = f.pending?.params === params ? f.pending.held : named;
  f.pending = { params, held, heldView: formatQuery(encodeView(deps.currentView())), checking: false };
  // What the link named is not looked for in this data: nothing to list.
  if (mode !== "recheck") showNotices(deps.store, []);
  f.applied = true;
  // The link left the address already (the view was changed): the address follows the screen.
  if (!held) scheduleWrite(deps, f);
}
