import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../../src/state/store.ts";
import { createLayoutService } from "../../../src/app/map/layoutService.ts";
import type { ForceCallbacks, ForceStart } from "../../../src/workers/force/forceClient.ts";
import { DEFAULT_FORCE_SETTINGS } from "../../../src/model/forceSettings.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { company, dataset } from "../../graph/helpers.ts";

function setup() {
  const store = createAtlasStore();
  const runs: Array<{ callbacks: ForceCallbacks; start: ForceStart | undefined; stopped: boolean }> = [];
  const service = createLayoutService(store, (_graph, callbacks, start) => {
    const run = { callbacks, start, stopped: false };
    runs.push(run);
    return { stop: () => void (run.stopped = true) };
  });
  const data = dataset([company("a", "KR-11"), company("b", "KR-26")], []);
  store.getState().setData(data, buildGraph(data, { positions: new Map() }));
  return { store, runs, service };
}

describe("app/layoutService and the force settings", () => {
  it("runs with the view's settings; a change in the force view reruns from the map positions", () => {
    const { store, runs } = setup();
    store.getState().setMode("force");
    expect(runs).toHaveLength(1);
    expect(runs[0]!.start).toEqual({ settings: DEFAULT_FORCE_SETTINGS, fromMap: false });
    store.getState().setForceSettings({ gravity: 3 });
    expect(runs[0]!.stopped).toBe(true);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.start).toEqual({ settings: { ...DEFAULT_FORCE_SETTINGS, gravity: 3 }, fromMap: true });
  });

  it("a change on the map drops the finished layout, so the next force view computes one with the new settings", () => {
    const { store, runs, service } = setup();
    store.getState().setMode("force");
    runs[0]!.callbacks.onDone(new Map([["a", { x: 1, y: 2 }]]));
    expect(service.positions()).not.toBeNull();
    store.getState().setMode("map");
    store.getState().setForceSettings({ linLog: false });
    expect(service.positions()).toBeNull();
    expect(runs).toHaveLength(1);
    store.getState().setMode("force");
    expect(runs).toHaveLength(2);
    expect(runs[1]!.start?.settings.linLog).toBe(false);
  });
});

describe("app/layoutService: equal settings", () => {
  it("an equal settings object (a restored view) does not rerun the layout", () => {
    const store = createAtlasStore();
    const runs: unknown[] = [];
    createLayoutService(store, (_g, callbacks) => {
      runs.push(callbacks);
      return { stop: () => undefined };
    });
    const data = dataset([company("a", "KR-11")], []);
    store.getState().setData(data, buildGraph(data, { positions: new Map() }));
    store.getState().setMode("force");
    store.setState({ forceSettings: { ...store.getState().forceSettings } });
    expect(runs).toHaveLength(1);
  });
});
