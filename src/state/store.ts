import { createStore } from "zustand/vanilla";
import type { Dataset, ImportReport } from "../model/types.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { Lang } from "../i18n/index.ts";
import { createFlowSlice, type FlowSlice } from "./flowSlice.ts";
import { createAnalyticsSlice, type AnalyticsSlice } from "./analyticsSlice.ts";
import { createExploreSlice, type ExploreSlice } from "./exploreSlice.ts";
import { NO_FILTER } from "../graph/filters/types.ts";
import { browserUrl } from "./url/location.ts";

export type ViewMode = "map" | "force";

/** Label of the embedded sample; its known-clean report does not pop up on start. */
export const SAMPLE_LABEL = "sample";

export interface LoadState {
  phase: "idle" | "reading" | "building" | "error";
  /** 0..1 within the phase. */
  progress: number;
  files: string[];
  error?: string;
}

export interface LayoutState {
  running: boolean;
  done: number;
  total: number;
}

export interface DatasetSlice {
  /** Companies, label and report of what is shown; `links` is emptied once the graph holds them. */
  dataset: Dataset | null;
  graph: SupplyGraph | null;
  /** Bumped whenever a new graph replaces the old one. */
  graphVersion: number;
  load: LoadState;
  /** Report of the latest load, also when it yielded nothing and the shown data stayed. */
  report: ImportReport | null;
  reportOpen: boolean;
  setLoad: (load: LoadState) => void;
  setData: (dataset: Dataset, graph: SupplyGraph) => void;
  /** A load that found nothing valid: keep what is shown, show why. */
  setEmptyLoad: (report: ImportReport, files: string[]) => void;
  setReportOpen: (open: boolean) => void;
}

export interface ViewSlice {
  mode: ViewMode;
  lang: Lang;
  layout: LayoutState;
  /** Stop or rerun the force layout; the view reacts to each new seq. */
  layoutCommand: { kind: "run" | "stop"; seq: number };
  commandLayout: (kind: "run" | "stop") => void;
  setMode: (mode: ViewMode) => void;
  setLang: (lang: Lang) => void;
  setLayout: (layout: Partial<LayoutState>) => void;
}

export interface SelectionSlice {
  hovered: string | null;
  selected: string | null;
  hover: (id: string | null) => void;
  select: (id: string | null) => void;
}

export type AtlasState = DatasetSlice & ViewSlice & SelectionSlice & FlowSlice & AnalyticsSlice & ExploreSlice;

const IDLE_LAYOUT: LayoutState = { running: false, done: 0, total: 0 };

export function createAtlasStore(initial: Partial<Pick<AtlasState, "lang" | "mode">> = {}) {
  return createStore<AtlasState>()((set, get, api) => ({
    ...createFlowSlice(set, get, api),
    ...createAnalyticsSlice(set, get, api),
    ...createExploreSlice(set, get, api),
    dataset: null,
    graph: null,
    graphVersion: 0,
    load: { phase: "idle", progress: 0, files: [] },
    report: null,
    reportOpen: false,
    setLoad: (load) => set({ load }),
    setEmptyLoad: (report, files) =>
      set({ report, reportOpen: true, load: { phase: "error", progress: 0, files, error: "nothing" } }),
    setData: (dataset, graph) =>
      set((state) => ({
        dataset,
        graph,
        graphVersion: state.graphVersion + 1,
        report: dataset.report,
        load: { phase: "idle", progress: 1, files: state.load.files },
        // A load with problems opens its report; a clean one does not interrupt.
        reportOpen: dataset.report.rejected.length + dataset.report.warnings.length > 0 && dataset.label !== SAMPLE_LABEL,
        selected: null,
        hovered: null,
        selectedDivisions: [],
        hoveredFlow: null,
        metrics: null,
        removal: null,
        focus: null,
        pathEnds: null,
        pathFrom: null,
        profileDivision: null,
        // Filters name industries and divisions of the old data; a new dataset starts unfiltered.
        filter: NO_FILTER,
        metricsStatus: { running: false, fraction: 0, step: "", error: null },
        mode: "map",
        layout: IDLE_LAYOUT,
      })),
    setReportOpen: (reportOpen) => set({ reportOpen }),

    mode: initial.mode ?? "map",
    lang: initial.lang ?? "ko",
    layout: IDLE_LAYOUT,
    layoutCommand: { kind: "stop", seq: 0 },
    commandLayout: (kind) => set((state) => ({ layoutCommand: { kind, seq: state.layoutCommand.seq + 1 } })),
    setMode: (mode) => set({ mode }),
    setLang: (lang) => set({ lang }),
    setLayout: (layout) => set((state) => ({ layout: { ...state.layout, ...layout } })),

    hovered: null,
    selected: null,
    hover: (hovered) => set({ hovered }),
    select: (selected) => set({ selected }),
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

let current: AtlasStore | null = null;

/** The app's single store; created on first use so tests can build their own with createAtlasStore. */
export function atlasStore(): AtlasStore {
  current ??= createAtlasStore(initialFromUrl());
  return current;
}

function initialFromUrl(): Partial<Pick<AtlasState, "lang">> {
  // The language applies before any data loads; the rest of the view waits for the data.
  const lang = browserUrl().read().get("lang");
  return lang === "en" || lang === "ko" ? { lang } : {};
}

