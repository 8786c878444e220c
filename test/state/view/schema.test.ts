import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { createAtlasStore } from "../../../src/state/store.ts";
import { memoryBackend } from "../../../src/state/persist/backend.ts";
import { createSessionStore } from "../../../src/state/persist/sessionStore.ts";
import { decodeView, encodeView, VIEW_PARAMS } from "../../../src/state/view/codec.ts";
import {
  completeView, dataResetPatch, defaultView, redrawKeys, stateOfView, STORED_KEYS, storedDefaults, VIEW_KEYS, VIEW_SCHEMA, viewOfState,
  type ViewState,
} from "../../../src/state/view/schema.ts";
import type { KnownValues } from "../../../src/state/view/values.ts";
import { company, dataset, link } from "../../graph/helpers.ts";

const known: KnownValues = {
  divisions: ["KR-11", "KR-26", "KR-31", "KR-29", "KR-46", "KR-GJN"],
  industries: ["자동차 부품", "a,b"],
  tiers: ["super-regional", "none"],
  companies: (id) => id === "c1" || id === "c2",
};

/**
 * A value other than the default for every setting. Typed by the schema: a setting added to
 * the schema without an example here does not compile, so it cannot escape these tests.
 */
const EXAMPLES: { [K in keyof ViewState]: ViewState[K] } = {
  mode: "force",
  vintage: "2026-07",
  regionLevel: "super-region",
  userGrouping: {
    id: "grouping:user", nameKo: "영남과 나머지", nameEn: "Yeongnam and the rest", source: "a test", date: "2026-12-07",
    groups: [
      { code: "YN", nameKo: "영남", nameEn: "Yeongnam", members: ["KR-26", "KR-27", "KR-31", "KR-47", "KR-48"] },
      { code: "REST", nameKo: "나머지", nameEn: "The rest", members: ["KR-11", "KR-28", "KR-29", "KR-30", "KR-50", "KR-41", "KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-49"] },
    ],
  },
  level: "companies",
  lang: "en",
  selectedDivisions: ["KR-26", "KR-31"],
  divisionMode: "between",
  selected: "c1",
  focus: { id: "c2", depth: 3, direction: "upstream" },
  filter: {
    divisions: ["KR-31"],
    divisionRole: "buyer",
    industries: ["a,b", "자동차 부품"],
    tiers: ["super-regional", "none"],
    companyRole: "both",
    linkTypes: ["sales", "technology"],
    yearFrom: 2021,
    yearTo: 2024,
    minWeight: 12.5,
    crossOnly: true,
  },
  nodeColorBy: "attribute",
  colorAttribute: "규모",
  nodeSizeBy: "pagerank",
  edgeColorBy: "division",
  choropleth: "net",
  flowMeasure: "weight",
  scaleMode: "fitted",
  flowLimit: "share80",
  flowNumbers: false,
  flowCompanies: "hidden",
  forceSettings: { linLog: false, gravity: 3, scaling: 10, preventOverlap: true, edgeWeightInfluence: 0 },
  camera: { x: 0.25, y: -1.5, ratio: 0.125 },
  matrixOpen: true,
  analytics: "resilience",
  rankingWeights: { technology: 2, production: 1, sales: 0.5, other: 0, breadth: 0.25 },
};

/** A setting that means something only beside another (view/dependent.ts) is tried with that one. */
const OWNERS: Partial<Record<keyof ViewState, Partial<ViewState>>> = {
  divisionMode: { selectedDivisions: EXAMPLES.selectedDivisions },
  colorAttribute: { nodeColorBy: "attribute" },
};
const alone = (key: keyof ViewState) => completeView({ ...OWNERS[key], [key]: EXAMPLES[key] });

describe("state/view schema", () => {
  it.each(VIEW_KEYS)("'%s' round-trips through the address on its own", (key) => {
    const view = alone(key);
    const decoded = decodeView(encodeView(view), known);
    expect(decoded.notices).toEqual([]);
    expect(completeView(decoded.view)).toEqual(view);
    expect(decoded.view[key]).toEqual(EXAMPLES[key]);
  });

  it("every setting together round-trips through the address and through saved settings", async () => {
    const view = { ...EXAMPLES };
    expect(completeView(decodeView(encodeView(view), known).view)).toEqual(view);
    const sessions = createSessionStore(memoryBackend());
    expect((await sessions.saveSettings(view)).ok).toBe(true);
    const loaded = await sessions.loadSettings(known);
    expect(loaded.ok && loaded.value && completeView(loaded.value.view)).toEqual(view);
  });

  it("every example differs from the default, so each round trip above really writes something", () => {
    const defaults = defaultView();
    for (const key of VIEW_KEYS) {
      expect(EXAMPLES[key], key).not.toEqual(defaults[key]);
      expect(encodeView(alone(key)).size, key).toBeGreaterThan(0);
    }
  });

  it("the defaults agree everywhere: an empty address, a new store, the stored view and the reset on new data", () => {
    const defaults = defaultView();
    expect([...encodeView(defaults)]).toEqual([]);
    expect(decodeView(new URLSearchParams(), known).view).toEqual({});
    const store = createAtlasStore();
    const state = store.getState();
    for (const key of STORED_KEYS) expect(state[key], key).toEqual(defaults[key]);
    expect(viewOfState(state, null)).toEqual(defaults);
    const stored = storedDefaults();
    for (const key of STORED_KEYS) expect(stored[key], key).toEqual(defaults[key]);
    for (const [key, value] of Object.entries(dataResetPatch())) expect(value, key).toEqual(defaults[key as keyof ViewState]);
  });

  it("a new dataset resets exactly the settings declared to reset, and keeps the others", () => {
    const store = createAtlasStore();
    const { patch } = stateOfView(EXAMPLES);
    store.setState(patch);
    const data = dataset([company("c1", "KR-11"), company("c2", "KR-26")], [link("1", "c1", "c2")]);
    store.getState().setData(data, buildGraph(data, { positions: new Map() }));
    const after = store.getState();
    for (const key of STORED_KEYS) {
      const resets = VIEW_SCHEMA[key].resetOnData;
      expect(after[key], key).toEqual(resets ? defaultView()[key] : EXAMPLES[key]);
    }
    expect(STORED_KEYS.filter((k) => VIEW_SCHEMA[k].resetOnData).sort()).toEqual(["colorAttribute", "divisionMode", "filter", "focus", "mode", "selected", "selectedDivisions"]);
  });

  it("the store view and the address view map onto each other, the analytics tab included", () => {
    const { patch, camera } = stateOfView(EXAMPLES);
    expect(camera).toEqual(EXAMPLES.camera);
    const store = createAtlasStore();
    store.setState(patch);
    expect(viewOfState(store.getState(), EXAMPLES.camera)).toEqual(EXAMPLES);
    store.getState().setAnalyticsOpen(false);
    // Closing the drawer keeps the tab for next time; the address says it is closed.
    expect(viewOfState(store.getState(), null).analytics).toBeNull();
    expect(store.getState().analyticsTab).toBe("resilience");
  });

  it("no two settings share an address parameter", () => {
    expect(new Set(VIEW_PARAMS).size).toBe(VIEW_PARAMS.length);
  });

  it("the renderer redraws companies for the settings that change them and the map layers for the rest", () => {
    expect(redrawKeys("graph")).toEqual(
      expect.arrayContaining(["mode", "vintage", "level", "selectedDivisions", "divisionMode", "selected", "focus", "filter", "nodeColorBy", "edgeColorBy"]),
    );
    expect(redrawKeys("map")).toEqual(
      expect.arrayContaining(["mode", "vintage", "lang", "selectedDivisions", "divisionMode", "filter", "choropleth", "flowMeasure", "scaleMode"]),
    );
    // The matrix toggle opens a panel; nothing on the map changes.
    expect(redrawKeys("graph")).not.toContain("matrixOpen");
    expect(redrawKeys("map")).not.toContain("matrixOpen");
  });
});
