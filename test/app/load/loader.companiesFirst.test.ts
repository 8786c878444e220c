// A big network shows its companies and the worker's flows first, and its links join them once
// built: the map has what it draws at once, and nothing computed from links reads a half graph.
import { describe, expect, it, vi } from "vitest";
import { createAtlasStore, type AtlasState } from "../../../src/state/store.ts";
import { linksPending, linksReading, loadProgress } from "../../../src/state/loadStage.ts";
import { createDerived } from "../../../src/app/derived.ts";
import { COMPANIES_FIRST_LINKS, createLoader, type ParseFn } from "../../../src/app/load/loader.ts";
import { createMetricsService } from "../../../src/app/metricsService.ts";
import { createLayoutService } from "../../../src/app/map/layoutService.ts";
import { parseFiles } from "../../../src/workers/parse/parseJob.ts";
import { companiesOnly } from "../../../src/graph/build/companiesOnly.ts";
import { displayGraphs } from "../../../src/render/sigma/displayGraph.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import { syntheticNetwork } from "../../../scripts/lib/synthetic.ts";
import { EARLY_COMPANIES_LINK_SIZE } from "../../../src/io/read/readFiles.ts";

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

function networkFiles(companies: number, links: number, seed: number): NamedBuffer[] {
  const net = syntheticNetwork({ companies, links, seed });
  return [
    { name: "companies.csv", buffer: encode(net.companiesCsv) },
    { name: "links.csv", buffer: encode(net.linksCsv) },
  ];
}

const parse: ParseFn = async (files, label, onProgress, mappings) => parseFiles(files, label, onProgress, mappings).data;

/** Every state the store passes through, by graph version, as the loader leaves it. */
function record(store: ReturnType<typeof createAtlasStore>) {
  const states: AtlasState[] = [];
  store.subscribe((s, before) => {
    if (s.graph !== before.graph) states.push(s);
  });
  return states;
}

describe("app/loader companies first", () => {
  const big = networkFiles(4_000, COMPANIES_FIRST_LINKS + 2_000, 31);

  it("hands the store the companies with the worker's flows, then the whole graph, keeping what the user did", async () => {
    const store = createAtlasStore();
    const derived = createDerived();
    const states = record(store);
    let changed = false;
    // The user acts while the links are being built: a vintage, a selection.
    store.subscribe((s) => {
      if (linksPending(s.loadStage) && !changed) {
        changed = true;
        queueMicrotask(() => {
          store.getState().setVintage("2026-07");
          store.getState().select(s.graph!.nodes()[5]!);
        });
      }
    });
    expect(await createLoader(store, derived, parse).load(big.map((f) => ({ ...f, buffer: f.buffer.slice(0) })), "big")).toBe(true);
    expect(states).toHaveLength(2);
    const [first, last] = states as [AtlasState, AtlasState];
    expect(linksPending(first.loadStage)).toBe(true);
    // The load goes on showing its progress until the links are in.
    expect(loadProgress(first.loadStage)).not.toBeNull();
    expect(store.getState().loadStage.kind).toBe("idle");
    expect(first.graph!.size).toBe(0);
    expect(first.graph!.order).toBe(last.graph!.order);
    // The flows are whole from the start: the status line and the map count every link.
    expect(derived.flowMatrix(first.graph!, "2023").links).toBe(last.graph!.size);
    expect(last.graph!.size).toBeGreaterThanOrEqual(COMPANIES_FIRST_LINKS);
    expect(linksPending(last.loadStage)).toBe(false);
    expect(last.graphVersion).toBe(first.graphVersion + 1);
    expect(last.dataset).toBe(first.dataset);
    expect(store.getState().vintage).toBe("2026-07");
    expect(store.getState().selected).toBe(first.graph!.nodes()[5]);
    // The map keeps drawing the companies graph it was handed: the same attribute objects.
    expect(companiesOnly(last.graph!)).toBe(first.graph);
    const display = displayGraphs();
    expect(display.of(first.graph!)).toBe(first.graph);
    expect(display.of(last.graph!)).toBe(first.graph);
    const id = last.graph!.nodes()[0]!;
    expect(first.graph!.getNodeAttributes(id)).toBe(last.graph!.getNodeAttributes(id));
  });

  it("builds a smaller network in one go", async () => {
    const store = createAtlasStore();
    const states = record(store);
    expect(await createLoader(store, createDerived(), parse).load(networkFiles(500, 2_000, 32), "small")).toBe(true);
    expect(states).toHaveLength(1);
    expect(linksPending(states[0]!.loadStage)).toBe(false);
    expect(states[0]!.graph!.size).toBe(2_000);
  });

  it("metrics and the force layout wait for the links, then run on the whole graph", async () => {
    const store = createAtlasStore();
    const ran: number[] = [];
    const metrics = createMetricsService(store, (graph) => {
      ran.push(graph.size);
      return { promise: new Promise(() => undefined), cancel: () => undefined };
    });
    const laidOut: number[] = [];
    createLayoutService(store, (graph) => {
      laidOut.push(graph.size);
      return { stop: () => undefined };
    });
    store.subscribe((s, before) => {
      if (linksPending(s.loadStage) && !linksPending(before.loadStage)) {
        queueMicrotask(() => {
          metrics.ensure();
          store.getState().setMode("force");
        });
      }
    });
    await createLoader(store, createDerived(), parse).load(networkFiles(4_000, COMPANIES_FIRST_LINKS + 500, 33), "big");
    metrics.ensure();
    const size = store.getState().graph!.size;
    expect(ran).toEqual([size]);
    expect(laidOut).toEqual([size]);
  });

  it("leaves newer data alone when the links of an older load are done", async () => {
    const store = createAtlasStore();
    let replaced = false;
    store.subscribe((s) => {
      if (linksPending(s.loadStage) && !replaced) {
        replaced = true;
        queueMicrotask(() => store.getState().setData(s.dataset!, companiesOnly(s.graph!), null));
      }
    });
    expect(await createLoader(store, createDerived(), parse).load(networkFiles(4_000, COMPANIES_FIRST_LINKS + 100, 34), "big")).toBe(false);
    expect(linksPending(store.getState().loadStage)).toBe(false);
    expect(store.getState().graph!.size).toBe(0);
  });
});

describe("app/loader companies while the links are read", () => {
  // Parsed as the worker does it: the companies are handed over before the links are read.
  const parseEarly: ParseFn = async (files, label, onProgress, mappings, onEarly) =>
    parseFiles(files, label, onProgress, mappings, (early) => onEarly?.(early.data)).data;
  const copy = (files: NamedBuffer[]) => files.map((f) => ({ ...f, buffer: f.buffer.slice(0) }));
  const enc = new TextEncoder();
  // Enough links to read that the reader hands the companies over first (EARLY_COMPANIES_LINK_SIZE).
  const net = syntheticNetwork({ companies: 3_000, links: 32_000, seed: 41 });
  // A company row the reader rejects (no name): its report is only opened once it is whole.
  const files: NamedBuffer[] = [
    { name: "companies.csv", buffer: enc.encode(`${net.companiesCsv.trimEnd()}\nbad-1,,,서울,,,\n`).buffer as ArrayBuffer },
    { name: "links.csv", buffer: enc.encode(net.linksCsv).buffer as ArrayBuffer },
  ];

  it("shows the companies, then the flows and the whole report, then the links, on one drawn graph", async () => {
    expect(net.linksCsv.length).toBeGreaterThanOrEqual(EARLY_COMPANIES_LINK_SIZE);
    const store = createAtlasStore();
    const derived = createDerived();
    const states = record(store);
    let picked: string | null = null;
    store.subscribe((s) => {
      if (linksReading(s.loadStage) && picked === null) {
        picked = s.graph!.nodes()[7]!;
        queueMicrotask(() => store.getState().select(picked));
      }
    });
    expect(await createLoader(store, derived, parseEarly).load(copy(files), "read early")).toBe(true);
    expect(states).toHaveLength(3);
    const [reading, read, built] = states as [AtlasState, AtlasState, AtlasState];

    // While the links are read: every company, no link, no flow, and no report opened yet.
    expect(linksReading(reading.loadStage)).toBe(true);
    expect(linksPending(reading.loadStage)).toBe(true);
    expect(reading.graph!.order).toBe(3_000);
    expect(reading.graph!.size).toBe(0);
    expect(reading.dataset!.report.links).toBe(0);
    expect(reading.reportOpen).toBe(false);
    expect(loadProgress(reading.loadStage)?.step).toBe("reading");
    // The worker's flows without links: each division's companies counted, not by the page.
    const early = derived.flowMatrix(reading.graph!, "2023");
    expect(early.links).toBe(0);
    expect(Object.values(early.totals).reduce((sum, t) => sum + t.companies, 0)).toBe(3_000);

    // Read: the flows count every link and the report is whole; the links are still being built.
    expect(linksReading(read.loadStage)).toBe(false);
    expect(linksPending(read.loadStage)).toBe(true);
    expect(read.graph).not.toBe(reading.graph);
    expect(read.dataset!.companies).toBe(reading.dataset!.companies);
    expect(derived.flowMatrix(read.graph!, "2023").links).toBe(built.graph!.size);
    expect(read.dataset!.report.links).toBe(built.graph!.size);
    expect(read.dataset!.report.rejected.map((r) => r.reason)).toContain("missing-name");
    expect(read.reportOpen).toBe(true);

    expect(linksPending(built.loadStage)).toBe(false);
    expect(linksReading(built.loadStage)).toBe(false);
    expect(built.graph!.size).toBeGreaterThan(30_000);
    expect(built.graphVersion).toBe(reading.graphVersion + 2);
    expect(store.getState().selected).toBe(picked);
    expect(store.getState().loadStage.kind).toBe("idle");

    // The map draws the first companies graph throughout: nothing to index or draw again.
    const display = displayGraphs();
    for (const state of states) expect(display.of(state.graph!)).toBe(reading.graph);
    const id = built.graph!.nodes()[0]!;
    expect(built.graph!.getNodeAttributes(id)).toBe(reading.graph!.getNodeAttributes(id));
    expect(read.graph!.getNodeAttributes(id)).toBe(reading.graph!.getNodeAttributes(id));
  });

  it("puts each step on screen once the one before has been presented, building the links meanwhile", async () => {
    const store = createAtlasStore();
    const states = record(store);
    // Each call is the loader waiting for the picture it just made to reach the screen.
    const onScreen: Array<() => void> = [];
    const presented = () => new Promise<void>((resolve) => onScreen.push(resolve));
    const built = () => performance.getEntriesByName("atlas:built").length;
    const builtBefore = built();
    const loading = createLoader(store, createDerived(), parseEarly, presented).load(copy(files), "stepwise");
    // Every link is read and built while the companies' picture is still on its way.
    await vi.waitFor(() => expect(built()).toBe(builtBefore + 1), { timeout: 30_000 });
    expect(states).toHaveLength(1);
    expect(linksReading(states[0]!.loadStage)).toBe(true);
    expect(onScreen).toHaveLength(1);
    onScreen[0]!();
    await vi.waitFor(() => expect(states).toHaveLength(2));
    expect(linksReading(states[1]!.loadStage)).toBe(false);
    expect(linksPending(states[1]!.loadStage)).toBe(true);
    // The links wait for the flows' picture in turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(states).toHaveLength(2);
    onScreen[1]!();
    expect(await loading).toBe(true);
    expect(states).toHaveLength(3);
    expect(linksPending(states[2]!.loadStage)).toBe(false);
    expect(states[2]!.graph!.size).toBeGreaterThan(30_000);
  });

  it("drops a held step when a newer load has taken over", async () => {
    const store = createAtlasStore();
    const held: Array<() => void> = [];
    const loader = createLoader(store, createDerived(), parseEarly, () => new Promise<void>((resolve) => held.push(resolve)));
    const older = loader.load(copy(files), "older");
    await vi.waitFor(() => expect(held).toHaveLength(1), { timeout: 30_000 });
    const newer = loader.load(networkFiles(300, 900, 43), "newer");
    expect(await newer).toBe(true);
    for (const release of held) release();
    expect(await older).toBe(false);
    expect(store.getState().graph!.order).toBe(300);
    expect(linksPending(store.getState().loadStage)).toBe(false);
  });

  it("reads a smaller network in one go", async () => {
    const store = createAtlasStore();
    const states = record(store);
    expect(await createLoader(store, createDerived(), parseEarly).load(networkFiles(500, 2_000, 42), "small")).toBe(true);
    expect(states).toHaveLength(1);
    expect(linksReading(states[0]!.loadStage)).toBe(false);
  });

  it("keeps the companies, without links, when reading the links fails", async () => {
    const store = createAtlasStore();
    const failing: ParseFn = async (files, label, onProgress, mappings, onEarly) => {
      await parseEarly(files, label, onProgress, mappings, onEarly);
      throw new Error("links.csv: the file could not be read");
    };
    expect(await createLoader(store, createDerived(), failing).load(copy(files), "fails")).toBe(false);
    const state = store.getState();
    expect(state.graph!.order).toBe(3_000);
    expect(linksPending(state.loadStage)).toBe(false);
    expect(linksReading(state.loadStage)).toBe(false);
    expect(state.loadStage.kind).toBe("failed");
  });
});
