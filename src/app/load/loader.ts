import { MultiDirectedGraph } from "graphology";
import { graphBuilder } from "../../graph/build/buildGraph.ts";
import { companiesAgain, companiesOnly, drawCompaniesAs } from "../../graph/build/companiesOnly.ts";
import type { CompanyNode, LinkEdge, Point, SupplyGraph } from "../../graph/types.ts";
import type { SummaryData } from "../../graph/summary/columns.ts";
import type { NamedBuffer } from "../../model/types.ts";
import type { ParsedData } from "../../workers/parse/parseClient.ts";
import type { AtlasStore } from "../../state/store.ts";
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
 * the first link. `nodes`: companies already drawn, whose attribute objects the graph takes.
 */
async function buildSliced(
  data: ParsedData,
  current: () => boolean,
  onProgress: (fraction: number) => void,
  onCompanies?: (graph: SupplyGraph) => void,
  nodes?: SupplyGraph,
): Promise<SupplyGraph | null> {
  const { dataset, positions, links } = data;
  const byId = new Map<string, Point>();
  dataset.companies.forEach((c, i) => byId.set(c.id, { x: positions[2 * i]!, y: positions[2 * i + 1]! }));
  const builder = graphBuilder(dataset, { positions: byId, links, ...(nodes ? { nodes } : {}) });
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
        onCompanies(builder.graph);
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
      return current() ? builder.graph : null;
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

/**
 * Whole path from bytes to a drawn graph: parse and place in a worker, then build the graph
 * here in time slices so the page keeps answering. The last load started wins, whichever
 * finishes first. A summary bundle is shown twice: the nation as soon as its flows are read,
 * then its ego networks once built, without disturbing what the user did meanwhile.
 */
export function createLoader(store: AtlasStore, derived: Derived, parse: ParseFn, presented: () => Promise<void> = untilPresented, drawings?: DrawingSink): Loader {
  let latest = 0;
  return {
    async load(files, label, options = {}) {
      const ticket = ++latest;
      const current = () => ticket === latest;
      const names = files.map((f) => f.name);
      const { setLoad } = store.getState();
      // Whether the data on screen is mostly without divisions: its force view was the app's choice, not the user's.
      const wasUnplaced = mostlyUnplaced(store.getState().dataset?.companies ?? []);
      setLoad({ phase: "reading", progress: 0, files: names });
      // At most a few updates a second: each one repaints the page, and under software rendering a
      // repaint over the map is a frame of 50 ms or more, taken from the worker reading the files
      // and from the first picture.
      let shownAt = -Infinity;
      const progress = (phase: "reading" | "building", fraction: number) => {
        const now = performance.now();
        if (now - shownAt < PROGRESS_EVERY_MS) return;
        shownAt = now;
        setLoad({ phase, progress: fraction, files: names });
      };
      const building = (fraction: number) => progress("building", fraction);
      // The nation of a summary bundle, shown while its ego networks are read and built.
      const shown = { nation: null as SummaryData | null };
      // A big network reaches the screen in steps: its companies, then their flows, then its
      // links. Each step waits until the one before has been presented: under software WebGL a
      // change made while a picture is still being rasterised holds that picture back (the
      // companies of 10k / 50k were drawn at 0.45 s and reached the screen at 1.4 s, behind the
      // flows and the links). The work behind a step (reading, building) does not wait.
      let onScreen: Promise<void> = Promise.resolve();
      const show = <T>(put: () => T): Promise<T | null> => {
        const shownNow = onScreen.then(() => (current() ? put() : null));
        onScreen = shownNow.then(() => presented());
        return shownNow;
      };
      // A very big network's companies, on the map while its links are read (ParsedData.part).
      const reading = { data: null as ParsedData | null, graph: null as Promise<SupplyGraph | null> | null };
      const showReading = (early: ParsedData) => {
        if (!current()) return;
        reading.data = early;
        reading.graph = buildSliced(early, current, () => undefined).then((graph) => {
          if (!graph || !current()) return null;
          // These companies are their own companies-only graph: the one the map goes on drawing.
          drawCompaniesAs(graph, graph);
          for (const matrix of early.flows) derived.seedFlowMatrix(graph, matrix);
          void show(() => store.getState().setData(early.dataset, graph, null, "reading"));
          return current() ? graph : null;
        });
      };
      const showNation = (early: ParsedData) => {
        if (!current() || !early.summary) return;
        const graph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
        derived.seedSummary(graph, early.summary);
        performance.mark("atlas:parsed");
        store.getState().setData({ ...early.dataset, links: [] }, graph, early.summary);
        shown.nation = store.getState().summary;
      };
      try {
        const parsed = await parse(
          files,
          label,
          (fraction) => {
            if (current() && !shown.nation) progress("reading", fraction);
          },
          options.mappings,
          (early) => (early.part === "companies" ? showReading(early) : showNation(early)),
        );
        if (!current()) return false;
        // The companies shown while the links were read stand: the worker did not send them again.
        const read = parsed.part === "links" && reading.data ? await reading.graph : null;
        if (!current() || (parsed.part === "links" && !read)) return false;
        const whole: ParsedData = read && reading.data
          ? { ...parsed, dataset: { ...parsed.dataset, companies: reading.data.dataset.companies }, positions: reading.data.positions }
          : parsed;
        const { dataset, flows, views, summary } = whole;
        const { nation } = shown;
        if (!nation) performance.mark("atlas:parsed");
        // A summary bundle opens even when its ego networks are empty: the nation's numbers are the point.
        if (dataset.companies.length === 0 && !summary) {
          store.getState().setEmptyLoad(dataset.report, names);
          return false;
        }
        // A big network's companies go on the map before its links are built (the flows are already aggregated).
        const early = { companies: null as SupplyGraph | null };
        const showCompanies = (full: SupplyGraph) => {
          // Companies shown while the links were read: a graph of their own for the flows now
          // known, drawn as the one on screen (nothing is indexed or drawn again).
          if (read) drawCompaniesAs(full, read);
          const companies = read ? companiesAgain(read) : companiesOnly(full);
          for (const matrix of flows) derived.seedFlowMatrix(companies, matrix);
          void show(() => {
            if (read) store.getState().setLinksRead(read, { ...dataset, links: [] }, companies);
            else store.getState().setData({ ...dataset, links: [] }, companies, null, true);
          });
          early.companies = companies;
        };
        const companiesFirst = !summary && (read !== null || whole.links.count >= COMPANIES_FIRST_LINKS);
        // The ego networks are built quietly: the nation is already on screen and usable.
        const graph = await buildSliced(whole, current, nation ? () => undefined : building, companiesFirst ? showCompanies : undefined, read ?? undefined);
        if (!graph) return false;
        for (const matrix of flows) derived.seedFlowMatrix(graph, matrix);
        performance.mark("atlas:built");
        if (early.companies) {
          const companies = early.companies;
          if (!(await show(() => store.getState().setLinks(companies, graph)))) return false;
          void columnsAhead(graph, current);
        } else if (nation && summary) {
          // The nation's tables as first read; the company table still to come is the full read's.
          const full: SummaryData = { ...nation, pending: summary.pending, egoPending: undefined };
          derived.seedSummary(graph, full);
          if (!store.getState().setSummaryEgo(nation, { ...dataset, links: [] }, graph, full)) return false;
        } else {
          if (summary) derived.seedSummary(graph, summary);
          // The graph now holds every link; the worker sent them as columns, never as Link objects.
          store.getState().setData({ ...dataset, links: [] }, graph, summary ?? null);
        }
        // A session restored from this browser was reported when it was first loaded; its report stays one click away.
        if (options.restored) store.getState().setReportOpen(false);
        else chooseMode(store, wasUnplaced, mostlyUnplaced(dataset.companies));
        const view = views?.[0];
        // Before the view: its colouring asks for metrics (the drawn communities) and its force
        // view shows the drawn layout, which keeps standing under the settings it ran with.
        if (whole.drawing && store.getState().graph === graph) drawings?.(whole.drawing, graph);
        if (view !== undefined) options.onView?.(view);
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Companies shown while their links were read stay, without links, beside the error.
        const shownReading = reading.graph ? await reading.graph : null;
        if (shownReading && current()) await show(() => store.getState().setLinks(shownReading, shownReading));
        if (current()) setLoad({ phase: "error", progress: 0, files: names, error: message });
        // The nation stays on screen; say that the rest of the bundle could not be read.
        if (shown.nation && store.getState().summary === shown.nation) store.getState().setSummaryError(message);
        return false;
      }
    },
  };
}

export async function filesToBuffers(files: readonly File[]): Promise<NamedBuffer[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, buffer: await file.arrayBuffer() })));
}
