import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { set as idbSet, createStore as idbCreateStore } from "idb-keyval";
import { idbBackend, memoryBackend, type KvBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import { savedFilesFromBuffers, savedToBuffers, savedToInputFiles } from "../../../src/state/persist/files.ts";
import type { DatasetToSave, StoreResult } from "../../../src/state/persist/types.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { completeView, defaultView } from "../../../src/state/view/schema.ts";
import { knownFromDataset } from "../../../src/state/view/known.ts";

const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url))) });

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function dataset(id: string, savedAt: number, ...contents: string[]): DatasetToSave {
  return { id, label: `label ${id}`, savedAt, files: contents.map((text, i) => ({ name: `f${i}.csv`, bytes: new TextEncoder().encode(text) })) };
}

let dbCount = 0;
/** A fresh IndexedDB database per test, plus a way to write raw values into it. */
function freshIdb() {
  const name = `supply-atlas-test-${++dbCount}`;
  return { backend: idbBackend(name, "sessions"), raw: idbCreateStore(name, "sessions"), name };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const backends: [string, () => KvBackend][] = [
  ["IndexedDB (fake-indexeddb)", () => freshIdb().backend],
  ["memory", () => memoryBackend()],
];

describe.each(backends)("state/persist session store on %s", (_name, make) => {
  it("saves, lists newest first with sizes, loads by id and the latest", async () => {
    const store = createSessionStore(make());
    expect(value(await store.list())).toEqual([]);
    expect(value(await store.loadLatest())).toBeNull();
    expect(value(await store.load("nothing"))).toBeNull();

    expect(value(await store.saveDataset(dataset("a", 1000, "id,name\n", "x")))).toEqual({
      id: "a",
      label: "label a",
      bytes: 9,
      savedAt: 1000,
      fileNames: ["f0.csv", "f1.csv"],
    });
    value(await store.saveDataset(dataset("b", 3000, "한글")));
    value(await store.saveDataset(dataset("c", 2000, "")));

    const listed = value(await store.list());
    expect(listed.map((d) => [d.id, d.bytes])).toEqual([["b", 6], ["c", 0], ["a", 9]]);

    const a = value(await store.load("a"));
    expect(a?.label).toBe("label a");
    expect(a?.files.map((f) => new TextDecoder().decode(f.bytes))).toEqual(["id,name\n", "x"]);
    expect(a?.files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(value(await store.loadLatest())?.id).toBe("b");
  });

  it("replaces an entry saved under the same id, removes one, clears all", async () => {
    const store = createSessionStore(make());
    value(await store.saveDataset(dataset("a", 1, "old")));
    value(await store.saveDataset(dataset("a", 2, "newer")));
    expect(value(await store.list()).map((d) => [d.id, d.bytes])).toEqual([["a", 5]]);
    value(await store.saveDataset(dataset("b", 3, "b")));
    value(await store.saveSettings(defaultView()));
    value(await store.remove("a"));
    expect(value(await store.load("a"))).toBeNull();
    expect(value(await store.list()).map((d) => d.id)).toEqual(["b"]);
    value(await store.clear());
    expect(value(await store.list())).toEqual([]);
    expect(value(await store.loadSettings(knownFromDataset(null)))).toBeNull();
  });

  it("stores a copy of exactly the given bytes", async () => {
    const store = createSessionStore(make());
    const big = new Uint8Array(1000).fill(7);
    const view = big.subarray(10, 14);
    const pending = store.saveDataset({ id: "v", label: "", savedAt: 5, files: [{ name: "part", bytes: view }] });
    big.fill(0); // the caller reuses its buffer right after the call
    expect(value(await pending).bytes).toBe(4);
    const loaded = value(await store.load("v"));
    expect([...loaded!.files[0]!.bytes]).toEqual([7, 7, 7, 7]);
  });

  it("round-trips the view settings through the URL decoder", async () => {
    const store = createSessionStore(make(), { now: () => 42 });
    const view = defaultView();
    view.mode = "force";
    view.selected = "a";
    view.filter.industries = ["Machinery, equipment"];
    view.camera = { x: 0.1, y: -0.2, ratio: 0.3 };
    value(await store.saveSettings(view));
    const known = { divisions: [], industries: ["Machinery, equipment"], companies: (id: string) => id === "a" };
    const loaded = value(await store.loadSettings(known));
    expect(loaded?.notices).toEqual([]);
    expect(completeView(loaded!.view)).toEqual(view);
    // Against other data the saved selection is dropped, with a notice, not an error.
    const other = value(await store.loadSettings(knownFromDataset(null)));
    expect(other?.view.selected).toBeUndefined();
    expect(other?.notices.map((n) => n.code)).toEqual(["unknown-value", "unknown-value"]);
  });

  it("rejects unusable input as a failure, not an exception", async () => {
    const store = createSessionStore(make());
    for (const bad of [
      { ...dataset("", 1, "x") },
      { ...dataset("x".repeat(300), 1, "x") },
      { ...dataset("a", Number.NaN, "x") },
      { ...dataset("a", 1) },
      { id: "a", label: "a", savedAt: 1, files: [{ name: "f", bytes: "text" }] } as unknown as DatasetToSave,
    ]) {
      const result = await store.saveDataset(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("unknown");
    }
    expect(value(await store.list())).toEqual([]);
    const load = await store.load("");
    expect(load.ok).toBe(false);
  });
});

describe("state/persist reproducible reload", () => {
  it("re-reading the saved original files gives the same dataset and import report", async () => {
    const files = [fixture("broken-companies.csv"), fixture("broken-links.csv"), fixture("companies-ko.cp949.csv"), fixture("links-ko.csv")];
    const before = readFiles(files, { label: "my data" });
    expect(before.report.rejected.length).toBeGreaterThan(0);

    const { backend, name } = freshIdb();
    value(await createSessionStore(backend).saveDataset({ id: "s1", label: "my data", savedAt: Date.now(), files }));

    // A new page: a new backend object on the same database.
    const again = createSessionStore(idbBackend(name, "sessions"));
    const saved = value(await again.loadLatest());
    expect(saved?.label).toBe("my data");
    const after = readFiles(savedToInputFiles(saved!), { label: saved!.label });
    expect(after).toEqual(before);
  });

  it("converts to and from the buffers loadDataset takes, copying so a transfer cannot empty the save", () => {
    const text = "id,name\nC01,가\n";
    const buffer = new TextEncoder().encode(text).buffer;
    const size = buffer.byteLength;
    const saved = savedFilesFromBuffers([{ name: "c.csv", buffer }]);
    structuredClone(buffer, { transfer: [buffer] }); // what postMessage to the worker does
    expect(buffer.byteLength).toBe(0);
    expect(saved[0]!.bytes.byteLength).toBe(size);
    const buffers = savedToBuffers({ files: saved });
    expect(new TextDecoder().decode(buffers[0]!.buffer)).toBe(text);
    expect(buffers[0]!.buffer).not.toBe(saved[0]!.bytes.buffer);
  });
});

/** Wraps a backend so chosen calls fail the way a browser fails them. */
function failing(inner: KvBackend, fail: Partial<Record<keyof KvBackend, () => unknown>>): KvBackend {
  const wrap =
    <K extends keyof KvBackend>(key: K) =>
    (...args: Parameters<KvBackend[K]>) => {
      const thrower = fail[key];
      if (thrower) return Promise.reject(thrower());
      return (inner[key] as (...a: Parameters<KvBackend[K]>) => ReturnType<KvBackend[K]>)(...args);
    };
  return { getMany: wrap("getMany"), setMany: wrap("setMany"), delMany: wrap("delMany"), keys: wrap("keys"), clear: wrap("clear") };
}

describe("state/persist failures", () => {
  it("reports a full disk as quota and keeps what was saved before", async () => {
    const inner = memoryBackend();
    const ok = createSessionStore(inner);
    value(await ok.saveDataset(dataset("old", 1, "kept")));
    const full = createSessionStore(failing(inner, { setMany: () => new DOMException("The quota has been exceeded.", "QuotaExceededError") }));
    const files = dataset("new", 2, "x".repeat(100));
    const result = await full.saveDataset(files);
    expect(result).toEqual({ ok: false, error: { code: "quota", message: expect.stringContaining("QuotaExceededError") } });
    // The caller's data is untouched and the earlier save still loads.
    expect(new TextDecoder().decode(files.files[0]!.bytes)).toBe("x".repeat(100));
    expect(value(await full.list()).map((d) => d.id)).toEqual(["old"]);
    const settings = await full.saveSettings(defaultView());
    expect(!settings.ok && settings.error.code).toBe("quota");
  });

  it("recognises legacy quota errors by code", async () => {
    const legacy = Object.assign(new Error("NS_ERROR_DOM_QUOTA_REACHED"), { name: "NS_ERROR_DOM_QUOTA_REACHED" });
    const coded = { name: "Error", message: "old browser", code: 22 };
    for (const error of [legacy, coded]) {
      const store = createSessionStore(failing(memoryBackend(), { setMany: () => error }));
      const result = await store.saveDataset(dataset("a", 1, "x"));
      expect(!result.ok && result.error.code).toBe("quota");
    }
  });

  it("reports a quota error thrown by IndexedDB itself", async () => {
    const { backend } = freshIdb();
    // fake-indexeddb has no quota; make its object store's put fail as a browser's does.
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("quota", "QuotaExceededError");
    });
    try {
      const result = await createSessionStore(backend).saveDataset(dataset("a", 1, "x"));
      expect(!result.ok && result.error.code).toBe("quota");
    } finally {
      put.mockRestore();
    }
    // Nothing half-written: the save was one transaction.
    expect(value(await createSessionStore(backend).list())).toEqual([]);
  });

  it("reports a browser without IndexedDB as unavailable", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const store = createSessionStore(idbBackend("no-idb", "sessions"));
    for (const result of [
      await store.saveDataset(dataset("a", 1, "x")),
      await store.list(),
      await store.loadLatest(),
      await store.saveSettings(defaultView()),
      await store.clear(),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("unavailable");
    }
  });

  it("reports IndexedDB that refuses to open (private mode) as unavailable", async () => {
    vi.stubGlobal("indexedDB", {
      open: () => {
        throw new DOMException("A mutation operation was attempted on a database that did not allow mutations.", "InvalidStateError");
      },
    });
    const result = await createSessionStore(idbBackend("private", "sessions")).list();
    expect(result).toEqual({ ok: false, error: { code: "unavailable", message: expect.stringContaining("InvalidStateError") } });
  });

  it("gives up on storage that never answers", async () => {
    const hang: KvBackend = { ...memoryBackend(), keys: () => new Promise<string[]>(() => {}) };
    const result = await createSessionStore(hang, { timeoutMs: 20 }).list();
    expect(!result.ok && result.error.code).toBe("unavailable");
  });

  it("reports anything else as unknown", async () => {
    const store = createSessionStore(failing(memoryBackend(), { getMany: () => "a string, not an Error" }));
    const result = await store.load("a");
    expect(result).toEqual({ ok: false, error: { code: "unknown", message: expect.stringContaining("a string, not an Error") } });
  });

  it("reports corrupt entries as corrupt, and lists only the readable ones", async () => {
    const { backend, raw } = freshIdb();
    const store = createSessionStore(backend);
    value(await store.saveDataset(dataset("good", 1, "ok")));
    value(await store.saveDataset(dataset("bad-files", 2, "ok")));
    value(await store.saveDataset(dataset("bad-size", 3, "ok")));
    await idbSet("dataset:bad-files:files", { format: 1, id: "bad-files", files: [{ name: "f0.csv", bytes: "not bytes" }] }, raw);
    await idbSet("dataset:bad-size:files", { format: 1, id: "bad-size", files: [{ name: "f0.csv", bytes: new Uint8Array(1) }] }, raw);
    await idbSet("dataset:junk:meta", "<html>", raw);
    await idbSet("dataset:future:meta", { format: 2, id: "future" }, raw);
    await idbSet("dataset:orphan:files", { format: 1, id: "orphan", files: [] }, raw);
    await idbSet("settings", { format: 1, query: 42 }, raw);

    expect(value(await store.list()).map((d) => d.id)).toEqual(["bad-size", "bad-files", "good"]);
    for (const id of ["bad-files", "bad-size", "junk", "future", "orphan"]) {
      const result = await store.load(id);
      expect(result.ok, id).toBe(false);
      if (!result.ok) expect(result.error.code, id).toBe("corrupt");
    }
    const latest = await store.loadLatest();
    expect(!latest.ok && latest.error.code).toBe("corrupt");
    const settings = await store.loadSettings(knownFromDataset(null));
    expect(!settings.ok && settings.error.code).toBe("corrupt");
    expect(value(await store.load("good"))?.id).toBe("good");
    // A corrupt entry can still be removed.
    value(await store.remove("bad-size"));
    expect(value(await store.list()).map((d) => d.id)).toEqual(["bad-files", "good"]);
  });
});
