import { afterEach, describe, expect, it, vi } from "vitest";
import { asTheme, localStorageTheme, memoryTheme } from "../../../src/app/present/themeMemory.ts";
import { createAtlasApp } from "../../../src/app/createApp.ts";
import { memoryHint } from "../../../src/app/load/sessionService.ts";
import { memoryMappings } from "../../../src/app/load/mappingService.ts";

/** A localStorage stand-in holding `entries`; `broken` makes every call throw, as blocked storage does. */
function fakeStorage(entries: Record<string, string> = {}, broken = false) {
  const map = new Map(Object.entries(entries));
  const guard = () => {
    if (broken) throw new DOMException("blocked", "SecurityError");
  };
  return {
    map,
    getItem: (k: string) => (guard(), map.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void map.set(k, v)),
    removeItem: (k: string) => (guard(), void map.delete(k)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("the kept colour theme", () => {
  it("reads only the themes it knows; anything else is light", () => {
    expect(asTheme("dark")).toBe("dark");
    expect(asTheme("light")).toBe("light");
    for (const odd of [null, undefined, "", "DARK", "solarized", '"dark"', 1, {}]) expect(asTheme(odd)).toBe("light");
  });

  it("keeps the theme in localStorage and reads it back", () => {
    const storage = fakeStorage();
    vi.stubGlobal("localStorage", storage);
    const memory = localStorageTheme();
    expect(memory.read()).toBe("light");
    memory.write("dark");
    expect(storage.map.get("supply-atlas:theme")).toBe("dark");
    expect(localStorageTheme().read()).toBe("dark");
  });

  it("a corrupt stored value, or storage that throws, falls back to light without an error", () => {
    vi.stubGlobal("localStorage", fakeStorage({ "supply-atlas:theme": "{not json" }));
    expect(localStorageTheme().read()).toBe("light");
    vi.stubGlobal("localStorage", fakeStorage({}, true));
    const blocked = localStorageTheme();
    expect(blocked.read()).toBe("light");
    expect(() => blocked.write("dark")).not.toThrow();
  });

  it("the app starts in the kept theme and keeps each change", () => {
    const memory = memoryTheme("dark");
    const deps = { url: { read: () => new URLSearchParams(), write: () => true }, hint: memoryHint(), mappings: memoryMappings(), theme: memory };
    const app = createAtlasApp(deps);
    expect(app.store.getState().theme).toBe("dark");
    app.actions.setTheme("light");
    expect(memory.read()).toBe("light");
    app.dispose();
    // After dispose the app no longer writes.
    app.actions.setTheme("dark");
    expect(memory.read()).toBe("light");
    expect(createAtlasApp({ ...deps, theme: memoryTheme() }).store.getState().theme).toBe("light");
  });
});
