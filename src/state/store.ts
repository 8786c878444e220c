import { createStore } from "zustand/vanilla";
import { SAMPLE_LABEL, type Dataset, type ImportReport } from "../model/types.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { LinksInSightStatus } from "../graph/filters/linksInSight.ts";
import type { SummaryData } from "../graph/summary/columns.ts";
import type { Lang } from "../i18n/index.ts";
import { createFlowSlice, type FlowSlice } from "./flowSlice.ts";
import { createAnalyticsSlice, IDLE_METRICS, type AnalyticsSlice } from "./analyticsSlice.ts";
import { createExploreSlice, type ExploreSlice } from "./exploreSlice.ts";
import { createPresentSlice, type PresentSlice } from "./presentSlice.ts";
import { createSummarySlice, type SummarySlice } from "./summarySlice.ts";
import { dataResetPatch, storedDefaults, type AnalyticsUi, type StoredView } from "./view/schema.ts";
import type { ViewMode } from "./view/values.ts";
import { dataShown, egoShown, failed, IDLE_STAGE, linksBuilt, linksPending, linksRead, progressed, type DataStage, type LoadProgress, type LoadStage } from "./loadStage.ts";

export type { ViewMode };

export interface LayoutState {
  running: boolean;
  done: number;
  total: number;
}

export interface DatasetSlice {
  /** Companies, label and report of what is shown; `links` is emptied once the graph holds them. */
  dataset: Dataset | null;
  graph: SupplyGraph | null;
  /**
   * Set when a summary bundle was opened (summary mode): every company's numbers and the
   * nation's flows, while `graph` holds only the ego networks the bundle carries.
   */
  summary: SummaryData | null;
  /** Bumped whenever a new graph replaces the old one. */
  graphVersion: number;
  /**
   * Where the load is in its life cycle (state/loadStage.ts): its progress or error, and whether
   * `graph` holds a big network's companies without their links yet (`linksPending(stage)`,
   * `linksReading(stage)`): whatever counts or follows links waits for `setLinks`.
   */
  loadStage: LoadStage;
  /**
   * On a network with more links than the map draws, how many company links it draws of those
   * in sight (render/bindings/linksInSightView.ts); null while it draws every link the view shows.
   */
  linksInSight: LinksInSightStatus | null;
  setLinksInSight: (status: LinksInSightStatus | null) => void;
  /** Report of the latest load, also when it yielded nothing and the shown data stayed. */
  report: ImportReport | null;
  reportOpen: boolean;
  /** The load in flight reports progress; its start is reading at 0. */
  setLoadProgress: (progress: LoadProgress) => void;
  /** The load failed: what is shown stays, beside the error. */
  setLoadError: (files: string[], error: string) => void;
  /** New data on screen; `stage` says whether it is whole or a big network's companies with their links to come. */
  setData: (dataset: Dataset, graph: SupplyGraph, summary?: SummaryData | null, stage?: DataStage) => void;
  /**
   * The links of companies shown while they were read (`before`) are read: the whole dataset
   * and report, and `graph`, the same companies with the flows known. The links are still to
   * be built (setLinks). View settings and selection stay. False when other data replaced `before`.
   */
  setLinksRead: (before: SupplyGraph, dataset: Dataset, graph: SupplyGraph) => boolean;
  /**
   * The whole graph of data shown with its companies alone (`before`): swapped in keeping every
   * view setting, selection and what-if the user set meanwhile (the companies are the same).
   * False (and nothing changes) when other data replaced `before`.
   */
  setLinks: (before: SupplyGraph, graph: SupplyGraph) => boolean;
  /**
   * A summary's ego networks, built after its nation was shown with `before`: swaps in the
   * graph and the full report, keeping every view setting the user changed meanwhile.
   * False (and nothing changes) when other data replaced `before`.
   */
  setSummaryEgo: (before: SummaryData, dataset: Dataset, graph: SupplyGraph, summary: SummaryData) => boolean;
  /**
   * The summary's company table, read after its map was drawn: replaces `before` (if still
   * shown) by `after`, and adds the table's row problems to the import report.
   */
  setSummaryTable: (before: SummaryData, after: SummaryData, issues: Pick<ImportReport, "rejected" | "warnings">) => void;
  /** A load that found nothing valid: keep what is shown, show why. */
  setEmptyLoad: (report: ImportReport, files: string[]) => void;
  setReportOpen: (open: boolean) => void;
}

export interface ViewSlice {
  layout: LayoutState;
  /** Stop or rerun the force layout; the layout service reacts to each new seq. */
  layoutCommand: { kind: "run" | "stop"; seq: number };
  /** The camera is closer than the national view; written by the camera service, read by the draw level. */
  zoomedIn: boolean;
  /** Closer still: a few municipalities fill the view (app/map/drawLevel.ts CLOSE_LEVEL_RATIO). */
  zoomedClose: boolean;
  commandLayout: (kind: "run" | "stop") => void;
  setMode: (mode: ViewMode) => void;
  setLang: (lang: Lang) => void;
  setLayout: (layout: Partial<LayoutState>) => void;
  setZoomedIn: (zoomedIn: boolean, zoomedClose?: boolean) => void;
}

export interface SelectionSlice {
  hovered: string | null;
  hover: (id: string | null) => void;
  select: (id: string | null) => void;
}

/** The view settings (declared in view/schema.ts) plus the slices' own state and actions. */
export type AtlasState = StoredView & AnalyticsUi & DatasetSlice & ViewSlice & SelectionSlice & FlowSlice & AnalyticsSlice & ExploreSlice & PresentSlice & SummarySlice;

const IDLE_LAYOUT: LayoutState = { running: false, done: 0, total: 0 };

/** What is computed from a graph's links: metrics and the force layout start afresh with other links. */
const linkWorkReset = () => ({ metrics: null, metricsStatus: IDLE_METRICS, layout: IDLE_LAYOUT }) as const;
/** What belongs to one graph: hover, what-if and path too start afresh with another. */
const graphWorkReset = () => ({ ...linkWorkReset(), hovered: null, removal: null, pathEnds: null, pathFrom: null }) as const;
/**
 * Whether `state` only carries on the load `previous` showed: a big network's links read or built
 * for the companies already on screen (setLinksRead, setLinks). The same data, not a new load.
 */
export const linksJoined = (state: Pick<AtlasState, "dataset">, previous: Pick<AtlasState, "dataset" | "loadStage">): boolean =>
  linksPending(previous.loadStage) && state.dataset !== null && state.dataset.companies === previous.dataset?.companies;
/** A load with problems opens its report; a clean one, and the sample, do not interrupt. */
const opensReport = (dataset: Dataset) => dataset.report.rejected.length + dataset.report.warnings.length > 0 && dataset.label !== SAMPLE_LABEL;

export function createAtlasStore(initial: Partial<Pick<AtlasState, "lang" | "mode" | "theme">> = {}) {
  const { theme, ...rest } = initial;
  return createStore<AtlasState>()((set, get, api) => ({
    ...storedDefaults(),
    ...rest,
    ...createFlowSlice(set, get, api),
    ...createAnalyticsSlice(set, get, api),
    ...createExploreSlice(set, get, api),
    ...createPresentSlice(set, get, api),
    // After the slice that holds it, which starts light.
    ...(theme ? { theme } : {}),
    ...createSummarySlice(set, get, api),
    dataset: null,
    graph: null,
    summary: null,
    graphVersion: 0,
    loadStage: IDLE_STAGE,
    linksInSight: null,
    setLinksInSight: (linksInSight) => set({ linksInSight }),
    report: null,
    reportOpen: false,
    setLoadProgress: (progress) => set((state) => ({ loadStage: progressed(state.loadStage, progress) })),
    setLoadError: (files, error) => set((state) => ({ loadStage: failed(state.loadStage, files, error) })),
    setEmptyLoad: (report, files) => set((state) => ({ report, reportOpen: true, loadStage: failed(state.loadStage, files, "nothing") })),
    setData: (dataset, graph, summary = null, stage = "whole") =>
      set((state) => ({
        // View settings that name the old data's companies, divisions or industries (view/schema.ts).
        ...dataResetPatch(),
        dataset,
        graph,
        summary,
        summaryPick: null,
        summaryError: null,
        summaryImpact: null,
        graphVersion: state.graphVersion + 1,
        // Links still being read or built: the load goes on showing its progress until setLinks.
        loadStage: dataShown(state.loadStage, stage),
        report: dataset.report,
        // A load with problems opens its report (once it is whole); a clean one does not interrupt.
        reportOpen: stage !== "linksReading" && opensReport(dataset),
        ...graphWorkReset(),
        hoveredFlow: null,
        profileDivision: null,
      })),
    setSummaryEgo: (before, dataset, graph, summary) => {
      const state = get();
      if (state.summary !== before || !state.dataset) return false;
      const old = state.dataset.report;
      const more = dataset.report.rejected.length + dataset.report.warnings.length > old.rejected.length + old.warnings.length;
      set({
        dataset, graph, summary, graphVersion: state.graphVersion + 1, loadStage: egoShown(state.loadStage), report: dataset.report, reportOpen: state.reportOpen || more,
        // The nation's flows and the view stay; nothing could be hovered or computed on its empty graph.
        ...graphWorkReset(),
      });
      return true;
    },
    setLinks: (before, graph) => {
      const state = get();
      const loadStage = linksBuilt(state.loadStage);
      if (state.graph !== before || !loadStage) return false;
      // The companies are the same, so hover, what-if and path stay; nothing was computed from links meanwhile.
      set({ graph, graphVersion: state.graphVersion + 1, loadStage, ...linkWorkReset() });
      return true;
    },
    setLinksRead: (before, dataset, graph) => {
      const state = get();
      const loadStage = linksRead(state.loadStage);
      if (state.graph !== before || !loadStage) return false;
      set({
        dataset, graph, graphVersion: state.graphVersion + 1, loadStage, report: dataset.report, reportOpen: state.reportOpen || opensReport(dataset),
        ...linkWorkReset(),
      });
      return true;
    },
    setReportOpen: (reportOpen) => set({ reportOpen }),
    setSummaryTable: (before, after, issues) =>
      set((state) => {
        if (state.summary !== before || !state.dataset) return {};
        const old = state.dataset.report;
        const report = { ...old, rejected: [...old.rejected, ...issues.rejected], warnings: [...old.warnings, ...issues.warnings] };
        const more = issues.rejected.length + issues.warnings.length > 0;
        return { summary: after, dataset: { ...state.dataset, report }, report, reportOpen: state.reportOpen || more };
      }),

    layout: IDLE_LAYOUT,
    layoutCommand: { kind: "stop", seq: 0 },
    zoomedIn: false,
    zoomedClose: false,
    commandLayout: (kind) => set((state) => ({ layoutCommand: { kind, seq: state.layoutCommand.seq + 1 } })),
    setMode: (mode) => set({ mode }),
    setLang: (lang) => set({ lang }),
    setLayout: (layout) => set((state) => ({ layout: { ...state.layout, ...layout } })),
    setZoomedIn: (zoomedIn, zoomedClose = false) => set({ zoomedIn, zoomedClose: zoomedIn && zoomedClose }),

    hovered: null,
    hover: (hovered) => set({ hovered }),
    select: (selected) => set({ selected }),
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
/** What render/ and ui/ get: read and subscribe; changes go through actions. */
export type AtlasReadStore = Pick<AtlasStore, "getState" | "subscribe" | "getInitialState">;
