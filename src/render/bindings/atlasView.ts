import { MultiDirectedGraph } from "graphology";
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../../graph/types.ts";
import { createRenderer, HIDE_EDGES_ON_MOVE_LINKS, type AtlasRenderer } from "../sigma/createRenderer.ts";
import type { MapGeometry } from "../layers/mapGeometry.ts";
import { bindReducers } from "./reducers.ts";
import { bindMapOverlays } from "../layers/mapOverlays.ts";
import { bindPathFrame } from "./pathFrame.ts";
import { bindClusterOverlays } from "../layers/clusterOverlays.ts";
import { bindHoverFocus } from "../layers/hoverFocus.ts";
import { capturePicture } from "../export/capture.ts";
import { displayGraphs } from "../sigma/displayGraph.ts";
import { linksJoined, type AtlasState } from "../../state/store.ts";
import { linksPending, linksReading } from "../../state/loadStage.ts";
import { bindLinksInSight } from "./linksInSightView.ts";
import { modeTransition } from "./modeTransition.ts";
import { followInOrder, type StoreUpdate } from "./storeUpdates.ts";
import { sharedInputs } from "./drawingInputs.ts";

type Store = AtlasViewModel["store"];

/**
 * Marks the first frame of each graph: tests and benchmarks wait on it, and
 * performance.measure gives load-to-picture time in the browser's own timeline.
 */
function drawnMarker(store: Store) {
  let markedVersion = 0;
  return () => {
    const { graph, graphVersion } = store.getState();
    if (!graph || graphVersion === markedVersion) return;
    markedVersion = graphVersion;
    performance.mark(`atlas:drawn:${graphVersion}`);
    document.body.dataset.drawnVersion = String(graphVersion);
  };
}

/** Hands sigma the graph each state draws, frames a new dataset, switches modes and flies to a company. */
function graphHandover(
  renderer: AtlasRenderer,
  store: Store,
  geometry: MapGeometry,
  drawnGraph: (state: AtlasState) => SupplyGraph,
  transition: ReturnType<typeof modeTransition>,
  markDrawn: () => void,
): StoreUpdate {
  let seenVersion = store.getState().graphVersion;
  let seenManifest = store.getState().summary?.manifest;
  let seenMode = store.getState().mode;
  let seenFly = store.getState().flyTo?.seq ?? 0;
  let linksArrived = false;
  return (state, previous) => {
    if (state.graphVersion !== seenVersion) {
      seenVersion = state.graphVersion;
      // A summary's ego networks replacing the empty graph its nation was first drawn on, or a
      // big network's links joining its companies: the user may have moved the map meanwhile,
      // so the camera stays.
      linksArrived = linksJoined(state, previous);
      const sameBundle = linksArrived || (state.summary !== null && state.summary.manifest === seenManifest);
      seenManifest = state.summary?.manifest;
      transition.cancel();
      seenMode = state.mode;
      // Frame first, then hand over the graph: setGraph indexes and draws at once,
      // so a bbox or camera change after it would cost a second full pass.
      // (Deferring setGraph to its own task was measured: it delayed the sample's
      // first picture by ~0.5 s under software WebGL and gained nothing.)
      if (state.graph) {
        if (!sameBundle) {
          renderer.setCustomBBox(geometry.extent);
          renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
        }
        // sigma redraws everything on any setting change: set it only when it changes. A load
        // whose links are still being built has at least 20,000 of them (app/load/loader.ts).
        const hide = linksPending(state.loadStage) || state.graph.size > HIDE_EDGES_ON_MOVE_LINKS;
        if (renderer.getSetting("hideEdgesOnMove") !== hide) renderer.setSetting("hideEdgesOnMove", hide);
      }
    }
    // A new dataset (company links come and go on the same graph: linksInSightView.ts).
    const target = drawnGraph(state);
    if (state.graph && renderer.getGraph() !== target) {
      // A big load's companies while their links are read: no selection or flight to read the
      // display data before sigma's first frame of them, which can then be a task of its own.
      if (linksReading(state.loadStage) && renderer.setGraphDrawnNextFrame) renderer.setGraphDrawnNextFrame(target);
      else renderer.setGraph(target);
    }
    // The companies on screen are already the new graph's (the same companies-only graph):
    // nothing to redraw, and that picture is the new graph's first.
    else if (linksArrived) markDrawn();
    linksArrived = false;
    if (state.mode !== seenMode) {
      seenMode = state.mode;
      transition.show(state.mode);
    }
    if (state.flyTo && state.flyTo.seq !== seenFly) {
      seenFly = state.flyTo.seq;
      // Display data is in sigma's framed space, which is what the camera moves in.
      const flyTarget = renderer.getNodeDisplayData(state.flyTo.id);
      if (flyTarget) void renderer.getCamera().animate({ x: flyTarget.x, y: flyTarget.y, ratio: 0.25 }, { duration: 600 });
    }
  };
}

/** The camera service hears every move; the store only when the zoom crosses the level switch. Returns the detach. */
function bindCamera(renderer: AtlasRenderer, camera: AtlasViewModel["camera"]): () => void {
  const onCamera = () => camera.moved(renderer.getCamera().ratio);
  const detach = camera.attach({
    get: () => {
      const { x, y, ratio } = renderer.getCamera().getState();
      return { x, y, ratio };
    },
    set: (state) => renderer.getCamera().setState(state),
    animate: (state, duration) => renderer.getCamera().animate(state, { duration }),
  });
  renderer.getCamera().on("updated", onCamera);
  return () => {
    renderer.getCamera().off("updated", onCamera);
    detach();
  };
}

/**
 * sigma sizes its canvases only when it renders or the window resizes. When the page's layout
 * settles after the first picture (fonts arriving move the stage by a pixel or two), resize
 * now, while the page is idle: otherwise the next load pays for reallocating every canvas.
 */
function watchSize(renderer: AtlasRenderer, container: HTMLElement): () => void {
  const sized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => {
    if (renderer.getDimensions().height !== container.offsetHeight || renderer.getDimensions().width !== container.offsetWidth) renderer.refresh({ schedule: true });
  });
  sized?.observe(container);
  return () => sized?.disconnect();
}

/**
 * Owns the one sigma instance and everything bound to it. React calls this
 * from a single effect and calls clean() on unmount.
 */
export function mountAtlasView(container: HTMLElement, vm: AtlasViewModel, geometry: MapGeometry) {
  const { store } = vm;
  const empty: SupplyGraph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  const display = displayGraphs();
  const drawnGraph = (state: AtlasState) => display.of(state.graph ?? empty);
  const renderer: AtlasRenderer = createRenderer(container, drawnGraph(store.getState()));
  renderer.setCustomBBox(geometry.extent);
  // One snapshot of what the map is drawn from per store change, for the reducers and the layers.
  const inputsOf = sharedInputs({ derived: vm.derived, drawnGraph });
  const reducers = bindReducers(renderer, vm, drawnGraph, inputsOf);
  const overlays = bindMapOverlays(renderer, vm, geometry, inputsOf);
  const pathFrame = bindPathFrame(renderer, vm);
  // Label placement around division names, and community halos in the force view.
  const clusters = bindClusterOverlays(renderer, vm, geometry);
  // Hover highlighting where the reducers would redraw every company to show it.
  const hoverFocus = bindHoverFocus(renderer, vm);
  const transition = modeTransition(renderer, vm, geometry);
  const markDrawn = drawnMarker(store);
  renderer.on("afterRender", markDrawn);
  const unbindCamera = bindCamera(renderer, vm.camera);
  const unwatchSize = watchSize(renderer, container);
  // Exports carry colours and sizes as drawn: the reducers' output, not the stored attributes.
  const detachDrawn = vm.drawn.attach({
    node: (id) => {
      const d = renderer.getNodeDisplayData(id);
      return d ? { color: d.color, size: d.size } : undefined;
    },
  });
  // Bound after the camera service: a camera move tells the store first, then the links in sight.
  const sight = bindLinksInSight(renderer, vm, drawnGraph);

  // Every store change, in this order. The reducers take the new state in before sigma is handed
  // a new graph (setGraph indexes it with them), and the links in sight go into the graph sigma
  // has just been handed. The layers between read the state alone.
  const unsubscribe = followInOrder(store, [
    reducers.update,
    overlays.update,
    pathFrame.update,
    clusters.update,
    hoverFocus.update,
    graphHandover(renderer, store, geometry, drawnGraph, transition, markDrawn),
    sight.update,
  ]);

  return {
    renderer,
    /** What is on screen now, as data for image export. */
    capture: () => capturePicture(renderer, overlays.picture(), clusters, store.getState().theme),
    clean() {
      unsubscribe();
      sight.clean();
      renderer.off("afterRender", markDrawn);
      unwatchSize();
      transition.cancel();
      unbindCamera();
      detachDrawn();
      reducers.clean();
      clusters.clean();
      hoverFocus.clean();
      overlays.clean();
      pathFrame.clean();
      renderer.kill();
      display.clean();
    },
  };
}
