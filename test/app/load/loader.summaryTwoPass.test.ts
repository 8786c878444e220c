// A summary bundle opens in two steps: the nation from its flows at once, then its ego networks
// once read and built, without undoing what the user changed in between.
import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../../src/state/store.ts";
import { createDerived } from "../../../src/app/derived.ts";
import { createLoader, type ParseFn } from "../../../src/app/load/loader.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import type { ParsedData } from "../../../src/workers/parse/parseClient.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import { egoDataset } from "../../../src/io/summary/ego.ts";
import { bundleOf, rezip, syntheticDataset, type MadeBundle } from "../../io/summaryHelpers.ts";

const egoIds = (made: MadeBundle) => egoDataset(made.dataset, made.summary.ego).companies.map((c) => c.id).sort();

const files = (zip: Uint8Array): NamedBuffer[] => [{ name: "national.zip", buffer: zip.slice().buffer }];

describe("workers/parseJob two passes over a summary bundle", () => {
  it("hands over the nation without ego networks or company table first, then the whole bundle", async () => {
    const made = await bundleOf(syntheticDataset(120, 500, 4), 3);
    const early: ParsedData[] = [];
    const { data } = parseFiles(files(made.zip), "n", () => undefined, {}, (e) => early.push(e.data));
    expect(early).toHaveLength(1);
    const first = early[0]!;
    expect(first.summary?.egoPending).toBe(true);
    // The bundle's bytes stay in the worker for the second pass: nothing to move to the page yet.
    expect(first.summary?.pending).toBeUndefined();
    expect(first.dataset.companies).toHaveLength(0);
    expect(first.summary?.flows.links.length).toBe(data.summary?.flows.links.length);
    expect(Array.from(first.summary!.flows.links)).toEqual(Array.from(data.summary!.flows.links));
    // The place tables (the municipality level's, large at national density) come with the second pass.
    expect(first.summary?.places).toBeUndefined();
    expect(data.summary?.places?.count).toBeGreaterThan(0);
    expect(data.summary?.egoPending).toBeUndefined();
    expect(data.summary?.pending).toBeDefined();
    expect(data.dataset.companies.map((c) => c.id).sort()).toEqual(egoIds(made));
  });

  it("reads other files in one pass", async () => {
    const csv = "id,name,division\na,가,서울\nb,나,부산\n";
    const calls: ParsedData[] = [];
    const { data } = parseFiles([{ name: "c.csv", buffer: new TextEncoder().encode(csv).buffer }], "c", () => undefined, {}, (e) => calls.push(e.data));
    expect(calls).toHaveLength(0);
    expect(data.dataset.companies).toHaveLength(2);
  });
});

describe("app/loader summary bundles", () => {
  /** A parse that stops between its passes until `release` is called, as a slow worker would. */
  function heldParse() {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const parse: ParseFn = async (input, label, onProgress, mappings, onEarly) => {
      let early: ParsedData | null = null;
      const { data } = parseFiles(input, label, onProgress, mappings, (e) => (early = e.data));
      if (early) onEarly?.(early);
      await gate;
      return data;
    };
    return { parse, release: () => release() };
  }

  it("draws the nation on an empty graph, then swaps in the ego networks keeping the user's changes", async () => {
    const made = await bundleOf(syntheticDataset(150, 700, 7), 3);
    const store = createAtlasStore();
    const derived = createDerived();
    const { parse, release } = heldParse();
    const loading = createLoader(store, derived, parse).load(files(made.zip), "national");
    await Promise.resolve();
    const nation = store.getState();
    expect(nation.summary?.egoPending).toBe(true);
    expect(nation.graph?.order).toBe(0);
    const version = nation.graphVersion;
    // The nation's numbers are the summary's, not the (empty) graph's.
    expect(derived.flowMatrix(nation.graph!, "2023").links).toBe(made.summary.links);
    store.getState().setVintage("2026-07");
    release();
    expect(await loading).toBe(true);
    const after = store.getState();
    expect(after.graphVersion).toBe(version + 1);
    expect(after.vintage).toBe("2026-07");
    expect(after.summary?.egoPending).toBeUndefined();
    expect(after.summary?.manifest).toBe(nation.summary?.manifest);
    expect(after.summary?.pending).toBeDefined();
    expect(nation.summary?.places).toBeUndefined();
    expect(after.summary?.places?.count).toBeGreaterThan(0);
    expect(after.graph?.nodes().sort()).toEqual(egoIds(made));
    expect(derived.flowMatrix(after.graph!, "2023").links).toBe(made.summary.links);
  });

  it("leaves newer data alone when the ego networks arrive after it", async () => {
    const made = await bundleOf(syntheticDataset(80, 300, 8), 2);
    const store = createAtlasStore();
    const { parse, release } = heldParse();
    const loading = createLoader(store, createDerived(), parse).load(files(made.zip), "national");
    await Promise.resolve();
    const other = store.getState().dataset!;
    store.getState().setData(other, store.getState().graph!, null);
    release();
    expect(await loading).toBe(false);
    expect(store.getState().summary).toBeNull();
  });

  it("keeps the nation on screen and says so when the rest of the bundle cannot be read", async () => {
    const made = await bundleOf(syntheticDataset(60, 200, 9), 2);
    const store = createAtlasStore();
    const parse: ParseFn = async (input, label, onProgress, mappings, onEarly) => {
      parseFiles(input, label, onProgress, mappings, (e) => onEarly?.(e.data));
      throw new Error("worker ran out of memory");
    };
    expect(await createLoader(store, createDerived(), parse).load(files(made.zip), "national")).toBe(false);
    expect(store.getState().summary?.egoPending).toBe(true);
    expect(store.getState().summaryError).toContain("out of memory");
  });

  it("a bundle whose ego networks are unreadable still opens its nation, and the report names graph.json", async () => {
    const made = await bundleOf(syntheticDataset(60, 200, 10), 2);
    const broken = rezip(made.zip, { "graph.json": "{ not json <script>alert(1)</script>" });
    const store = createAtlasStore();
    const { parse, release } = heldParse();
    const loading = createLoader(store, createDerived(), parse).load(files(broken), "national");
    await Promise.resolve();
    expect(store.getState().summary?.egoPending).toBe(true);
    release();
    expect(await loading).toBe(true);
    const s = store.getState();
    expect(s.summary?.egoPending).toBeUndefined();
    expect(s.graph?.order).toBe(0);
    expect(s.summary?.flows.links.length).toBeGreaterThan(0);
    const issues = [...s.report!.rejected, ...s.report!.warnings];
    expect(issues.some((i) => `${i.file} ${i.detail} ${i.message}`.includes("graph.json"))).toBe(true);
  });
});
