// The composition root: one per app instance (main.tsx makes one; tests make as many as they
// like, and nothing is shared between them). It owns the store, the derived state and the
// long-running services, and hands the renderer and the components a read-only store, the
// derived values and actions.
import type { NamedBuffer } from "../model/types.ts";
import { createAtlasStore, type AtlasReadStore, type AtlasState, type AtlasStore } from "../state/store.ts";
import { browserUrl, type UrlAdapter } from "../state/view/location.ts";
import { createSessionStore } from "../state/persist/sessionStore.ts";
import { idbBackend, type KvBackend } from "../state/persist/backend.ts";
import type { SavedDatasetInfo, SessionStore, StoreResult } from "../state/persist/types.ts";
import { createParser } from "../workers/parse/parseClient.ts";
import { facetsInWorker, type FacetsPort } from "../workers/facets/facetsClient.ts";
import { createFacetsService, type FacetsService } from "./facetsService.ts";
import { sortInWorker, type SortPort } from "../workers/sort/sortClient.ts";
import { createTableSortService, type TableSortService } from "./tableSortService.ts";
import { runMetricsInWorker } from "../workers/metrics/metricsClient.ts";
import { startForceLayout } from "../workers/force/forceClient.ts";
import { createDerived, type Derived } from "./derived.ts";
import { createLoader, filesToBuffers, type ParseFn } from "./load/loader.ts";
import { createMetricsService, type RunMetricsFn } from "./metricsService.ts";
import { createLayoutService, type LayoutService, type StartForceFn } from "./map/layoutService.ts";
import { createCameraService, type CameraService } from "./map/cameraService.ts";
import { createScenesService, type ScenesService } from "./present/scenesService.ts";
import { createScenesStore, type ScenesStore } from "../state/persist/scenesStore.ts";
import { createSessionService, localStorageHint, type SavedHint, type SessionService } from "./load/sessionService.ts";
import { createMappingService, localStorageMappings, type MappingMemory, type MappingService, type PreviewFn } from "./load/mappingService.ts";
import { localStorageTheme, type ThemeMemory } from "./present/themeMemory.ts";
import { previewInWorker } from "../workers/mapping/mappingClient.ts";
import { exportInWorker } from "../workers/export/exportClient.ts";
import { createDrawnPort, type DrawnPort } from "./map/drawnPort.ts";
import { createExportService, type ExportFn, type ExportService } from "./exportService.ts";
import { createSummaryService, type MakeSummaryPort, type SummaryService } from "./summary/summaryService.ts";
import { startSummaryWhatIf } from "./summary/summaryWhatIfService.ts";
import { createDrawingSeed } from "./load/drawingSeed.ts";

/** The app's version, from package.json at build time (vite's define); files it writes say which app wrote them. */
declare const __APP_VERSION__: string;
const APP_VERSION = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";

/** The store's own actions (every function in its state). */
export type StoreActions = { [K in keyof AtlasState as AtlasState[K] extends (...args: never[]) => unknown ? K : never]: AtlasState[K] };

export interface AppActions extends StoreActions {
  /** Reads files the user chose and keeps them in this browser. */
  loadFiles(files: readonly File[]): Promise<void>;
  listSaved(): Promise<StoreResult<SavedDatasetInfo[]>>;
  loadSaved(id: string): Promise<void>;
  clearSaved(): Promise<StoreResult<void>>;
  ensureMetrics(betweenness?: "auto" | "exact"): void;
  /** Drawing the view failed: reset it (the data stays) so the app starts again, and say so. */
  recoverView(reason: string): void;
  /** Esc: steps back one thing at a time (path, supply chain, company, divisions). */
  stepBack(): void;
}

/** What render/ and ui/ receive: read the state, read derived values, act. */
export interface AtlasViewModel {
  store: AtlasReadStore;
  derived: Derived;
  actions: AppActions;
  camera: CameraService;
  layout: LayoutService;
  mapping: MappingService;
  drawn: DrawnPort;
  exports: ExportService;
  scenes: ScenesService;
  /** Summary mode: search, sort and ranking over every company of an opened summary bundle. */
  summary: SummaryService;
  /** The filter panel's counts, in a worker for big networks. */
  facets: FacetsService;
  /** The data table's sorting, in a worker for big tables. */
  tableSort: TableSortService;
}

export interface AtlasApp extends AtlasViewModel {
  /** The writable store, for the app's own services and for tests. */
  writableStore: AtlasStore;
  session: SessionService;
  /** Starts the address and storage sync, then shows the user's last files or the sample. */
  start(sample: () => NamedBuffer[], sampleLabel: string): Promise<void>;
  dispose(): void;
}

export interface AppDeps {
  url?: UrlAdapter;
  parse?: ParseFn;
  runMetrics?: RunMetricsFn;
  startForce?: StartForceFn;
  sessions?: SessionStore;
  hint?: SavedHint;
  mappings?: MappingMemory;
  /** Where the colour theme is kept (tests: memoryTheme()); localStorage by default. */
  theme?: ThemeMemory;
  preview?: PreviewFn;
  exportFn?: ExportFn;
  /** Where scenes are kept (tests: memoryBackend()); IndexedDB by default. */
  sceneBackend?: KvBackend;
  /** The summary worker (tests: inProcessSummary); a Web Worker by default. */
  summaryPort?: MakeSummaryPort;
  /** The facets worker (tests: facetsJob behind the same port); a Web Worker by default. */
  facetsPort?: () => FacetsPort;
  /** The table's sort worker; a Web Worker where there are workers, else sorting stays in the caller. */
  sortPort?: (() => SortPort) | null;
}

function storeActions(state: AtlasState): StoreActions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) if (typeof value === "function") out[key] = value;
  return out as StoreActions;
}

export function createAtlasApp(deps: AppDeps = {}): AtlasApp {
  const url = deps.url ?? browserUrl();
  // The language applies before any data loads; the rest of the view waits for the data.
  const lang = url.read().get("lang");
  // The theme a presenter chose comes back after a reload (render/theme.ts applies it to the page).
  const themeMemory = deps.theme ?? localStorageTheme();
  const store = createAtlasStore({ ...(lang === "en" || lang === "ko" ? { lang } : {}), theme: themeMemory.read() });
  // On the page before the first paint, not when the map mounts: a dark room sees no light flash.
  if (typeof document !== "undefined") document.documentElement.dataset.theme = store.getState().theme;
  const stopTheme = store.subscribe((state, previous) => {
    if (state.theme !== previous.theme) themeMemory.write(state.theme);
  });
  const derived = createDerived();
  const camera = createCameraService(store);
  const layout = createLayoutService(store, deps.startForce ?? startForceLayout);
  // A loaded bundle's positions and communities, shown instead of computed anew.
  const drawingSeed = createDrawingSeed(layout);
  const metrics = createMetricsService(store, deps.runMetrics ?? runMetricsInWorker, drawingSeed.communities);
  // Owned by this app instance: it keeps the next parse worker started ahead of need.
  const parser = deps.parse ? null : createParser();
  const loader = createLoader(store, derived, deps.parse ?? parser!.parse, undefined, drawingSeed.take);
  // Opened on first use, so a first visit and Node tests never touch IndexedDB.
  let sessions = deps.sessions ?? null;
  const hint = deps.hint ?? localStorageHint();
  let scenesStore: ScenesStore | null = null;
  const scenes = createScenesService({
    store,
    camera,
    // The session service below is created next; these run only after start().
    view: { current: () => session.currentView(), apply: (view) => session.applyView(view) },
    storage: () => (scenesStore ??= createScenesStore(deps.sceneBackend ?? idbBackend())),
  });
  const session = createSessionService({
    store,
    camera,
    loader,
    url,
    sessions: () => (sessions ??= createSessionStore(idbBackend())),
    hint,
    extra: scenes.address,
  });
  const mapping = createMappingService(session, deps.mappings ?? localStorageMappings(), deps.preview ?? previewInWorker);
  const drawn = createDrawnPort();
  const summary = createSummaryService(store, deps.summaryPort);
  const exports = createExportService({ store, derived, session, drawn, run: deps.exportFn ?? exportInWorker, appVersion: APP_VERSION, summary });
  const facets = createFacetsService(deps.facetsPort ?? facetsInWorker);
  const tableSort = createTableSortService(deps.sortPort !== undefined ? deps.sortPort : typeof Worker === "undefined" ? null : sortInWorker);
  let stopSync: (() => void) | null = null;
  let stopScenes: (() => void) | null = null;
  let stopSummary: (() => void) | null = null;

  const actions: AppActions = {
    ...storeActions(store.getState()),
    async loadFiles(files) {
      if (files.length === 0) return;
      const label = files.map((f) => f.name).join(", ");
      // Marked before the bytes are even read: a page closed from here on is told about on the next start.
      hint.setPending(label);
      await session.loadAndKeep(await filesToBuffers(files), label, mapping.remembered());
    },
    listSaved: () => session.list(),
    loadSaved: (id) => session.loadSaved(id),
    clearSaved: () => session.clear(),
    ensureMetrics: (betweenness) => metrics.ensure(betweenness),
    recoverView: (reason) => session.resetView(reason),
    stepBack() {
      const s = store.getState();
      if (s.pathEnds || s.pathFrom) s.setPathEnds(null);
      else if (s.focus) s.setFocus(null);
      else if (s.selected) s.select(null);
      else s.toggleDivision(null);
    },
  };

  return {
    store,
    writableStore: store,
    derived,
    actions,
    camera,
    layout,
    scenes,
    session,
    mapping,
    drawn,
    exports,
    summary,
    facets,
    tableSort,
    async start(sample, sampleLabel) {
      parser?.primeWith(sample);
      stopSync = session.start();
      stopScenes = scenes.start();
      const stopTable = summary.start();
      const stopWhatIf = startSummaryWhatIf(store, summary);
      stopSummary = () => {
        stopTable();
        stopWhatIf();
      };
      const restored = await session.restore().catch(() => false);
      // A saved session that no longer loads must not leave the page empty.
      if (!restored) await session.loadUnsaved(sample(), sampleLabel);
    },
    dispose() {
      stopTheme();
      parser?.dispose();
      facets.dispose();
      tableSort.dispose();
      stopSync?.();
      stopScenes?.();
      stopSummary?.();
      summary.dispose();
      layout.dispose();
      metrics.dispose();
    },
  };
}
