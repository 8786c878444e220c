import { describe, expect, it } from "vitest";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import type { DatasetToSave, StoreResult } from "../../../src/state/persist/types.ts";

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const saved = (id: string, savedAt: number): DatasetToSave => ({
  id,
  label: `label ${id}`,
  savedAt,
  files: [{ name: "links.csv", bytes: new TextEncoder().encode(`data of ${id}`) }],
});

/** Ways a saved entry is found damaged; each leaves the older "good" entry intact. */
const DAMAGE: Array<[string, (map: Map<string, unknown>) => void, string | null]> = [
  ["files record truncated", (m) => m.set("dataset:new:files", { format: 1, id: "new", files: [] }), "label new"],
  ["files record replaced", (m) => m.set("dataset:new:files", "<html>"), "label new"],
  ["file bytes shorter than described", (m) => m.set("dataset:new:files", { format: 1, id: "new", files: [{ name: "links.csv", bytes: new Uint8Array(2) }] }), "label new"],
  ["description damaged", (m) => m.set("dataset:new:meta", { format: 1, id: "new" }), null],
  ["description replaced by text", (m) => m.set("dataset:new:meta", "garbage"), null],
  ["description of another version", (m) => m.set("dataset:new:meta", { format: 99, id: "new" }), null],
  ["description missing", (m) => m.delete("dataset:new:meta"), null],
  ["files missing", (m) => m.delete("dataset:new:files"), "label new"],
];

describe("state/persist start-up", () => {
  it.each(DAMAGE)("%s: says what was lost, removes it, and restores the newest entry that reads", async (_name, damage, label) => {
    const backend = memoryBackend();
    const store = createSessionStore(backend);
    value(await store.saveDataset(saved("good", 1)));
    value(await store.saveDataset(saved("new", 2)));
    damage(backend.map);
    const result = value(await store.startup());
    expect(result.dataset?.id).toBe("good");
    expect(new TextDecoder().decode(result.dataset!.files[0]!.bytes)).toBe("data of good");
    expect(result.lost).toHaveLength(1);
    expect(result.lost[0]).toMatchObject({ id: "new", label });
    expect(result.lost[0]!.reason.length).toBeGreaterThan(0);
    // Nothing of the broken entry is left to list or to load.
    expect([...backend.map.keys()].filter((k) => k.includes(":new:"))).toEqual([]);
    expect(value(await store.list()).map((d) => d.id)).toEqual(["good"]);
  });

  it("finds nothing to restore when every entry is broken, and says so for each", async () => {
    const backend = memoryBackend();
    const store = createSessionStore(backend);
    value(await store.saveDataset(saved("a", 1)));
    value(await store.saveDataset(saved("b", 2)));
    backend.map.set("dataset:a:files", 7);
    backend.map.delete("dataset:b:meta");
    const result = value(await store.startup());
    expect(result.dataset).toBeNull();
    expect(result.lost.map((l) => l.id).sort()).toEqual(["a", "b"]);
    expect(backend.map.size).toBe(0);
  });

  it("restores the newest entry untouched when nothing is broken", async () => {
    const backend = memoryBackend();
    const store = createSessionStore(backend);
    value(await store.saveDataset(saved("old", 1)));
    value(await store.saveDataset(saved("new", 2)));
    const result = value(await store.startup());
    expect(result).toMatchObject({ dataset: { id: "new", label: "label new" }, lost: [] });
    expect(value(await store.list())).toHaveLength(2);
  });

  it("reports storage that is gone as a failure, never as 'nothing saved'", async () => {
    const backend = memoryBackend();
    backend.keys = async () => {
      const error = new Error("the database was deleted");
      error.name = "NotFoundError";
      throw error;
    };
    const result = await createSessionStore(backend).startup();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("unavailable");
  });
});
