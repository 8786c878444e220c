import { MultiDirectedGraph } from "graphology";
import type { AtlasStore, ViewMode } from "../state/store.ts";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../graph/types.ts";
import type { Lang } from "../i18n/index.ts";
import type { DivisionCode, Vintage } from "../model/types.ts";
import { positionBlend } from "../layout/transition.ts";
import { startForceLayout, type ForceRun } from "../workers/forceClient.ts";
import { createRenderer, type AtlasRenderer } from "./createRenderer.ts";
import type { ProvinceShape } from "./provinceLayer.ts";
import { bindReducers } from "./reducers.ts";
import { bindMapOverlays } from "./mapOverlays.ts";
import { effectiveLevel } from "./level.ts";
import { cameraBridge } from "../state/viewBridge.ts";

export interface MapGeometry {
  shapes: (lang: Lang, vintage: Vintage) => ProvinceShape[];
  /** Where each division's flows start and end, in graph space. */
  anchors: (vintage: Vintage) => ReadonlyMap<DivisionCode, { x: number; y: number }>;
  /** Bounding box of the outline in graph space: the map never moves when data changes. */
  extent: { x: [number, number]; y: [number, number] };
}

const TRANSITION_MS = 900;
/** Above this, per-frame bulk updates cost more than the motion is worth. */
const MAX_ANIMATED_NODES = 30_000;

/**
 * Owns the one sigma instance and everything bound to it. React calls this
 * from a single effect and calls clean() on unmount.
 */
export function mountAtlasView(container: HTMLElement, store: AtlasStore, geometry: MapGeometry) {
  const empty: SupplyGraph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  const renderer: AtlasRenderer = createRenderer(container, store.getState().graph ?? empty);
  renderer.setCustomBBox(geometry.extent);
  const levelOf = (state: ReturnType<AtlasStore["getState"]>) => effectiveLevel(state, renderer.getCamera().ratio);
  // Reducers first: their store listener must run before the one below that swaps graphs.
  const reducers = bindReducers(renderer, store, levelOf);
  const overlays = bindMapOverlays(renderer, store, geometry, levelOf);
  const onCamera = () => {
    reducers.update();
    overlays.update();
    cameraBridge.onChange();
  };
  cameraBridge.get = () => {
    const { x, y, ratio } = renderer.getCamera().getState();
    return { x, y, ratio };
  };
  cameraBridge.set = (camera) => renderer.getCamera().setState(camera);
  renderer.getCamera().on("updated", onCamera);

  // Marks the first frame of each graph: tests and benchmarks wait on it, and
  // performance.measure gives load-to-picture time in the browser's own timeline.
  let markedVersion = 0;
  const markDrawn = () => {
    const { graph, graphVersion } = store.getState();
    if (!graph || graphVersion === markedVersion) return;
    markedVersion = graphVersion;
    performance.mark(`atlas:drawn:${graphVersion}`);
    document.body.dataset.drawnVersion = String(graphVersion);
  };
  renderer.on("afterRender", markDrawn);

  let forceRun: ForceRun | null = null;
  let forcePositions: Map<string, { x: number; y: number }> | null = null;
  let cancelTransition: (() => void) | null = null;

  const stopForce = () => {
    forceRun?.stop();
    forceRun = null;
  };

  const animateTo = (graph: SupplyGraph, target: (node: string) => { x: number; y: number } | undefined, done: () => void) => {
    cancelTransition?.();
    const blend = positionBlend(graph, { get: target });
    if (graph.order > MAX_ANIMATED_NODES || matchMedia?.("(prefers-reduced-motion: reduce)").matches) {
      blend.at(1);
      done();
      return;
    }
    const start = performance.now();
    let frame = 0;
    const step = () => {
      const t = (performance.now() - start) / TRANSITION_MS;
      blend.at(t);
      if (t < 1) frame = requestAnimationFrame(step);
      else {
        cancelTransition = null;
        done();
      }
    };
    cancelTransition = () => cancelAnimationFrame(frame);
    frame = requestAnimationFrame(step);
  };

  const runForce = (graph: SupplyGraph) => {
    const { setLayout } = store.getState();
    setLayout({ running: true, done: 0, total: 0 });
    forceRun = startForceLayout(graph, {
      onProgress: (done, total) => store.getState().setLayout({ done, total }),
      onDone: (positions) => {
        forceRun = null;
        forcePositions = positions;
        store.getState().setLayout({ running: false });
      },
      onError: (message) => {
        forceRun = null;
        store.getState().setLayout({ running: false });
        console.warn(`layout/force: ${message}`);
      },
    });
  };

  const showMode = (mode: ViewMode) => {
    const graph = store.getState().graph;
    if (!graph) return;
    if (mode === "map") {
      stopForce();
      animateTo(graph, (node) => {
        const a = graph.getNodeAttributes(node);
        return { x: a.mapX, y: a.mapY };
      }, () => undefined);
      renderer.setCustomBBox(geometry.extent);
      return;
    }
    renderer.setCustomBBox(null);
    if (forcePositions) animateTo(graph, (node) => forcePositions?.get(node), () => undefined);
    else runForce(graph);
  };

  let seenVersion = store.getState().graphVersion;
  let seenMode = store.getState().mode;
  let seenCommand = store.getState().layoutCommand.seq;
  let seenFly = store.getState().flyTo?.seq ?? 0;

  const unsubscribe = store.subscribe((state) => {
    if (state.graphVersion !== seenVersion) {
      seenVersion = state.graphVersion;
      stopForce();
      cancelTransition?.();
      forcePositions = null;
      seenMode = state.mode;
      // Frame first, then hand over the graph: setGraph indexes and draws at once,
      // so a bbox or camera change after it would cost a second full pass.
      // (Deferring setGraph to its own task was measured: it delayed the sample's
      // first picture by ~0.5 s under software WebGL and gained nothing.)
      if (state.graph) {
        renderer.setCustomBBox(geometry.extent);
        renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
        renderer.setSetting("hideEdgesOnMove", state.graph.size > 20_000);
        renderer.setGraph(state.graph);
      }
    }
    if (state.mode !== seenMode) {
      seenMode = state.mode;
      showMode(state.mode);
    }
    if (state.flyTo && state.flyTo.seq !== seenFly) {
      seenFly = state.flyTo.seq;
      // Display data is in sigma's framed space, which is what the camera moves in.
      const target = renderer.getNodeDisplayData(state.flyTo.id);
      if (target) void renderer.getCamera().animate({ x: target.x, y: target.y, ratio: 0.25 }, { duration: 600 });
    }
    if (state.layoutCommand.seq !== seenCommand) {
      seenCommand = state.layoutCommand.seq;
      if (state.layoutCommand.kind === "stop") stopForce();
      else if (state.graph && state.mode === "force" && !forceRun) runForce(state.graph);
    }
  });

  return {
    renderer,
    clean() {
      unsubscribe();
      renderer.off("afterRender", markDrawn);
      stopForce();
      cancelTransition?.();
      renderer.getCamera().off("updated", onCamera);
      reducers.clean();
      overlays.clean();
      renderer.kill();
    },
  };
}
