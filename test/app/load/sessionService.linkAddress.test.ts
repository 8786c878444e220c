// The address and the screen: a link made for other data waits for its data, a link pasted
// into an open tab is followed, and what the screen shows is what the address says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAtlasApp, type AppDeps } from "../../../src/app/createApp.ts";
import { memoryHint } from "../../../src/app/load/sessionService.ts";
import { companiesFingerprint } from "../../../src/graph/build/dataIdentity.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import type { SessionStore } from "../../../src/state/persist/types.ts";
import type { UrlAdapter } from "../../../src/state/view/location.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import { generatedFiles } from "../nodeApp.ts";

const sample = (): NamedBuffer[] =>
  ["companies.csv", "links.csv"].map((name) => ({ name, buffer: new Uint8Array(readFileSync(new URL(`../../../data/sample/${name}`, import.meta.url))).buffer }));
const SAMPLE_FP = companiesFingerprint(parseFiles(sample(), "sample", () => undefined).data.dataset.companies);

/** An address bar: what the app writes, and `navigate` for a link pasted or typed into the tab. */
function memoryUrl(initial = ""): UrlAdapter & { text: () => string; navigate: (text: string) => void } {
  let current = new URLSearchParams(initial);
  const listeners = new Set<() => void>();
  return {
    text: () => current.toString(),
    read: () => new URLSearchParams(current),
    write: (params) => {
      current = new URLSearchParams(params);
      return true;
    },
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    navigate(text) {
      current = new URLSearchParams(text);
      for (const listener of listeners) listener();
    },
  };
}

function makeApp(url: UrlAdapter, sessions: SessionStore = createSessionStore(memoryBackend())) {
  const deps: AppDeps = {
    url,
    parse: async (files, label, onProgress) => parseFiles(files, label, onProgress).data,
    startForce: () => ({ stop: () => undefined }),
    runMetrics: () => ({ promise: new Promise(() => undefined), cancel: () => undefined }),
    sessions,
    hint: memoryHint(),
  };
  return createAtlasApp(deps);
}

const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `ready` holds: a loaded machine then waits longer instead of failing. */
async function until(ready: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!ready()) {
    if (Date.now() > end) throw new Error("test/app/linkAddress: the app did not get there in time");
    await settle(10);
  }
}

/** Another network than the sample, and a company of it. */
function otherData() {
  const files = generatedFiles(300, 900, 5);
  const companies = parseFiles(files.map((f) => ({ ...f, buffer: f.buffer.slice(0) })), "other", () => undefined).data.dataset.companies;
  return { files, fingerprint: companiesFingerprint(companies), company: companies[7]!.id };
}

describe("app/the address and the data it was made for", () => {
  it("keeps a link made for other data off the sample, says so, and shows it once its files are loaded", async () => {
    const other = otherData();
    const link = `ds=${other.fingerprint}&lt=production&sel=${other.company}&vin=2026-07`;
    const url = memoryUrl(link);
    const app = makeApp(url);
    await app.start(sample, "sample");
    await settle();
    let state = app.store.getState();
    expect(state.dataset?.label).toBe("sample");
    // Nothing of the link on the sample, and the link stays in the address.
    expect(state.filter.linkTypes).toEqual([]);
    expect(state.vintage).toBe("2023");
    expect(state.selected).toBeNull();
    expect(state.pendingLink).toEqual({ companies: 300, partly: false });
    expect(state.urlNotices).toEqual([]);
    expect(url.text()).toBe(new URLSearchParams(link).toString());

    await app.session.loadAndKeep(other.files, "companies.csv, links.csv");
    await settle();
    state = app.store.getState();
    expect(state.pendingLink).toBeNull();
    expect(state.filter.linkTypes).toEqual(["production"]);
    expect(state.vintage).toBe("2026-07");
    expect(state.selected).toBe(other.company);
    expect(new URLSearchParams(url.text()).get("ds")).toBe(other.fingerprint);
    expect(new URLSearchParams(url.text()).get("lt")).toBe("production");
    app.dispose();
  });

  it("a link from before fingerprints that names companies the sample lacks: what fits is shown, the rest waits for its files", async () => {
    const other = otherData();
    const url = memoryUrl(`sel=${other.company}&lt=sales`);
    const app = makeApp(url);
    await app.start(sample, "sample");
    await settle();
    let state = app.store.getState();
    // It may as well be mistyped: what fits applies, the rest is named in a notice, as links always did.
    expect(state.filter.linkTypes).toEqual(["sales"]);
    expect(state.selected).toBeNull();
    expect(state.urlNotices.map((n) => [n.code, n.param])).toEqual([["unknown-value", "sel"]]);
    expect(state.pendingLink).toEqual({ companies: null, partly: true });
    expect(new URLSearchParams(url.text()).get("ds")).toBe(SAMPLE_FP);

    await app.session.loadAndKeep(other.files, "companies.csv, links.csv");
    await settle();
    state = app.store.getState();
    expect(state.selected).toBe(other.company);
    expect(state.filter.linkTypes).toEqual(["sales"]);
    expect(state.pendingLink).toBeNull();
    app.dispose();

    const shown = makeApp(memoryUrl("sel=kr-busan-05&lt=sales"));
    await shown.start(sample, "sample");
    await until(() => shown.store.getState().selected !== null);
    expect(shown.store.getState().pendingLink).toBeNull();
    expect(shown.store.getState().selected).toBe("kr-busan-05");
    shown.dispose();
  });

  it("a link naming other data is not applied to yet other data loaded meanwhile", async () => {
    const other = otherData();
    const third = generatedFiles(120, 300, 9);
    const url = memoryUrl(`ds=${other.fingerprint}&lt=production`);
    const app = makeApp(url);
    await app.start(sample, "sample");
    await until(() => app.store.getState().pendingLink !== null);
    await app.session.loadAndKeep(third, "third.csv");
    await settle();
    expect(app.store.getState().filter.linkTypes).toEqual([]);
    expect(app.store.getState().pendingLink).toEqual({ companies: 300, partly: false });
    app.dispose();
  });

  it("ignoring the waiting link lets the address follow the screen again", async () => {
    const other = otherData();
    const url = memoryUrl(`ds=${other.fingerprint}&lt=production`);
    const app = makeApp(url);
    await app.start(sample, "sample");
    await until(() => app.store.getState().pendingLink !== null);
    app.actions.setPendingLink(null);
    await settle();
    expect(url.text()).toBe(`ds=${SAMPLE_FP}`);
    app.dispose();
  });

  it("follows a link pasted into the open tab, and a link for this data carries its fingerprint", async () => {
    const url = memoryUrl();
    const app = makeApp(url);
    await app.start(sample, "sample");
    await settle();
    expect(url.text()).toBe(`ds=${SAMPLE_FP}`);
    url.navigate(`vin=2026-07&div=KR-GJN&dm=incoming&ds=${SAMPLE_FP}`);
    await until(() => app.store.getState().selectedDivisions.length > 0);
    const state = app.store.getState();
    expect(state.vintage).toBe("2026-07");
    expect(state.selectedDivisions).toEqual(["KR-GJN"]);
    expect(state.divisionMode).toBe("incoming");
    // What the pasted link leaves out goes back to its default: the address describes the whole view.
    url.navigate(`lt=sales&ds=${SAMPLE_FP}`);
    await until(() => app.store.getState().filter.linkTypes.length > 0);
    expect(app.store.getState().vintage).toBe("2023");
    expect(app.store.getState().filter.linkTypes).toEqual(["sales"]);
    app.dispose();
  });

  it("after a reload the address says the vintage the screen shows: saved settings are written back, an address wins", async () => {
    const sessions = createSessionStore(memoryBackend());
    const firstUrl = memoryUrl();
    const first = makeApp(firstUrl, sessions);
    await first.start(sample, "sample");
    // The first address is written once the start has applied its view.
    await until(() => firstUrl.text() !== "");
    first.actions.setVintage("2026-07");
    await settle();
    first.dispose();

    // A reload without a view in the address: the saved vintage shows, and the address says it.
    const url = memoryUrl();
    const reloaded = makeApp(url, sessions);
    await reloaded.start(sample, "sample");
    await settle();
    expect(reloaded.store.getState().vintage).toBe("2026-07");
    expect(new URLSearchParams(url.text()).get("vin")).toBe("2026-07");
    reloaded.dispose();

    // An address that names the vintage wins over the saved one, also when it names the default.
    const named = memoryUrl(`vin=2023&ds=${SAMPLE_FP}`);
    const linked = makeApp(named, sessions);
    await linked.start(sample, "sample");
    await settle();
    expect(linked.store.getState().vintage).toBe("2023");
    expect(new URLSearchParams(named.text()).get("vin")).toBeNull();
    linked.dispose();
  });

  it("clearing the division takes the division mode out of the address", async () => {
    const url = memoryUrl(`div=KR-26&dm=outgoing&ds=${SAMPLE_FP}`);
    const app = makeApp(url);
    await app.start(sample, "sample");
    await until(() => app.store.getState().selectedDivisions.length > 0);
    expect(app.store.getState().divisionMode).toBe("outgoing");
    app.actions.toggleDivision(null);
    await settle();
    expect(url.text()).toBe(`ds=${SAMPLE_FP}`);
    app.dispose();
  });

  it("a link pasted while the first start is still reading the saved settings is shown, not lost", async () => {
    const base = createSessionStore(memoryBackend());
    let reading = false;
    // Saved settings that take a while to read, as IndexedDB may on a busy machine.
    const slow: SessionStore = {
      ...base,
      loadSettings: async (known) => {
        reading = true;
        await settle(300);
        return base.loadSettings(known);
      },
    };
    const url = memoryUrl();
    const app = makeApp(url, slow);
    const started = app.start(sample, "sample");
    await until(() => reading);
    url.navigate(`lt=sales&ds=${SAMPLE_FP}`);
    await started;
    await until(() => app.store.getState().filter.linkTypes.length > 0);
    expect(app.store.getState().filter.linkTypes).toEqual(["sales"]);
    await until(() => url.text().includes("lt=sales"));
    app.dispose();
  });
});
