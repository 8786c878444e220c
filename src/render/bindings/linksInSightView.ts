// The company links sigma draws, in the companies' graph it draws (displayGraph.ts): every
// link up to the budget, and on a bigger network the links in sight (graph/filters/linksInSight.ts),
// kept to those the view shows and the camera sees. They change in slices after the change that
// moved them, each slice a task of its own, and sigma places them without processing its
// companies again (processLinks.ts): switching to company links was one task of 0.2–0.3 s at
// 10k / 50k and 3.2 s at 100k / 500k.
import { scaleOf } from "../../state/regionScale.ts";
import type { AtlasViewModel } from "../../app/createApp.ts";
import { inOwnTask, nextBudget } from "../../schedule/ownTask.ts";
import type { AtlasState } from "../../state/store.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { candidateScan, drawsLinksInSight, LINKS_IN_SIGHT_MAX, linksInSight, type LinksInSightStatus, type ShowsRow, type SightCandidates, type SightRect } from "../../graph/filters/linksInSight.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import { linksShown, selectionFocus } from "../../app/map/linkShowing.ts";

/** Marked when the last slice of company links is in (the frame after draws them): benchmarks time level changes by it. */
export const COMPANY_LINKS_MARK = "atlas:company-links";

/** Links added or dropped per task: about 6 µs each, graphology's and sigma's bookkeeping together. */
const EDITS_PER_TASK = 10_000;
/** Links looked at in the first slice of a pass over every link; later slices aim at SLICE_MS. */
const SCAN_FIRST = 50_000;
const SLICE_MS = 40;
/** How long the camera rests before the links follow it (hideEdgesOnMove hides them meanwhile). */
const CAMERA_REST_MS = 200;
/** The viewport widened by this share on each side: a small pan needs no other links. */
const SIGHT_MARGIN = 0.15;

/** The graph coordinates the viewport, widened by the margin, shows. */
export function sightRect(renderer: Pick<AtlasRenderer, "getDimensions" | "viewportToGraph">): SightRect {
  const { width, height } = renderer.getDimensions();
  const mx = width * SIGHT_MARGIN;
  const my = height * SIGHT_MARGIN;
  const corners = [
    { x: -mx, y: -my }, { x: width + mx, y: -my }, { x: -mx, y: height + my }, { x: width + mx, y: height + my },
  ].map((corner) => renderer.viewportToGraph(corner));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The part of graph space the companies take: a sight rectangle holding it all sees every link. */
function extentOf(graph: SupplyGraph): SightRect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  });
  return { x0, y0, x1, y1 };
}

const holds = (outer: SightRect, inner: SightRect) => outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1;

/** One job at a time, each step a task of its own after the change's: a new job cancels the one under way. */
function jobs() {
  let cancelJob: (() => void) | null = null;
  const stop = () => {
    cancelJob?.();
    cancelJob = null;
  };
  const start = (job: Generator<void, void>) => {
    stop();
    const step = () => {
      cancelJob = null;
      if (!job.next().done) cancelJob = inOwnTask(step);
    };
    cancelJob = inOwnTask(step);
  };
  return { start, stop };
}

/** Tells the store what the links in sight draw, only when that changes. */
function reporter(store: AtlasViewModel["store"]) {
  return (status: LinksInSightStatus | null) => {
    const before = store.getState().linksInSight;
    if (before === status || (before && status && before.drawn === status.drawn && before.inSight === status.inSight && before.shown === status.shown)) return;
    store.getState().setLinksInSight(status);
  };
}

/** Makes `drawn` hold exactly `edges` of `data`, a slice a step; the frame after the last draws them. */
function* putLinks(renderer: AtlasRenderer, drawn: SupplyGraph, data: SupplyGraph, edges: readonly string[]): Generator<void, void> {
  const edit = renderer.editLinks;
  if (!edit) return;
  if (edges.length === 0) {
    if (drawn.size === 0) return;
    edit.call(renderer, () => drawn.clearEdges());
    renderer.scheduleRender();
    return;
  }
  // sigma draws in graph order, and the data's order puts internal links under the others:
  // links joining behind the last one kept are placed as they come, else the frame after the
  // last slice draws every link in the data's order (drawLinksInOrder).
  let lastKept = -1;
  let firstAdded = -1;
  edges.forEach((edge, i) => {
    if (drawn.hasEdge(edge)) lastKept = i;
    else if (firstAdded < 0) firstAdded = i;
  });
  const appended = firstAdded < 0 || firstAdded > lastKept;
  const wanted = new Set(edges);
  const drop: string[] = [];
  drawn.forEachEdge((edge) => {
    if (!wanted.has(edge)) drop.push(edge);
  });
  const add = firstAdded < 0 ? [] : edges.slice(firstAdded).filter((edge) => !drawn.hasEdge(edge));
  // Nothing to change: no frame (under software WebGL one frame of 50,000 links is seconds).
  if (drop.length === 0 && add.length === 0) return;
  let dropped = 0;
  let added = 0;
  while (dropped < drop.length || added < add.length) {
    yield;
    // Another graph since (new data): whoever drew it started again.
    if (renderer.getGraph() !== drawn) return;
    edit.call(renderer, () => {
      let budget = EDITS_PER_TASK;
      for (; budget > 0 && dropped < drop.length; budget--) drawn.dropEdge(drop[dropped++]!);
      for (; budget > 0 && added < add.length; budget--) {
        const edge = add[added++]!;
        drawn.addEdgeWithKey(edge, data.source(edge), data.target(edge), data.getEdgeAttributes(edge));
      }
    }, appended);
  }
  renderer.drawLinksInOrder?.(edges);
  performance.mark(COMPANY_LINKS_MARK);
  renderer.scheduleRender();
}

/** The links `shows` keeps of `data`, looked at in slices of about SLICE_MS. */
function* scanCandidates(shows: ShowsRow | null, data: SupplyGraph): Generator<void, SightCandidates> {
  const pass = candidateScan(data, shows);
  let budget = SCAN_FIRST;
  for (;;) {
    yield;
    const began = performance.now();
    if (pass.step(budget)) return pass.result();
    budget = nextBudget(budget, performance.now() - began, SLICE_MS, SCAN_FIRST);
  }
}

export function bindLinksInSight(
  renderer: AtlasRenderer,
  vm: Pick<AtlasViewModel, "store" | "derived">,
  /** The graph sigma draws for a state (displayGraph.ts): the links in sight go into it. */
  drawnGraph: (state: AtlasState) => SupplyGraph,
  /** Up to this many links every one is drawn; above, the links in sight. */
  max = LINKS_IN_SIGHT_MAX,
) {
  const { store, derived } = vm;
  let candidateKey: unknown[] = [];
  let candidates: SightCandidates | null = null;
  let lastKey: unknown[] = [];
  let resting: ReturnType<typeof setTimeout> | null = null;
  const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  const { start, stop } = jobs();
  const report = reporter(store);
  const put = (drawn: SupplyGraph, data: SupplyGraph, edges: readonly string[]) => putLinks(renderer, drawn, data, edges);

  /** The links in sight of `from` for where the camera looks now, put into `drawn`. */
  function* choose(drawn: SupplyGraph, data: SupplyGraph, from: SightCandidates): Generator<void, void> {
    // Only a view with more links than the budget depends on where the camera looks, and not
    // when it looks at every company.
    const rect = from.rows.length > max ? sightRect(renderer) : null;
    const { edges, inSight } = linksInSight(from, max, rect && !holds(rect, extentOf(data)) ? rect : null);
    report(drawsLinksInSight(data, max) ? { drawn: edges.length, inSight, shown: from.rows.length } : null);
    yield* put(drawn, data, edges);
  }

  const update = () => {
    const state = store.getState();
    const data = state.graph;
    const drawn = renderer.getGraph() as SupplyGraph;
    const level = derived.drawLevel(state);
    // Up to the budget every link goes in, and the reducers hide what the view does not show
    // (a filter then redraws the links it changes, in place); above it, the links in sight.
    const inSight = data !== null && drawsLinksInSight(data, max);
    // What the links in sight depend on, apart from the camera (app/map/linkShowing.ts, linksShown).
    const key = [
      data, drawn, level, ...(inSight ? [
        derived.visible(state), selectionFocus(state), derived.trace(state),
        state.selectedDivisions.join(","), state.divisionMode, state.selectedDivisions.length > 0 ? scaleOf(state) : null,
      ] : []),
    ];
    if (same(key, lastKey)) return;
    lastKey = key;
    // Not yet the graph this state draws (sigma is handed it in the view's own update, which runs before this one).
    if (!data || drawn === data || drawn !== drawnGraph(state)) {
      stop();
      candidates = null;
      candidateKey = [];
      report(null);
      return;
    }
    if (level !== "companies") {
      report(null);
      start(put(drawn, data, []));
      return;
    }
    const inputs = [data, ...key.slice(3)];
    if (candidates && same(inputs, candidateKey)) {
      start(choose(drawn, data, candidates));
      return;
    }
    candidates = null;
    candidateKey = inputs;
    start((function* () {
      candidates = yield* scanCandidates(inSight ? linksShown(state, derived) : null, data);
      yield* choose(drawn, data, candidates);
    })());
  };

  const onCamera = () => {
    if (resting !== null) clearTimeout(resting);
    resting = null;
    if (!candidates || candidates.rows.length <= max) return;
    resting = setTimeout(() => {
      resting = null;
      const state = store.getState();
      const drawn = renderer.getGraph() as SupplyGraph;
      if (candidates && state.graph && drawn === drawnGraph(state) && lastKey[1] === drawn) start(choose(drawn, state.graph, candidates));
    }, CAMERA_REST_MS);
  };

  renderer.getCamera().on("updated", onCamera);
  return {
    /** Takes the store's state in: atlasView.ts calls it on every change, after sigma is handed the graph this state draws. */
    update,
    clean() {
      renderer.getCamera().off("updated", onCamera);
      stop();
      if (resting !== null) clearTimeout(resting);
      report(null);
    },
  };
}
