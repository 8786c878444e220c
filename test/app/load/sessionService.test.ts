import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAtlasApp, type AppDeps } from "../../../src/app/createApp.ts";
import { memoryHint } from "../../../src/app/load/sessionService.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import type { UrlAdapter } from "../../../src/state/view/location.ts";

const read = (name: string) => new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url)));
const sample = (): NamedBuffer[] => ["companies.csv", "links.csv"].map((name) => ({ name, buffer: read(name).slice().buffer }));
const file = (name: string, text: string) => new File([text], name);
const companies = () => file("companies.csv", new TextDecoder().decode(read("companies.csv")));
const nothingValid = () => file("junk.csv", "foo,bar\n1,2\n");

const url = (): UrlAdapter => ({ read: () => new URLSearchParams(), write: () => true });

function setup(extra: Partial<AppDeps> = {}) {
  const backend = memoryBackend();
  const sessions = createSessionStore(backend);
  const hint = memoryHint(true);
  const make = (more: Partial<AppDeps> = {}) =>
    createAtlasApp({ url: url(), sessions, hint, parse: async (files, label, onProgress) => parseFiles(files, label, onProgress).data, ...extra, ...more });
  return { backend, sessions, hint, make };
}

describe("app/session service", () => {
  it("keeps the files before parsing starts, so a reload during the load finds them", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { sessions, make } = setup({
      parse: async (files, label, onProgress) => {
        await gate;
        return parseFiles(files, label, onProgress).data;
      },
    });
    const app = make();
    const loading = app.actions.loadFiles([companies()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const listed = await sessions.list();
    expect(listed.ok && listed.value.map((d) => d.label)).toEqual(["companies.csv"]);
    // A second app, as after a reload, restores them.
    const reloaded = setup().make({ sessions });
    await reloaded.start(sample, "sample");
    expect(reloaded.store.getState().dataset?.label).toBe("companies.csv");
    release();
    await loading;
  });

  it("drops the saved copy again when the files held nothing valid", async () => {
    const { sessions, make } = setup();
    const app = make();
    await app.actions.loadFiles([nothingValid()]);
    const listed = await sessions.list();
    expect(listed.ok && listed.value).toEqual([]);
  });

  it("says which saved data was lost, removes it, and shows the one saved before, never silently", async () => {
    const { backend, sessions, make } = setup();
    const first = make();
    await first.actions.loadFiles([companies()]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await first.actions.loadFiles([file("second.csv", new TextDecoder().decode(read("companies.csv")))]);
    const newest = [...backend.map.keys()].filter((k) => k.endsWith(":files")).sort().at(-1)!;
    backend.map.set(newest, { format: 1, files: "truncated" });

    const app = make();
    await app.start(sample, "sample");
    expect(app.store.getState().dataset?.label).toBe("companies.csv");
    expect(app.store.getState().sessionNotices).toEqual([expect.objectContaining({ kind: "lost", label: "second.csv" })]);
    const listed = await sessions.list();
    expect(listed.ok && listed.value.map((d) => d.label)).toEqual(["companies.csv"]);
  });

  it("a saved dataset that gives nothing valid is removed and the next one tried", async () => {
    const { sessions, make } = setup();
    const first = make();
    await first.actions.loadFiles([companies()]);
    await sessions.saveDataset({ id: "9999999999999", label: "junk.csv", savedAt: Date.now() + 1000, files: [{ name: "junk.csv", bytes: new TextEncoder().encode("foo,bar\n1,2\n") }] });
    const app = make();
    await app.start(sample, "sample");
    expect(app.store.getState().dataset?.label).toBe("companies.csv");
    expect(app.store.getState().sessionNotices).toEqual([expect.objectContaining({ kind: "nothing-valid", label: "junk.csv" })]);
  });

  it("tells on the next start that the files chosen last were not kept", async () => {
    const { hint, make } = setup();
    hint.setPending("links.csv");
    const app = make();
    await app.start(sample, "sample");
    expect(app.store.getState().sessionNotices).toEqual([{ kind: "not-kept", label: "links.csv" }]);
    expect(hint.pending()).toBeNull();
  });

  it("a listed dataset that no longer reads is removed with a notice instead of a button that does nothing", async () => {
    const { backend, sessions, make } = setup();
    const app = make();
    await app.actions.loadFiles([companies()]);
    const listed = await sessions.list();
    const id = listed.ok ? listed.value[0]!.id : "";
    backend.map.set(`dataset:${id}:files`, "garbage");
    await app.actions.loadSaved(id);
    expect(app.store.getState().sessionNotices).toEqual([expect.objectContaining({ kind: "lost", label: "companies.csv" })]);
    const after = await sessions.list();
    expect(after.ok && after.value).toEqual([]);
  });

  it("unreadable saved settings are dropped with a notice and the app starts on the default view", async () => {
    const { backend, make } = setup({ hint: memoryHint(false) });
    backend.map.set("settings", { format: 1, query: 42 });
    const app = make();
    await app.start(sample, "sample");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.store.getState().sessionNotices).toEqual([expect.objectContaining({ kind: "view-reset" })]);
    expect(app.store.getState().graph?.order).toBe(87);
  });

  it("resetting the view after a drawing failure keeps the data and the language", async () => {
    const { make } = setup({ hint: memoryHint(false) });
    const app = make();
    await app.start(sample, "sample");
    app.actions.setLang("en");
    app.actions.select("kr-busan-05");
    app.actions.setNodeColorBy("tier");
    app.actions.recoverView("boom");
    const s = app.store.getState();
    expect(s.selected).toBeNull();
    expect(s.nodeColorBy).toBe("division");
    expect(s.lang).toBe("en");
    expect(s.graph?.order).toBe(87);
    expect(s.sessionNotices).toEqual([{ kind: "view-reset", reason: "boom" }]);
  });
});
