import type { ForceCallbacks, ForceRun, ForceStart } from "../../workers/force/forceClient.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { AtlasStore } from "../../state/store.ts";
import { linksPending } from "../../state/loadStage.ts";
import { sameForceSettings, type ForceSettings } from "../../model/forceSettings.ts";
import type { Extent } from "../../io/snapshot/drawing.ts";

export type StartForceFn = (graph: SupplyGraph, callbacks: ForceCallbacks, start?: ForceStart) => ForceRun;
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

export interface LayoutService {
  /** The finished force layout of the shown graph, or null before one ran. */
  positions(): Positions | null;
  /**
   * A finished force layout of `graph` given from outside (a bundle's drawing): shown as the
   * force view's picture instead of running ForceAtlas2. Ignored when `graph` is no longer shown.
   */
  adopt(graph: SupplyGraph, given: Positions, drawn?: { extent: Extent | null; settings: ForceSettings | null }): void;
  /**
   * The frame an adopted layout was drawn in (the first page's whole graph, hidden companies
   * included), for the renderer to fit instead of the subset's own extent; null otherwise.
   */
  extent(): Extent | null;
  dispose(): void;
}

/**
 * Runs ForceAtlas2 in a worker when the force view is first shown (or rerun), streaming its
 * batches into the graph, and stops it when the map returns or a new graph arrives. The view
 * animates between the map and a finished layout; this service owns only the worker.
 */
export function createLayoutService(store: AtlasStore, startForce: StartForceFn): LayoutService {
  let run: ForceRun | null = null;
  let positions: Positions | null = null;
  /** An adopted layout: the frame it was drawn in and the settings it ran with. */
  let adopted: { positions: Positions; extent: Extent | null; settings: ForceSettings | null } | null = null;

  const stop = () => {
    run?.stop();
    run = null;
  };
  const start = (graph: SupplyGraph, fromMap = false) => {
    store.getState().setLayout({ running: true, done: 0, total: 0 });
    run = startForce(graph, {
      onProgress: (done, total) => store.getState().setLayout({ done, total }),
      onDone: (result) => {
        run = null;
        if (store.getState().graph === graph) positions = result;
        store.getState().setLayout({ running: false });
      },
      onError: (message) => {
        run = null;
        store.getState().setLayout({ running: false });
        console.warn(`layout/force: ${message}`);
      },
    }, { settings: store.getState().forceSettings, fromMap });
  };

  let seen = store.getState();
  const unsubscribe = store.subscribe((state) => {
    const before = seen;
    seen = state;
    if (state.graphVersion !== before.graphVersion) {
      stop();
      positions = null;
      // A big network's links joining companies shown in the force view: lay it out now.
      if (state.graph && state.mode === "force" && !linksPending(state.loadStage)) start(state.graph);
      return;
    }
    // A layout of companies without their links would be thrown away when the links arrive.
    if (linksPending(state.loadStage)) return;
    if (state.layoutCommand.seq !== before.layoutCommand.seq) {
      if (state.layoutCommand.kind === "stop") stop();
      else if (state.graph && state.mode === "force" && !run) start(state.graph);
    }
    // New ForceAtlas2 settings: the picture is redone from the map, so it depends on the settings
    // alone; on the map, the old picture is dropped and the next force view computes a new one.
    // By value: a view restored from the address or a scene brings an equal but new object.
    // A view bringing the settings an adopted layout ran with (a bundle's) leaves it standing.
    const madeWith = adopted && adopted.positions === positions ? adopted.settings : null;
    if (state.forceSettings !== before.forceSettings && !sameForceSettings(state.forceSettings, before.forceSettings) && !(madeWith && sameForceSettings(state.forceSettings, madeWith))) {
      stop();
      positions = null;
      if (state.graph && state.mode === "force") start(state.graph, true);
    }
    if (state.mode !== before.mode) {
      if (state.mode === "map") stop();
      else if (state.graph && !positions && !run) start(state.graph);
    }
  });

  return {
    positions: () => positions,
    // Only while the adopted layout is the one shown: a new run or graph draws its own extent.
    extent: () => (adopted && adopted.positions === positions ? adopted.extent : null),
    adopt(graph, given, drawn = { extent: null, settings: null }) {
      const state = store.getState();
      if (state.graph !== graph) return;
      stop();
      state.setLayout({ running: false });
      positions = given;
      adopted = { positions: given, ...drawn };
      // Already in the force view (a run began with the graph): the picture is the given one at once.
      if (state.mode === "force") {
        graph.updateEachNodeAttributes((node, a) => {
          const p = given.get(node);
          if (p) [a.x, a.y] = [p.x, p.y];
          return a;
        }, { attributes: ["x", "y"] } as unknown as Parameters<SupplyGraph["updateEachNodeAttributes"]>[1]);
      }
    },
    dispose() {
      unsubscribe();
      stop();
    },
  };
}
