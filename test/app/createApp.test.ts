import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAtlasApp, type AppDeps } from "../../src/app/createApp.ts";
import { memoryHint } from "../../src/app/load/sessionService.ts";
import type { ForceCallbacks } from "../../src/workers/force/forceClient.ts";
import { parseFiles } from "../../src/workers/parse/parseJob.ts";
import type { NamedBuffer } from "../../src/model/types.ts";
import type { UrlAdapter } from "../../src/state/view/location.ts";
import { memoryBackend } from "../../src/state/persist/backend.ts";
import { createSessionStore } from "../../src/state/persist/sessionStore.ts";
import type { MetricsResult } from "../../src/graph/metrics/types.ts";

const sample = (): NamedBuffer[] =>
  ["companies.csv", "links.csv"].map((name) => ({ name, buffer: new Uint8Array(readFileSync(new URL(`../../data/sample/${name}`, import.meta.url))).buffer }));

function memoryUrl(initial = ""): UrlAdapter & { written: string[] } {
  let current = new URLSearchParams(initial);
  const written: string[] = [];
  return {
    written,
    read: () => new URLSearchParams(current),
    write: (params) => {
      current = new URLSearchParams(params);
      written.push(params.toString());
      return true;
    },
  };
}

/** An app with every outside service replaced: the parse worker by the same job run inline, workers by recorders. */
function app(extra: AppDeps = {}) {
  const forceRuns: ForceCallbacks[] = [];
  const metricsRuns: Array<{ resolve: (r: MetricsResult) => void; cancelled: boolean }> = [];
  const deps: AppDeps = {
    url: memoryUrl(),
    parse: async (files, label, onProgress) => parseFiles(files, label, onProgress).data,
    startForce: (_graph, callbacks) => {
      forceRuns.push(callbacks);
      return { stop: () => callbacks.onDone(new Map()) };
    },
    runMetrics: () => {
      const run = { resolve: (_r: MetricsResult) => {}, cancelled: false };
      const promise = new Promise<MetricsResult>((resolve) => (run.resolve = resolve));
      metricsRuns.push(run);
      return { promise, cancel: () => void (run.cancelled = true) };
    },
    sessions: createSessionStore(memoryBackend()),
    hint: memoryHint(),
    ...extra,
  };
  return { app: createAtlasApp(deps), forceRuns, metricsRuns };
}

describe("app/createAtlasApp", () => {
  it("two app instances share no state, no derived values and no services", async () => {
    const a = app();
    const b = app();
    await a.app.start(sample, "sample");
    expect(a.app.store.getState().graph?.order).toBe(87);
    expect(b.app.store.getState().graph).toBeNull();
    await b.app.start(sample, "sample");

    const graphA = a.app.store.getState().graph!;
    const graphB = b.app.store.getState().graph!;
    expect(graphA).not.toBe(graphB);

    // A filter in one app changes only that app's derived values.
    a.app.actions.setFilter({ linkTypes: ["production"] });
    const shownA = a.app.derived.visibleMatrix(a.app.store.getState())!;
    const shownB = b.app.derived.visibleMatrix(b.app.store.getState())!;
    expect(shownA.links).toBeLessThan(shownB.links);
    expect(shownB.links).toBe(graphB.size);
    expect(b.app.store.getState().filter.linkTypes).toEqual([]);

    // The force layout starts in the app whose view switched, and only there.
    a.app.actions.setMode("force");
    expect(a.forceRuns).toHaveLength(1);
    expect(b.forceRuns).toHaveLength(0);
    expect(a.app.store.getState().layout.running).toBe(true);
    expect(b.app.store.getState().layout.running).toBe(false);

    // So do metrics.
    b.app.actions.ensureMetrics();
    expect(b.metricsRuns).toHaveLength(1);
    expect(a.metricsRuns).toHaveLength(0);

    a.app.dispose();
    b.app.dispose();
  });

  it("the last load started wins in its own app, whatever another app loads meanwhile", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = app({
      parse: async (files, label, onProgress) => {
        await gate;
        return parseFiles(files, label, onProgress).data;
      },
    });
    const other = app();
    const first = slow.app.start(sample, "first");
    await other.app.start(sample, "other");
    release();
    expect(await first.then(() => slow.app.store.getState().dataset?.label)).toBe("first");
    expect(other.app.store.getState().dataset?.label).toBe("other");
  });

  it("applies the address once the first data is shown, and writes the view back", async () => {
    const url = memoryUrl("v=map&lt=production&sel=kr-busan-05");
    const { app: atlas } = app({ url });
    await atlas.start(sample, "sample");
    await new Promise((resolve) => setTimeout(resolve, 10));
    const state = atlas.store.getState();
    expect(state.filter.linkTypes).toEqual(["production"]);
    expect(state.selected).toBe("kr-busan-05");
    atlas.actions.setNodeColorBy("tier");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(url.written.at(-1)).toContain("nc=tier");
    atlas.dispose();
  });

  it("the camera service remembers a camera set before a map attaches, and tells the store when the zoom crosses the level switch", () => {
    const { app: atlas } = app();
    atlas.camera.set({ x: 0.1, y: 0.2, ratio: 0.3 });
    let applied: unknown = null;
    atlas.camera.attach({ get: () => ({ x: 0, y: 0, ratio: 1 }), set: (c) => (applied = c) });
    expect(applied).toEqual({ x: 0.1, y: 0.2, ratio: 0.3 });
    expect(atlas.store.getState().zoomedIn).toBe(false);
    atlas.camera.moved(0.3);
    expect(atlas.store.getState().zoomedIn).toBe(true);
    expect(atlas.derived.drawLevel(atlas.store.getState())).toBe("companies");
    atlas.camera.moved(1);
    expect(atlas.derived.drawLevel(atlas.store.getState())).toBe("divisions");
  });
});
