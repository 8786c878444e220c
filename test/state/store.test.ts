import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../src/state/store.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { company, dataset, link } from "../graph/helpers.ts";

const data = dataset([company("a", "KR-11"), company("b", "KR-26")], [link("1", "a", "b")]);
const issue = { file: "links.csv", row: 3, reason: "self-link" as const, detail: "a", message: "self-link" };

describe("state/store", () => {
  it("replaces the graph, bumps its version and clears selection and layout progress on a new load", () => {
    const store = createAtlasStore();
    store.getState().select("a");
    store.getState().setMode("force");
    store.getState().setLayout({ running: true, done: 5, total: 10 });
    store.getState().setData(data, buildGraph(data, { positions: new Map() }));
    const s = store.getState();
    expect(s.graphVersion).toBe(1);
    expect(s.graph?.order).toBe(2);
    expect(s.selected).toBeNull();
    expect(s.mode).toBe("map");
    expect(s.layout).toEqual({ running: false, done: 0, total: 0 });
    expect(s.report).toBe(data.report);
    expect(s.reportOpen).toBe(false);
  });

  it("opens the report by itself when the user's files had problems, but not for the sample", () => {
    const store = createAtlasStore();
    const withIssue = { ...data, report: { ...data.report, rejected: [issue] } };
    store.getState().setData({ ...withIssue, label: "sample" }, buildGraph(data, { positions: new Map() }));
    expect(store.getState().reportOpen).toBe(false);
    store.getState().setData({ ...withIssue, label: "mine.csv" }, buildGraph(data, { positions: new Map() }));
    expect(store.getState().reportOpen).toBe(true);
  });

  it("keeps the shown graph when a load found nothing valid, and shows why", () => {
    const store = createAtlasStore();
    const graph = buildGraph(data, { positions: new Map() });
    store.getState().setData(data, graph);
    const empty = { ...data.report, companies: 0, links: 0, rejected: [issue] };
    store.getState().setEmptyLoad(empty, ["bad.csv"]);
    const s = store.getState();
    expect(s.graph).toBe(graph);
    expect(s.graphVersion).toBe(1);
    expect(s.report).toBe(empty);
    expect(s.reportOpen).toBe(true);
    expect(s.loadStage).toMatchObject({ kind: "failed", files: ["bad.csv"] });
  });

  it("moves the load stage through a big load: companies while the links are read, read, built; a whole graph is refused links", () => {
    const store = createAtlasStore();
    const companies = buildGraph({ ...data, links: [] }, { positions: new Map() });
    const whole = buildGraph(data, { positions: new Map() });
    store.getState().setLoadProgress({ step: "reading", fraction: 0 });
    store.getState().setData({ ...data, links: [] }, companies, null, "linksReading");
    expect(store.getState().loadStage).toEqual({ kind: "linksReading", progress: { step: "reading", fraction: 0 } });
    // Built before they were read: refused, nothing changes.
    expect(store.getState().setLinksRead(whole, data, companies)).toBe(false);
    expect(store.getState().setLinksRead(companies, data, companies)).toBe(true);
    expect(store.getState().loadStage.kind).toBe("linksPending");
    expect(store.getState().setLinksRead(companies, data, companies)).toBe(false);
    expect(store.getState().setLinks(companies, whole)).toBe(true);
    expect(store.getState().loadStage).toEqual({ kind: "idle" });
    expect(store.getState().setLinks(whole, whole)).toBe(false);
    expect(store.getState().graphVersion).toBe(3);
  });

  it("a failed load keeps companies whose links will not come waiting for them, beside its error", () => {
    const store = createAtlasStore();
    const companies = buildGraph({ ...data, links: [] }, { positions: new Map() });
    store.getState().setLoadProgress({ step: "building", fraction: 0.5 });
    store.getState().setData({ ...data, links: [] }, companies, null, "linksPending");
    store.getState().setLoadProgress({ step: "reading", fraction: 0 });
    expect(store.getState().loadStage).toEqual({ kind: "linksPending", progress: { step: "reading", fraction: 0 } });
    store.getState().setLoadError(["next.csv"], "boom");
    expect(store.getState().loadStage).toEqual({ kind: "failed", files: ["next.csv"], error: "boom", stranded: "linksPending" });
  });

  it("numbers layout commands so the same command twice still reaches the view", () => {
    const store = createAtlasStore();
    store.getState().commandLayout("run");
    store.getState().commandLayout("run");
    expect(store.getState().layoutCommand).toEqual({ kind: "run", seq: 2 });
  });
});
