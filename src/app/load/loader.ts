import { MultiDirectedGraph } from "graphology";
import { graphBuilder } from "../../graph/build/buildGraph.ts";
import { companiesAgain, companiesOnly, drawCompaniesAs } from "../../graph/build/companiesOnly.ts";
import type { CompanyNode, LinkEdge, Point, SupplyGraph } from "../../graph/types.ts";
import type { SummaryData } from "../../graph/summary/columns.ts";
import type { NamedBuffer } from "../../model/types.ts";
import type { ParsedData } from "../../workers/parse/parseClient.ts";
import type { AtlasStore } from "../../state/store.ts";
import type { LoadProgress } from "../../state/loadStage.ts";
import type { Derived } from "../derived.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import { nextBackgroundTask, nextBudget, stepInBackground } from "../../schedule/ownTask.ts";
import { filterColumnsBuilder } from "../../graph/filters/filterColumns.ts";
import { untilPresented } from "../present/presented.ts";
import { mostlyUnplaced } from "../../model/unplaced.ts";
import type { ReadDrawing } from "../../io/snapshot/drawing.ts";

/** Takes a bundle's drawing for the graph just shown (app/load/drawingSeed.ts), before its view applies. */
export type DrawingSink = (drawing: ReadDrawing, graph: SupplyGraph) => void;

/** Main-thread work per slice: well under the 50 ms that counts as a long task. */
const SLICE_MS = 30;
/** How often the building progress is shown. */
const PROGRESS_EVERY_MS = 250;
/** Once the companies are on the map, slices leave room for a frame every 16 ms. */
const SHOWN_SLICE_MS = 10;

/**
 * From this many links a load shows its companies (and the worker's division flows) first and
 * builds the links into the graph after: at 50k links that build is 0.3–0.45 s of the main
 * thread, at 500k 3.5–4.5 s, and the national view draws no company link. Below it the links
 * take under a tenth of a second, and a second handover would cost more than it saves.
 */
export const COMPANIES_FIRST_LINKS = 20_000;

export type ParseFn = (
  files: NamedBuffer[],
  label: string,
  onProgress: (fraction: number) => void,
  mappings?: MappingSet,
  /** A summary bundle's nation before its ego networks (parseClient); the full result follows. */
  onEarly?: (data: ParsedData) => void,
) => Promise<ParsedData>;

export interface LoadOptions {
  restored?: boolean;
  mappings?: MappingSet;
  /** Called with a view a snapshot bundle among the files carried, once its data is on screen. */
  onView?: (view: unknown) => void;
}

export interface Loader {
  /** Resolves true when the files gave a graph that is now shown; false when nothing valid was found, it failed, or a newer load replaced it. */
  load(files: NamedBuffer[], label: string, options?: LoadOptions): Promise<boolean>;
}

/**
 * Builds the parsed data into a graph in time slices; null when `current` says a newer load
 * took over. `onCompanies`, when given, gets the graph once every company is in and before
 * the first link; what it returns comes back as `shown` (undefined when it was not called: the
 * whole graph was built in one slice). `nodes`: companies already drawn, whose attribute
 * objects the graph takes.
 */
async function buildSliced<T>(
  data: ParsedData,
  current: () => boolean,
  onProgress: (fraction: number) => void,
  onCompanies?: (graph: SupplyGraph) => T,
  nodes?: SupplyGraph,
): Promise<{ graph: SupplyGraph; shown: T | undefined } | null> {
  const { dataset, positions, links } = data;
  const byId = new Map<string, Point>();
  dataset.companies.forEach((c, i) => byId.set(c.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }));
  const builder = graphBuilder(dataset, { positions: byId, links, ...(nodes ? { nodes } : {}) });
  let shown: T | undefined;
  let linksStarted = false;
  let sliceMs = SLICE_MS;
  // Measure throughput in the first slice, then size the rest to fit the slice.
  let budget = 2_000;
  for (;;) {
    if (!linksStarted && builder.companiesIn()) {
      linksStarted = true;
      // A link costs several times a company: measure again rather than carry the companies' pace over.
      budget = 2_000;
      if (onCompanies) {
        shown = onCompanies(builder.graph);
        sliceMs = SHOWN_SLICE_MS;
        budget = 500;
        // The map draws the companies in a task of its own before the links are added.
        await nextBackgroundTask();
        if (!current()) return null;
      }
    }
    const start = performance.now();
    if (builder.step(budget)) {
      // Handing the graph to the map is a task of its own, not the tail of the last slice.
      await nextBackgroundTask();
      return current() ? { graph: builder.graph, shown } : null;
    }
    budget = nextBudget(budget, performance.now() - start, sliceMs, 200);
    onProgress(builder.progress());
    await nextBackgroundTask();
    if (!current()) return null;
  }
}

/**
 * A big network's link columns (graph/filters/filterColumns.ts: the filtered flows and the map's
 * links in sight read them), built in background slices once its links are in, rather than
 * inside the first filter or level change (100–150 ms at 500k links).
 */
async function columnsAhead(graph: SupplyGraph, current: () => boolean): Promise<void> {
  await nextBackgroundTask();
  if (!current()) return;
  const builder = filterColumnsBuilder(graph);
  await nextBackgroundTask();
  if (!current()) return;
  if (await stepInBackground((budget) => builder.step(budget), current, { first: 20_000, sliceMs: SLICE_MS, least: 2_000 })) builder.result();
}

/**
 * Data most of whose companies have no division opens in the force view (the map would show
 * the lesser part of it); when such data is replaced by placed data (its divisions mapped)
 * while that force view is still shown, the map comes back. A snapshot's own view, applied
 * after this, still wins.
 */
function chooseMode(store: AtlasStore, wasUnplaced: boolean, unplaced: boolean): void {
  const { mode, setMode, nodeColorBy, setNodeColorBy } = store.getState();
  // Without divisions every company would be the same grey: communities tell them apart, as in Gephi.
  if (unplaced) {
    if (mode !== "force") setMode("force");
    if (nodeColorBy === "division") setNodeColorBy("community");
  } else if (wasUnplaced) {
    if (mode === "force") setMode("map");
    if (nodeColorBy === "community") setNodeColorBy("division");
  }
}

/** One load in flight: what its paths share. */
interface Run {
  store: AtlasStore;
  derived: Derived;
  names: string[];
  /** Whether this is still the latest load (the last load started wins, whichever finishes first). */
  current: () => boolean;
  /** Shows the load's progress, a few times a second at most; nothing once a summary's nation is shown. */
  progress: (step: LoadProgress["step"], fraction: number) => void;
  /**
   * Puts a change on screen once the change before it has been presented: null when a newer
   * load took over meanwhile. Under software WebGL a change made while a picture is still being
   * rasterised holds that picture back (the companies of 10k / 50k were drawn at 0.45 s and
   * reached the screen at 1.4 s, behind the flows and the links). The work behind a step
   * (reading, building) does not wait.
   */
  show: <T>(put: () => T) => Promise<T | null>;
}

function startRun(store: AtlasStore, derived: Derived, names: string[], current: () => boolean, presented: () => Promise<void>, quiet: () => boolean): Run {
  // At most a few updates a second: each one repaints the page, and under software rendering a
  // repaint over the map is a frame of 50 ms or more, taken from the worker reading the files
  // and from the first picture.
  let progressAt = -Infinity;
  const progress = (step: LoadProgress["step"], fraction: number) => {
    if (!current() || quiet()) return;
    const now = performance.now();
    if (now - progressAt < PROGRESS_EVERY_MS) return;
    progressAt = now;
    store.getState().setLoadProgress({ step, fraction });
  };
  let onScreen: Promise<void> = Promise.resolve();
  const show = <T>(put: () => T): Promise<T | null> => {
    const shownNow = onScreen.then(() => (current() ? put() : null));
    onScreen = shownNow.then(() => presented());
    return shownNow;
  };
  return { store, derived, names, current, progress, show };
}

/** What the worker sent ahead of its result (ParseFn `onEarly`), as shown. */
type Early =
  /** A very big network's companies, on the map while its links are read (ParsedData.part). */
  | { kind: "companies"; data: ParsedData; graph: Promise<SupplyGraph | null> }
  /** A summary bundle's nation, shown while its ego networks are read and built. */
  | { kind: "nation"; nation: SummaryData };

/** A load's data and the graph it put on screen. */
type Shown = { data: ParsedData; graph: SupplyGraph };

function showEarly(run: Run, early: ParsedData): Early | null {
  if (!run.current()) return null;
  if (early.part === "companies") return { kind: "companies", data: early, graph: companiesWhileReading(run, early) };
  if (!early.summary) return null;
  const graph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  run.derived.seedSummary(graph, early.summary);
  performance.mark("atlas:parsed");
  run.store.getState().setData({ ...early.dataset, links: [] }, graph, early.summary);
  const nation = run.store.getState().summary;
  return nation ? { kind: "nation", nation } : null;
}

/** The companies sent ahead of their links: their own companies-only graph, the one the map goes on drawing. */
async function companiesWhileReading(run: Run, early: ParsedData): Promise<SupplyGraph | null> {
  const built = await buildSliced(early, run.current, () => undefined);
  if (!built || !run.current()) return null;
  const { graph } = built;
  drawCompaniesAs(graph, graph);
  for (const matrix of early.flows) run.derived.seedFlowMatrix(graph, matrix);
  void run.show(() => run.store.getState().setData(early.dataset, graph, null, "linksReading"));
  return run.current() ? graph : null;
}

/** Marks the data read; false, with the load's report shown, when it holds nothing valid. */
function opened(run: Run, data: ParsedData, nationShown: boolean): boolean {
  if (!nationShown) performance.mark("atlas:parsed");
  // A summary bundle opens even when its ego networks are empty: the nation's numbers are the point.
  if (data.dataset.companies.length > 0 || data.summary) return true;
  run.store.getState().setEmptyLoad(data.dataset.report, run.names);
  return false;
}

/** The built graph, whole, replaces what is shown. */
function showWhole(run: Run, { data, graph }: Shown): Shown {
  const { dataset, summary } = data;
  if (summary) run.derived.seedSummary(graph, summary);
  // The graph now holds every link; the worker sent them as columns, never as Link objects.
  run.store.getState().setData({ ...dataset, links: [] }, graph, summary ?? null);
  return { data, graph };
}

/** Load path: data under COMPANIES_FIRST_LINKS links (or a summary bundle read in one go), built, then shown whole. */
async function atOnce(run: Run, data: ParsedData, nationShown: boolean): Promise<Shown | null> {
  if (!opened(run, data, nationShown)) return null;
  const built = await buildSliced(data, run.current, (fraction) => run.progress("building", fraction));
  if (!built) return null;
  for (const matrix of data.flows) run.derived.seedFlowMatrix(built.graph, matrix);
  performance.mark("atlas:built");
  return showWhole(run, { data, graph: built.graph });
}

/**
 * The companies of a big network go on the map (with the flows, already aggregated) as soon as
 * they are built, before its links. Shown while the links were read (`read`): a graph of their
 * own for the flows now known, drawn as the one on screen (nothing is indexed or drawn again).
 */
function showCompanies(run: Run, data: ParsedData, full: SupplyGraph, read: SupplyGraph | null): SupplyGraph {
  if (read) drawCompaniesAs(full, read);
  const companies = read ? companiesAgain(read) : companiesOnly(full);
  for (const matrix of data.flows) run.derived.seedFlowMatrix(companies, matrix);
  const dataset = { ...data.dataset, links: [] };
  void run.show(() => {
    if (read) run.store.getState().setLinksRead(read, dataset, companies);
    else run.store.getState().setData(dataset, companies, null, "linksPending");
  });
  return companies;
}

/**
 * Load path: a network of COMPANIES_FIRST_LINKS links or more shows its companies, then joins
 * its links to them once built (`read`: companies already shown while the links were read).
 */
async function companiesFirst(run: Run, data: ParsedData, read: SupplyGraph | null): Promise<Shown | null> {
  if (!opened(run, data, false)) return null;
  const built = await buildSliced(data, run.current, (fraction) => run.progress("building", fraction), (full) => showCompanies(run, data, full, read), read ?? undefined);
  if (!built) return null;
  const { graph, shown: companies } = built;
  for (const matrix of data.flows) run.derived.seedFlowMatrix(graph, matrix);
  performance.mark("atlas:built");
  // Built in one slice, the companies were never shown alone.
  if (!companies) return showWhole(run, { data, graph });
  if (!(await run.show(() => run.store.getState().setLinks(companies, graph)))) return null;
  void columnsAhead(graph, run.current);
  return { data, graph };
}

/**
 * Load path: a very big network whose companies were shown while its links were read. The
 * worker did not send the companies again: they are those shown.
 */
async function linksAfterCompanies(run: Run, parsed: ParsedData, early: Extract<Early, { kind: "companies" }>): Promise<Shown | null> {
  const read = await early.graph;
  if (!run.current() || !read) return null;
  const data: ParsedData = { ...parsed, dataset: { ...parsed.dataset, companies: early.data.dataset.companies }, positions: early.data.positions };
  return companiesFirst(run, data, read);
}

/** Load path: a summary bundle whose nation is shown; its ego networks are built quietly, the nation already usable. */
async function egoAfterNation(run: Run, data: ParsedData, nation: SummaryData, summary: SummaryData): Promise<Shown | null> {
  const built = await buildSliced(data, run.current, () => undefined);
  if (!built) return null;
  const { graph } = built;
  for (const matrix of data.flows) run.derived.seedFlowMatrix(graph, matrix);
  performance.mark("atlas:built");
  // The nation's tables as first read; the company table still to come and the place tables
  // (the municipality level's, left out of the first read) are the full read's.
  const full: SummaryData = { ...nation, places: summary.places, pending: summary.pending, egoPending: undefined };
  run.derived.seedSummary(graph, full);
  return run.store.getState().setSummaryEgo(nation, { ...data.dataset, links: [] }, graph, full) ? { data, graph } : null;
}

/** The parsed data, down the load path its early part (if any) and its size call for. */
function dispatch(run: Run, parsed: ParsedData, early: Early | null): Promise<Shown | null> {
  if (parsed.part === "links") return early?.kind === "companies" ? linksAfterCompanies(run, parsed, early) : Promise.resolve(null);
  if (early?.kind === "nation" && parsed.summary) return egoAfterNation(run, parsed, early.nation, parsed.summary);
  if (!parsed.summary && parsed.links.count >= COMPANIES_FIRST_LINKS) return companiesFirst(run, parsed, null);
  return atOnce(run, parsed, early?.kind === "nation");
}

/** What follows a load shown: the view it opens in, its drawing and snapshot view. */
function settle(run: Run, { data, graph }: Shown, options: LoadOptions, wasUnplaced: boolean, drawings?: DrawingSink): true {
  // A session restored from this browser was reported when it was first loaded; its report stays one click away.
  if (options.restored) run.store.getState().setReportOpen(false);
  else chooseMode(run.store, wasUnplaced, mostlyUnplaced(data.dataset.companies));
  const view = data.views?.[0];
  // Before the view: its colouring asks for metrics (the drawn communities) and its force
  // view shows the drawn layout, which keeps standing under the settings it ran with.
  if (data.drawing && run.store.getState().graph === graph) drawings?.(data.drawing, graph);
  if (view !== undefined) options.onView?.(view);
  return true;
}

async function fail(run: Run, early: Early | null, error: unknown): Promise<false> {
  const message = error instanceof Error ? error.message : String(error);
  const { store } = run;
  // Companies shown while their links were read stay, without links, beside the error.
  const shownReading = early?.kind === "companies" ? await early.graph : null;
  if (shownReading && run.current()) await run.show(() => store.getState().setLinks(shownReading, shownReading));
  if (run.current()) store.getState().setLoadError(run.names, message);
  // The nation stays on screen; say that the rest of the bundle could not be read.
  if (early?.kind === "nation" && store.getState().summary === early.nation) store.getState().setSummaryError(message);
  return false;
}

/**
 * Whole path from bytes to a drawn graph: parse and place in a worker, then build the graph
 * here in time slices so the page keeps answering. The last load started wins, whichever
 * finishes first. Four load paths (`dispatch`): small data at once; a big network's companies
 * first, its links after; a very big network's companies while its links are read; a summary
 * bundle's nation first, its ego networks after. The store follows each through its load stage
 * (state/loadStage.ts).
 */
export function createLoader(store: AtlasStore, derived: Derived, parse: ParseFn, presented: () => Promise<void> = untilPresented, drawings?: DrawingSink): Loader {
  let latest = 0;
  return {
    async load(files, label, options = {}) {
      const ticket = ++latest;
      const names = files.map((f) => f.name);
      // Whether the data on screen is mostly without divisions: its force view was the app's choice, not the user's.
      const wasUnplaced = mostlyUnplaced(store.getState().dataset?.companies ?? []);
      // What the worker sent ahead of its result, once shown: it decides the load path.
      let early = null as Early | null;
      const run = startRun(store, derived, names, () => ticket === latest, presented, () => early?.kind === "nation");
      store.getState().setLoadProgress({ step: "reading", fraction: 0 });
      try {
        const parsed = await parse(files, label, (fraction) => run.progress("reading", fraction), options.mappings, (data) => {
          early = showEarly(run, data) ?? early;
        });
        if (!run.current()) return false;
        const shown = await dispatch(run, parsed, early);
        return shown ? settle(run, shown, options, wasUnplaced, drawings) : false;
      } catch (error) {
        return fail(run, early, error);
      }
    },
  };
}

export async function filesToBuffers(files: readonly File[]): Promise<NamedBuffer[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, buffer: await file.arrayBuffer() })));
}
