import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { createAtlasApp, type AppDeps } from "../../../src/app/createApp.ts";
import { memoryHint } from "../../../src/app/load/sessionService.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import type { UrlAdapter } from "../../../src/state/view/location.ts";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import { SCENES_PARAM, decodeScenes } from "../../../src/state/view/scenesCodec.ts";
import { COMPANIES_FIRST_LINKS } from "../../../src/app/load/loader.ts";
import { syntheticNetwork } from "../../../scripts/lib/synthetic.ts";

const sample = (): NamedBuffer[] =>
  ["companies.csv", "links.csv"].map((name) => ({ name, buffer: new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url))).buffer }));

function memoryUrl(initial = ""): UrlAdapter & { current: () => URLSearchParams } {
  let current = new URLSearchParams(initial);
  return { current: () => current, read: () => new URLSearchParams(current), write: (params) => ((current = new URLSearchParams(params)), true) };
}

function app(extra: AppDeps = {}) {
  const deps: AppDeps = {
    url: memoryUrl(),
    parse: async (files, label, onProgress) => parseFiles(files, label, onProgress).data,
    startForce: (_graph, callbacks) => ({ stop: () => callbacks.onDone(new Map()) }),
    runMetrics: () => ({ promise: new Promise(() => undefined), cancel: () => undefined }),
    sessions: createSessionStore(memoryBackend()),
    hint: memoryHint(),
    sceneBackend: memoryBackend(),
    ...extra,
  };
  return createAtlasApp(deps);
}

async function started(a: ReturnType<typeof app>) {
  await a.start(sample, "sample");
  // The first address is applied a moment after the first graph (session service).
  await vi.waitFor(() => expect(a.store.getState().graphVersion).toBe(1));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return a;
}

describe("app/scenesService", () => {
  it("captures views as scenes and shows each one again: mode, filters, selection, camera", async () => {
    const a = await started(app());
    const s = () => a.store.getState();
    a.scenes.capture("all", "every link");
    a.actions.setFilter({ linkTypes: ["production"] });
    a.actions.select("kr-busan-05");
    a.camera.set({ x: 0.3, y: 0.7, ratio: 0.5 });
    a.scenes.capture("production", "");
    a.actions.setMode("force");
    a.scenes.capture("force", "");
    expect(s().scenes.map((x) => x.name)).toEqual(["all", "production", "force"]);

    await a.scenes.show(0);
    expect([s().mode, s().filter.linkTypes, s().selected, s().sceneIndex]).toEqual(["map", [], null, 0]);
    await a.scenes.step(1);
    expect([s().mode, s().filter.linkTypes, s().selected, s().sceneIndex]).toEqual(["map", ["production"], "kr-busan-05", 1]);
    await a.scenes.step(1);
    expect(s().mode).toBe("force");
    // Stepping past the end stays at the last scene.
    await a.scenes.step(1);
    expect(s().sceneIndex).toBe(2);
    a.dispose();
  });

  it("writes the scenes into the address, reads them from a link, and keeps them per dataset in storage", async () => {
    const url = memoryUrl();
    const sceneBackend = memoryBackend();
    const a = await started(app({ url, sceneBackend }));
    a.scenes.capture("생산", "부산 → 서울");
    a.scenes.capture("<script>", '" onload="x');
    await vi.waitFor(() => expect(url.current().get(SCENES_PARAM)).toBeTruthy());
    await vi.waitFor(() => expect([...sceneBackend.map.keys()].some((k) => k.startsWith("scenes:"))).toBe(true));
    a.dispose();

    // Opening the link elsewhere (nothing in that browser's storage).
    const elsewhere = memoryBackend();
    const b = await started(app({ url: memoryUrl(`${SCENES_PARAM}=${url.current().get(SCENES_PARAM)}`), sceneBackend: elsewhere }));
    await vi.waitFor(() => expect(b.store.getState().scenes.map((x) => x.name)).toEqual(["생산", "<script>"]));
    // Kept there at once, not after edits settle: a link opened and left within moments keeps its scenes.
    b.dispose();
    await vi.waitFor(() => expect([...elsewhere.map.keys()].some((k) => k.startsWith("scenes:"))).toBe(true), { timeout: 200 });
    const kept = await started(app({ sceneBackend: elsewhere }));
    await vi.waitFor(() => expect(kept.store.getState().scenes.map((x) => x.name)).toEqual(["생산", "<script>"]));
    kept.dispose();

    // The same browser without a link: storage brings them back.
    const c = await started(app({ sceneBackend }));
    await vi.waitFor(() => expect(c.store.getState().scenes.map((x) => x.caption)).toEqual(["부산 → 서울", '" onload="x']));
    c.dispose();

    // A broken scenes parameter is a notice, not a crash.
    const d = await started(app({ url: memoryUrl(`${SCENES_PARAM}=@@@`) }));
    await vi.waitFor(() => expect(d.store.getState().urlNotices.some((n) => n.param === SCENES_PARAM)).toBe(true));
    expect(d.store.getState().scenes).toEqual([]);
    d.dispose();
  });

  it("updates a scene from the view on screen; the updated view travels in the link and in storage", async () => {
    const url = memoryUrl();
    const sceneBackend = memoryBackend();
    const a = await started(app({ url, sceneBackend }));
    const s = () => a.store.getState();
    a.scenes.capture("전국", "모든 연결");
    a.scenes.capture("둘째", "");
    const before = s().scenes[0]!;
    a.actions.setFilter({ linkTypes: ["production"] });
    a.actions.setMode("force");
    a.scenes.update(before.id);
    expect(s().scenes[0]).toMatchObject({ id: before.id, name: "전국", caption: "모든 연결" });
    expect(s().scenes[0]!.query).not.toBe(before.query);
    expect(s().sceneIndex).toBe(0);
    // Showing it again brings the updated view back.
    a.actions.setFilter({ linkTypes: [] });
    a.actions.setMode("map");
    await a.scenes.show(0);
    expect([s().mode, s().filter.linkTypes]).toEqual(["force", ["production"]]);
    const query = s().scenes[0]!.query;
    await vi.waitFor(() => expect(decodeScenes(url.current().get(SCENES_PARAM) ?? "").scenes[0]?.query).toBe(query));
    // Let the debounced save land before the app goes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    a.dispose();

    const b = await started(app({ url: memoryUrl(`${SCENES_PARAM}=${url.current().get(SCENES_PARAM)}`) }));
    await vi.waitFor(() => expect(b.store.getState().scenes.map((x) => [x.name, x.query])).toEqual([["전국", query], ["둘째", expect.any(String)]]));
    b.dispose();
    const c = await started(app({ sceneBackend }));
    await vi.waitFor(() => expect(c.store.getState().scenes[0]?.query).toBe(query));
    c.dispose();
  });

  it("keeps the scenes made while a big network's links were being built", async () => {
    const a = await started(app());
    const net = syntheticNetwork({ companies: 3_000, links: COMPANIES_FIRST_LINKS + 10_000, seed: 41 });
    const files = [
      { name: "companies.csv", buffer: new TextEncoder().encode(net.companiesCsv).buffer as ArrayBuffer },
      { name: "links.csv", buffer: new TextEncoder().encode(net.linksCsv).buffer as ArrayBuffer },
    ];
    let capturedWhilePending: boolean | null = null;
    const off = a.store.subscribe((s, before) => {
      if (s.linksPending && !before.linksPending) {
        // After the new dataset's saved scenes (none) were looked up.
        setTimeout(() => {
          capturedWhilePending = a.store.getState().linksPending;
          a.scenes.capture("기다리는 동안", "");
        }, 5);
      }
    });
    await a.session.loadAndKeep(files, "big");
    off();
    expect(capturedWhilePending).toBe(true);
    expect(a.store.getState().linksPending).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(a.store.getState().scenes.map((x) => x.name)).toEqual(["기다리는 동안"]);
    a.dispose();
  });
});
