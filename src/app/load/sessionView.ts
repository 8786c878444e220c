import type { AtlasStore } from "../../state/store.ts";
import { decodeView, encodeView } from "../../state/view/codec.ts";
import { DATA_PARAM, viewParams } from "../../state/view/dataParam.ts";
import { knownFromDataset } from "../../state/view/known.ts";
import type { UrlAdapter } from "../../state/view/location.ts";
import { defaultView, stateOfView, viewOfState, type ViewState } from "../../state/view/schema.ts";
import { roundCamera } from "../../state/view/values.ts";
import type { SessionStore } from "../../state/persist/types.ts";
import type { AddressExtra } from "../addressFollower.ts";
import type { CameraService } from "../map/cameraService.ts";
import { createDataFingerprints } from "./dataFingerprint.ts";

/** The session's view: read from and put into the store and the camera, written as an address. */
export interface SessionViews {
  /** The view on screen now. */
  currentView(): ViewState;
  /** Puts a view into the store and the camera. */
  applyView(view: Partial<ViewState>): void;
  /** The view and what travels beside it (the scenes) as the address holds them. */
  addressOf(view: ViewState): URLSearchParams;
  /** The view, the scenes and the data's fingerprint, as a link carries them. */
  currentAddress(): URLSearchParams;
  /** A view a snapshot bundle carried (an address), through the same checks as a link. */
  applyBundleView(view: unknown): void;
  /** After drawing the view failed: back to the default view, and the saved settings and address that led there dropped. */
  resetView(reason: string): void;
  fingerprints: ReturnType<typeof createDataFingerprints>;
}

export function createSessionViews(store: AtlasStore, camera: CameraService, url: UrlAdapter, sessions: () => SessionStore, extra?: AddressExtra): SessionViews {
  const currentView = () => {
    const cam = camera.get();
    return viewOfState(store.getState(), cam ? roundCamera(cam) : null);
  };

  const applyView = (view: Partial<ViewState>) => {
    const { patch, camera: cam } = stateOfView(view);
    store.setState(patch);
    if (cam) camera.set(cam);
  };

  const addressOf = (view: ViewState) => {
    const params = encodeView(view);
    extra?.write(params);
    return params;
  };
  const fingerprints = createDataFingerprints();

  return {
    currentView,
    applyView,
    addressOf,
    fingerprints,
    currentAddress() {
      const params = addressOf(currentView());
      const fingerprint = fingerprints.peek(store.getState());
      if (fingerprint) params.set(DATA_PARAM, fingerprint);
      return params;
    },

    applyBundleView(view) {
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
