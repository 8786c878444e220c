// The map's reducers against the stored attributes: with nothing filtered sigma draws the
// stored link attributes as they are (no reducer pass at 500k links), so the reducer must
// draw exactly those for every link it keeps; redraws then only touch links that change.
import { MAP_THEMES } from "../../../src/style/mapTheme.ts";
import { describe, expect, it, vi } from "vitest";
import { linksShown } from "../../../src/app/map/linkShowing.ts";
import { bindReducers } from "../../../src/render/bindings/reducers.ts";
import { HOVER_DIM_MAX_COMPANIES } from "../../../src/render/bindings/litHover.ts";
import { HOVER_LEAVE_MS } from "../../../src/render/bindings/companyPointer.ts";
import { REDRAW_IN_OWN_ITEMS, REDRAW_IN_TASK_ITEMS } from "../../../src/render/bindings/redrawSlices.ts";
import { follow } from "../../../src/schedule/changeGate.ts";
import { neighbourhood } from "../../../src/graph/flows/partners.ts";
import type { AtlasRenderer } from "../../../src/render/sigma/createRenderer.ts";
import type { NamedBuffer } from "../../../src/model/types.ts";
import type { LinkEdge } from "../../../src/graph/types.ts";
import { LINK_TYPES } from "../../../src/model/types.ts";
import { companiesOnly } from "../../../src/graph/build/companiesOnly.ts";
import { toVintage } from "../../../src/regions/divisions.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { FLOW_LEVEL_COMPANY_SIZE } from "../../../src/render/bindings/nodeStyle.ts";

import { generatedFiles, nodeApp } from "../../app/nodeApp.ts";
import type { AppDeps } from "../../../src/app/createApp.ts";
import { currentMetrics } from "../../../src/state/analyticsSlice.ts";

/** Generated data with amounts, so internal links come in every thickness. */
const files = (companies = 300, links = 1500): NamedBuffer[] => generatedFiles(companies, links, 4);

type NodeReducer = (node: string, data: Record<string, unknown>) => { hidden?: boolean; color?: string; label?: string | null; size?: number };
type EdgeReducer = (edge: string, data: LinkEdge & { hidden?: boolean }) => Partial<LinkEdge> & { hidden?: boolean };

/** The app on the sample, its reducers bound to a stand-in for sigma that records refreshes. */
async function bound(data: () => NamedBuffer[] = files, deps: AppDeps = {}) {
  const app = nodeApp(deps);
  await app.start(data, "generated");
  const settings: Record<string, unknown> = {};
  const refreshes: Array<{ edges: number } | "full"> = [];
  /** How many companies each refresh redrew. */
  const nodesRedrawn: number[] = [];
  /** Whether each refresh drew a frame. */
  const draws: boolean[] = [];
  const handlers: Record<string, (payload: { node: string }) => void> = {};
  const graph = app.store.getState().graph!;
  const renderer = {
    setSetting: (key: string, value: unknown) => void (settings[key] = value),
    getGraph: () => graph,
    refresh: (opts?: { partialGraph?: { nodes?: string[]; edges?: string[] }; schedule?: boolean }) => {
      refreshes.push(opts?.partialGraph ? { edges: opts.partialGraph.edges?.length ?? 0 } : "full");
      nodesRedrawn.push(opts?.partialGraph?.nodes?.length ?? graph.order);
      // Drawn now, or (updateWithoutDrawing) with sigma's frame scheduling switched off.
      draws.push(!opts?.schedule);
      if (opts?.schedule) draws[draws.length - 1] = (renderer as { scheduleRender?: () => unknown }).scheduleRender?.() === undefined;
    },
    on: (event: string, handler: (payload: { node: string }) => void) => void (handlers[event] = handler),
    off: () => undefined,
  } as unknown as AtlasRenderer;
  const reducers = bindReducers(renderer, app, () => graph);
  // In the app the view's ordered updates call it (atlasView.ts); here it follows the store alone.
  const unfollow = follow(app.store, reducers.update);
  app.actions.setLevel("companies");
  /** Until the redraws under way (slices, a task each) are all done. */
  const quiet = async () => {
    for (let seen = -1; seen !== refreshes.length; ) {
      seen = refreshes.length;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  };
  /** What sigma emits as the pointer moves over its companies. */
  const emit = (event: string, node = "") => handlers[event]!({ node });
  return { app, graph, edgeReducer: () => settings.edgeReducer as EdgeReducer, nodeReducer: () => settings.nodeReducer as NodeReducer, refreshes, nodesRedrawn, draws, emit, quiet, clean: () => {
    unfollow();
    reducers.clean();
  } };
}

describe("render/reducers", () => {
  it("draws every link a filter keeps exactly as stored", async () => {
    const { app, graph, edgeReducer, clean } = await bound();
    // Heavy links inside a division are among them: they recede to the same thickness either way.
    expect(graph.filterEdges((_e, a) => !a.cross && a.weight !== undefined && a.weight > 10).length).toBeGreaterThan(0);
    // A filter that drops one type: the reducer runs, and must draw the kept links as stored.
    app.actions.setFilter({ linkTypes: LINK_TYPES.filter((t) => t !== "other") });
    let kept = 0;
    graph.forEachEdge((edge, attributes) => {
      const out = edgeReducer()(edge, { ...attributes });
      expect(out.hidden ?? false).toBe(attributes.linkType === "other");
      if (out.hidden) return;
      expect({ edge, color: out.color, size: out.size }).toEqual({ edge, color: attributes.color, size: attributes.size });
      kept++;
    });
    expect(kept).toBeGreaterThan(graph.size / 2);
    clean();
  });

  it("in the dark theme, links inside a division recede in the dark land's grey, and links between divisions take the light shades of their type", async () => {
    const { app, graph, edgeReducer, clean } = await bound();
    app.actions.setTheme("dark");
    let internal = 0;
    graph.forEachEdge((edge, attributes) => {
      const out = edgeReducer()(edge, { ...attributes });
      if (out.hidden) return;
      if (!attributes.cross) {
        expect(out.color).toBe(MAP_THEMES.dark.recede);
        internal++;
      } else expect(out.color).toBe(MAP_THEMES.dark.linkTypes[attributes.linkType]);
    });
    expect(internal).toBeGreaterThan(0);
    app.actions.setTheme("light");
    graph.forEachEdge((edge, attributes) => {
      const out = edgeReducer()(edge, { ...attributes });
      if (!out.hidden) expect(out.color).toBe(attributes.color);
    });
    clean();
  });

  it("from one link filter to another, redraws only the links that change", async () => {
    const { app, graph, refreshes, clean } = await bound();
    app.actions.setFilter({ linkTypes: ["production"] });
    refreshes.length = 0;
    app.actions.setFilter({ linkTypes: ["production", "sales"] });
    let sales = 0;
    graph.forEachEdge((_e, a) => void (a.linkType === "sales" && sales++));
    expect(sales).toBeGreaterThan(0);
    expect(refreshes).toEqual([{ edges: sales }]);
    clean();
  });

  it("redraws many links in tasks of their own, which changes made meanwhile join, drawing the picture once", async () => {
    const { app, graph, edgeReducer, refreshes, draws, quiet, clean } = await bound(() => files(2_000, 3 * REDRAW_IN_OWN_ITEMS + 6_000));
    const ofType = (type: string) => graph.filterEdges((_e, a) => a.linkType === type);
    const [sales, technology] = [ofType("sales"), ofType("technology")];
    expect(sales.length + technology.length).toBeGreaterThan(REDRAW_IN_OWN_ITEMS);
    app.actions.setFilter({ linkTypes: ["production"] });
    await quiet();
    refreshes.length = draws.length = 0;
    app.actions.setFilter({ linkTypes: ["production", "sales", "technology"] });
    app.actions.setFilter({ linkTypes: ["production", "sales"] });
    // Nothing yet: the change's own task ends first.
    expect(refreshes).toEqual([]);
    await vi.waitFor(() => expect(draws).toContain(true));
    // Every link either change touched, in slices of at most REDRAW_IN_OWN_ITEMS; one frame, after the last.
    const slices = refreshes.map((r) => (r === "full" ? Infinity : r.edges));
    expect(slices.reduce((a, b) => a + b, 0)).toBe(sales.length + technology.length);
    expect(slices.length).toBe(Math.ceil((sales.length + technology.length) / REDRAW_IN_OWN_ITEMS));
    expect(Math.max(...slices)).toBeLessThanOrEqual(REDRAW_IN_OWN_ITEMS);
    expect(draws).toEqual([...slices.slice(1).map(() => false), true]);
    expect(edgeReducer()(sales[0]!, { ...graph.getEdgeAttributes(sales[0]!) }).hidden).toBeFalsy();
    expect(edgeReducer()(technology[0]!, { ...graph.getEdgeAttributes(technology[0]!) }).hidden).toBe(true);
    clean();
  });

  it("recolours more companies than a task's share in slices, drawing the picture once", async () => {
    const { app, graph, refreshes, nodesRedrawn, draws, quiet, clean } = await bound(() => files(2 * REDRAW_IN_OWN_ITEMS + 500, 3_000));
    // The switch to company links (bound) redraws everything first.
    await quiet();
    refreshes.length = nodesRedrawn.length = draws.length = 0;
    app.actions.setNodeColorBy("industry");
    // Nothing in the change's own task.
    expect(refreshes).toEqual([]);
    await vi.waitFor(() => expect(draws).toContain(true));
    expect(nodesRedrawn).toEqual([REDRAW_IN_OWN_ITEMS, REDRAW_IN_OWN_ITEMS, graph.order - 2 * REDRAW_IN_OWN_ITEMS]);
    expect(refreshes).toEqual([{ edges: 0 }, { edges: 0 }, { edges: 0 }]);
    expect(draws).toEqual([false, false, true]);
    clean();
  });

  it("recolours more companies than a change's task takes, but fewer than a slice, whole in the next task", async () => {
    expect(REDRAW_IN_TASK_ITEMS).toBeLessThan(REDRAW_IN_OWN_ITEMS);
    const { app, graph, refreshes, nodesRedrawn, draws, quiet, clean } = await bound(() => files(REDRAW_IN_TASK_ITEMS + 500, 3_000));
    await quiet();
    refreshes.length = nodesRedrawn.length = draws.length = 0;
    app.actions.setNodeColorBy("industry");
    expect(refreshes).toEqual([]);
    await vi.waitFor(() => expect(draws).toContain(true));
    expect(nodesRedrawn).toEqual([graph.order]);
    expect(draws).toEqual([true]);
    clean();
  });

  it("a change of company colours redraws the companies and no link", async () => {
    const { app, graph, refreshes, clean } = await bound();
    app.actions.setFilter({ linkTypes: ["production"] });
    refreshes.length = 0;
    app.actions.setNodeColorBy("industry");
    expect(refreshes).toEqual([{ edges: 0 }]);
    // In the force view coloured by community, links take their community's colour: all are redrawn.
    app.actions.setNodeColorBy("division");
    refreshes.length = 0;
    app.store.getState().setMode("force");
    app.actions.setNodeColorBy("community");
    expect(refreshes.at(-1)).toEqual({ edges: graph.size });
    clean();
  });

  it("when a big load's links join its companies, redraws them only where links decide how they look", async () => {
    const { app, graph, refreshes, clean } = await bound();
    // At the national view sigma draws the companies-only graph, before the links and after.
    app.actions.setLevel("divisions");
    const early = companiesOnly(graph);
    const dataset = app.store.getState().dataset!;
    const swap = () => {
      app.store.getState().setData(dataset, early, null, "linksPending");
      refreshes.length = 0;
      expect(app.store.getState().setLinks(early, graph)).toBe(true);
    };
    swap();
    expect(refreshes).toEqual([]);
    // Nor does a link filter at the national view redraw a company: each redraw is a frame to rasterise.
    app.actions.setFilter({ linkTypes: ["production"] });
    expect(refreshes).toEqual([]);
    app.actions.setFilter({ linkTypes: [] });
    // A selected company lights its partners, which the links decide.
    app.store.getState().setData(dataset, early, null, "linksPending");
    app.actions.select(graph.nodes()[0]!);
    refreshes.length = 0;
    expect(app.store.getState().setLinks(early, graph)).toBe(true);
    expect(refreshes).toEqual([{ edges: 0 }]);
    clean();
  });

  it("a hover at the national view redraws the companies, except above 30,000 of them, where sigma's hover layer alone shows it", async () => {
    const small = await bound();
    small.app.actions.setLevel("divisions");
    small.refreshes.length = 0;
    small.app.store.getState().hover(small.graph.nodes()[0]!);
    expect(small.refreshes).toEqual([{ edges: 0 }]);
    small.clean();
    const big = await bound(() => files(HOVER_DIM_MAX_COMPANIES + 500, 2_000));
    expect(big.graph.order).toBeGreaterThan(HOVER_DIM_MAX_COMPANIES);
    big.app.actions.setLevel("divisions");
    big.refreshes.length = 0;
    big.app.store.getState().hover(big.graph.nodes()[0]!);
    expect(big.refreshes).toEqual([]);
    // A click still lights the company and its partners.
    big.nodesRedrawn.length = big.draws.length = 0;
    big.app.actions.select(big.graph.nodes()[0]!);
    // Every company, in slices of a task each, drawn once.
    await vi.waitFor(() => expect(big.draws.at(-1)).toBe(true));
    expect(big.nodesRedrawn.reduce((a, b) => a + b, 0)).toBe(big.graph.order);
    expect(big.draws.filter(Boolean)).toHaveLength(1);
    big.clean();
  });

  it("moving on from one company to another redraws those two and their partners, once", async () => {
    const { app, graph, refreshes, nodesRedrawn, emit, clean } = await bound();
    app.actions.setLevel("divisions");
    const [a, b] = graph.nodes() as [string, string];
    const lit = new Set([...neighbourhood(graph, a), ...neighbourhood(graph, b)]);
    emit("enterNode", a);
    expect(nodesRedrawn.at(-1)).toBe(graph.order);
    refreshes.length = nodesRedrawn.length = 0;
    // Off the first company and onto the next within the moment a hover outlasts the pointer.
    emit("leaveNode", a);
    emit("enterNode", b);
    await new Promise((resolve) => setTimeout(resolve, HOVER_LEAVE_MS + 20));
    expect(app.store.getState().hovered).toBe(b);
    expect(refreshes).toEqual([{ edges: 0 }]);
    expect(nodesRedrawn).toEqual([lit.size]);
    expect(lit.size).toBeLessThan(graph.order);
    // Off every company: the hover ends after that moment, and every company is lit again.
    emit("leaveNode", b);
    expect(app.store.getState().hovered).toBe(b);
    await new Promise((resolve) => setTimeout(resolve, HOVER_LEAVE_MS + 20));
    expect(app.store.getState().hovered).toBeNull();
    expect(nodesRedrawn).toEqual([lit.size, graph.order]);
    clean();
  });

  it("with company links on screen, a hover moving on redraws the links of the two companies", async () => {
    const { graph, refreshes, emit, clean } = await bound();
    const [a, b] = graph.nodes().filter((n) => graph.degree(n) > 0) as [string, string];
    emit("enterNode", a);
    await new Promise((resolve) => setTimeout(resolve, 0));
    refreshes.length = 0;
    emit("leaveNode", a);
    emit("enterNode", b);
    const links = new Set([...graph.edges(a), ...graph.edges(b)]);
    expect(refreshes).toEqual([{ edges: links.size }]);
    expect(links.size).toBeLessThan(graph.size);
    clean();
  });

  it("a vintage change redraws only the links that touch a division it draws differently", async () => {
    const { app, graph, edgeReducer, refreshes, clean } = await bound();
    const merged = (division: string) => division === "KR-29" || division === "KR-46";
    const touching = graph.filterEdges((_e, _a, _s, _t, from, to) => merged(from.division) || merged(to.division));
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.length).toBeLessThan(graph.size);
    refreshes.length = 0;
    app.actions.setVintage("2026-07");
    expect(refreshes).toEqual([{ edges: touching.length }]);
    // The links not redrawn look as they did: as stored.
    const touched = new Set(touching);
    graph.forEachEdge((edge, attributes) => {
      if (touched.has(edge)) return;
      const out = edgeReducer()(edge, { ...attributes });
      expect({ edge, color: out.color, size: out.size, hidden: out.hidden ?? false }).toEqual({ edge, color: attributes.color, size: attributes.size, hidden: false });
    });
    refreshes.length = 0;
    app.actions.setVintage("2023");
    expect(refreshes).toEqual([{ edges: touching.length }]);
    clean();
  });

  it("says which links it draws, as the links in sight choose from, exactly as the edge reducer hides them", async () => {
    const { app, graph, edgeReducer, clean } = await bound();
    const s = () => app.store.getState();
    const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
    const agree = (label: string) => {
      const shows = linksShown(s(), app.derived);
      let shown = 0;
      let e = 0;
      graph.forEachEdge((edge, attributes) => {
        const drawn = !edgeReducer()(edge, { ...attributes }).hidden;
        // graphIndex rows follow forEachEdge's order.
        const said = shows ? shows(e) : true;
        e++;
        if (drawn !== said) throw new Error(`${label}: ${edge} drawn ${drawn}, said ${said}`);
        if (drawn) shown++;
      });
      return shown;
    };
    expect(agree("nothing chosen")).toBe(graph.size);
    expect(linksShown(s(), app.derived)).toBeNull();
    app.actions.setFilter({ linkTypes: ["production"] });
    const production = agree("link filter");
    expect(production).toBeGreaterThan(0);
    expect(production).toBeLessThan(graph.size);
    app.actions.select(hub);
    expect(agree("chosen company")).toBeLessThanOrEqual(graph.degree(hub));
    app.actions.select(null);
    app.actions.setFilter({ linkTypes: [] });
    const division = graph.getNodeAttribute(hub, "division");
    app.actions.toggleDivision(division);
    for (const mode of ["all", "incoming", "outgoing", "between"] as const) {
      app.actions.setDivisionMode(mode);
      agree(`divisions ${mode}`);
    }
    app.actions.setVintage("2026-07");
    agree("divisions under the 2026 vintage");
    app.actions.toggleDivision(null);
    app.actions.setFocus({ id: hub, depth: 2, direction: "both" });
    const chain = agree("supply chain");
    expect(chain).toBeGreaterThan(0);
    expect(chain).toBeLessThan(graph.size);
    clean();
  });

  it("the status line counts what the reducers draw: under each division mode, and a supply chain's companies and links", async () => {
    const { app, graph, edgeReducer, nodeReducer, clean } = await bound();
    const s = () => app.store.getState();
    const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
    const drawn = () => {
      let links = 0;
      let cross = 0;
      graph.forEachEdge((edge, attributes) => {
        if (edgeReducer()(edge, { ...attributes }).hidden) return;
        links++;
        if (displayDivision(graph.source(edge)) !== displayDivision(graph.target(edge))) cross++;
      });
      return { links, cross };
    };
    const displayDivision = (node: string) => {
      const d = graph.getNodeAttribute(node, "division");
      return s().vintage === "2023" ? d : toVintage(d, s().vintage);
    };
    const counted = () => {
      const c = app.derived.shownCounts(s())!;
      return { links: c.links, cross: c.cross };
    };
    expect(counted()).toEqual(drawn());
    expect(app.derived.shownCounts(s())!.lit).toBeNull();
    app.actions.toggleDivision(graph.getNodeAttribute(hub, "division"));
    for (const mode of ["all", "incoming", "outgoing", "between"] as const) {
      app.actions.setDivisionMode(mode);
      const d = drawn();
      expect(counted(), mode).toEqual(d);
      expect(d.links, mode).toBeLessThan(graph.size);
    }
    // Under a filter as well, and under the other vintage.
    app.actions.setFilter({ linkTypes: ["production", "sales"] });
    app.actions.setDivisionMode("incoming");
    expect(counted()).toEqual(drawn());
    app.actions.setVintage("2026-07");
    app.actions.toggleDivision(toVintage(graph.getNodeAttribute(hub, "division"), "2026-07"));
    expect(counted()).toEqual(drawn());
    app.actions.toggleDivision(null);
    app.actions.setFilter({ linkTypes: [] });
    // A supply chain: its links whatever divisions are chosen, its companies lit (not dimmed).
    app.actions.toggleDivision(graph.getNodeAttribute(hub, "division"));
    app.actions.setFocus({ id: hub, depth: 2, direction: "both" });
    const chain = app.derived.shownCounts(s())!;
    expect(chain.lit).toBe("chain");
    expect({ links: chain.links, cross: chain.cross }).toEqual(drawn());
    const lit = graph.filterNodes((node, attributes) => {
      const out = nodeReducer()(node, { ...attributes });
      // Companies outside the chain are dimmed to the theme's grey (style/mapTheme.ts).
      return !out.hidden && out.color !== MAP_THEMES.light.dimmed;
    }).length;
    expect(chain.companies).toBe(lit);
    // The panel's list says the same.
    const list = app.derived.chain(s())!;
    expect(list.companies).toBe(chain.companies);
    expect(list.links).toBe(chain.links);
    expect(list.tiers.reduce((n, t) => n + t.companies.length, 1)).toBe(chain.companies);
    clean();
  });

  it("under the division flows draws every company as the flow-companies setting says, whatever size stands for; with company links, as always", async () => {
    // Size by PageRank: metrics computed in place of the worker.
    const { app, graph, nodeReducer, refreshes, clean } = await bound(files, {
      runMetrics: (g, options) => ({ promise: Promise.resolve(computeMetrics(g, options)), cancel: () => undefined }),
    });
    const s = () => app.store.getState();
    app.actions.setNodeSizeBy("pagerank");
    await vi.waitFor(() => expect(currentMetrics(s())).not.toBeNull());
    const drawn = () => graph.nodes().map((node) => nodeReducer()(node, { ...graph.getNodeAttributes(node) }));
    const sizes = () => drawn().map((d) => d.size);
    const hidden = () => drawn().filter((d) => d.hidden).length;
    const byMetric = sizes();
    expect(new Set(byMetric).size).toBeGreaterThan(20);
    expect(Math.min(...(byMetric as number[]))).toBeGreaterThan(FLOW_LEVEL_COMPANY_SIZE);
    // The default at the flows is small: every company one small size, none hidden.
    expect(s().flowCompanies).toBe("small");
    refreshes.length = 0;
    app.actions.setLevel("divisions");
    expect(sizes().every((size) => size === FLOW_LEVEL_COMPANY_SIZE)).toBe(true);
    expect(hidden()).toBe(0);
    // Sizes decide sigma's label grid and the pointer's picking: sigma indexes again.
    expect(refreshes).toEqual(["full"]);
    app.actions.setFlowCompanies("hidden");
    expect(hidden()).toBe(graph.order);
    expect(refreshes).toEqual(["full", "full"]);
    app.actions.setFlowCompanies("shown");
    expect(sizes()).toEqual(byMetric);
    expect(hidden()).toBe(0);
    // With company links (chosen, or the force view) the setting changes nothing.
    app.actions.setFlowCompanies("hidden");
    app.actions.setLevel("companies");
    expect(sizes()).toEqual(byMetric);
    expect(hidden()).toBe(0);
    app.actions.setLevel("divisions");
    expect(hidden()).toBe(graph.order);
    s().setMode("force");
    expect(sizes()).toEqual(byMetric);
    expect(hidden()).toBe(0);
    // One size: stored sizes with company links, the small one under the flows.
    s().setMode("map");
    app.actions.setFlowCompanies("small");
    app.actions.setNodeSizeBy("fixed");
    expect(sizes().every((size) => size === FLOW_LEVEL_COMPANY_SIZE)).toBe(true);
    app.actions.setLevel("companies");
    expect(sizes()).toEqual(graph.nodes().map((node) => graph.getNodeAttribute(node, "size")));
    clean();
  });
});
