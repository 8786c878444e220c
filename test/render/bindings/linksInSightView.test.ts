// The map's links in sight, bound to the app and a stand-in for sigma: what goes into the graph
// sigma draws as the level, the filters, the chosen company and the camera change.
import { describe, expect, it } from "vitest";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import type { AtlasRenderer } from "../../../src/render/sigma/createRenderer.ts";
import { displayGraphs } from "../../../src/render/sigma/displayGraph.ts";
import { bindLinksInSight } from "../../../src/render/bindings/linksInSightView.ts";
import { follow } from "../../../src/schedule/changeGate.ts";
import { generatedFiles, nodeApp } from "../../app/nodeApp.ts";

const MAX = 400;

async function bound(max = MAX) {
  const app = nodeApp();
  await app.start(() => generatedFiles(300, 1500, 4), "generated");
  const display = displayGraphs();
  const data = app.store.getState().graph!;
  const drawnGraph = (state: ReturnType<typeof app.store.getState>) => display.of(state.graph!);
  const drawn = drawnGraph(app.store.getState());
  // The viewport as a rectangle of graph space (the stand-in camera has no projection).
  let view = { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 };
  const cameraHandlers: Array<() => void> = [];
  let edits = 0;
  let frames = 0;
  let order: readonly string[] | null = null;
  const renderer = {
    getGraph: () => drawn,
    editLinks: (edit: () => void) => {
      edits++;
      order = null;
      edit();
    },
    drawLinksInOrder: (links: readonly string[]) => void (order = links),
    scheduleRender: () => void frames++,
    getDimensions: () => ({ width: 100, height: 100 }),
    viewportToGraph: ({ x, y }: { x: number; y: number }) => ({
      x: view.x0 + ((view.x1 - view.x0) * x) / 100,
      y: view.y0 + ((view.y1 - view.y0) * y) / 100,
    }),
    getCamera: () => ({ on: (_event: string, handler: () => void) => void cameraHandlers.push(handler), off: () => undefined }),
  } as unknown as AtlasRenderer;
  const sight = bindLinksInSight(renderer, app, drawnGraph, max);
  // In the app the view's ordered updates call it (atlasView.ts); here it follows the store alone.
  const unfollow = follow(app.store, sight.update);
  /**
   * Until `ready` holds (the work may start late on a busy machine: a quiet spell before it
   * starts is no proof it is done), then until the slices under way are all done.
   */
  const settled = async (ready: () => boolean = () => true) => {
    for (const start = Date.now(); !ready() && Date.now() - start < 20_000; ) await new Promise((resolve) => setTimeout(resolve, 20));
    for (let seen = -1; seen !== edits + frames; ) {
      seen = edits + frames;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const look = async (rect: typeof view) => {
    view = rect;
    for (const handler of cameraHandlers) handler();
    await new Promise((resolve) => setTimeout(resolve, 260));
    await settled();
  };
  /** The links in the order sigma is to draw them: as told, else the graph's. */
  const drawOrder = () => order ?? drawn.edges();
  return { app, data, drawn, settled, look, drawOrder, frames: () => frames, clean: () => {
    unfollow();
    sight.clean();
  } };
}

const weight = (graph: SupplyGraph, edge: string) => graph.getEdgeAttribute(edge, "weight") ?? 0;

describe("render/linksInSightView", () => {
  it("puts the heaviest links into the companies' graph at the company level, and takes them out again", async () => {
    const { app, data, drawn, settled, frames, clean } = await bound();
    expect(data.size).toBeGreaterThan(MAX);
    expect(drawn).not.toBe(data);
    expect(drawn.size).toBe(0);
    app.actions.setLevel("companies");
    await settled(() => drawn.size === MAX);
    expect(drawn.size).toBe(MAX);
    expect(frames()).toBeGreaterThan(0);
    expect(app.store.getState().linksInSight).toEqual({ drawn: MAX, inSight: data.size, shown: data.size });
    const lightest = Math.min(...drawn.edges().map((e) => weight(data, e)));
    expect(data.edges().filter((e) => !drawn.hasEdge(e)).every((e) => weight(data, e) <= lightest)).toBe(true);
    // The very attribute objects: what is written on the data is what is drawn.
    const edge = drawn.edges()[0]!;
    expect(drawn.getEdgeAttributes(edge)).toBe(data.getEdgeAttributes(edge));
    expect(drawn.extremities(edge)).toEqual(data.extremities(edge));

    app.actions.setLevel("divisions");
    await settled();
    expect(drawn.size).toBe(0);
    expect(app.store.getState().linksInSight).toBeNull();
    clean();
  });

  it("up to the budget puts every link in, in the data's order, whatever the filters: the reducers hide those", async () => {
    const { app, data, drawn, settled, clean } = await bound(5_000);
    app.actions.setLevel("companies");
    await settled(() => drawn.size === data.size);
    expect(drawn.edges()).toEqual(data.edges());
    expect(app.store.getState().linksInSight).toBeNull();
    app.actions.setFilter({ linkTypes: ["production"] });
    app.actions.select(data.nodes()[0]!);
    await settled();
    expect(drawn.size).toBe(data.size);
    app.actions.setLevel("divisions");
    await settled(() => drawn.size === 0);
    expect(drawn.size).toBe(0);
    clean();
  });

  it("draws only links the filters keep, and a chosen company's links alone", async () => {
    const { app, data, drawn, settled, drawOrder, clean } = await bound();
    app.actions.setLevel("companies");
    await settled(() => drawn.size === MAX);
    app.actions.setFilter({ ...app.store.getState().filter, linkTypes: ["production"] });
    await settled(() => drawn.edges().every((e) => data.getEdgeAttribute(e, "linkType") === "production"));
    const production = data.filterEdges((_e, a) => a.linkType === "production").length;
    expect(drawn.size).toBe(Math.min(MAX, production));
    expect(drawn.edges().every((e) => data.getEdgeAttribute(e, "linkType") === "production")).toBe(true);
    expect(app.store.getState().linksInSight?.shown).toBe(production);

    // All of them again: the production links return, and sigma is told to draw in the data's order.
    app.actions.setFilter({ ...app.store.getState().filter, linkTypes: [] });
    await settled(() => drawn.size === MAX && drawn.edges().some((e) => data.getEdgeAttribute(e, "linkType") !== "production"));
    const rank = new Map(data.edges().map((e, i) => [e, i]));
    const drawnOrder = drawOrder().map((e) => rank.get(e)!);
    expect(drawnOrder).toEqual([...drawnOrder].sort((a, b) => a - b));
    expect(new Set(drawOrder())).toEqual(new Set(drawn.edges()));
    expect(drawn.size).toBe(MAX);
    const company = data.nodes().reduce((best, node) => (data.degree(node) > data.degree(best) ? node : best));
    app.actions.select(company);
    await settled(() => drawn.size === data.edges(company).length);
    expect(new Set(drawn.edges())).toEqual(new Set(data.edges(company)));
    clean();
  });

  it("follows the camera once it rests: links with an end in sight, all of them when they fit", async () => {
    const { app, data, drawn, settled, look, clean } = await bound();
    app.actions.setLevel("companies");
    await settled(() => drawn.size === MAX);
    // A narrow band around the median company's x: fewer links than the budget touch it.
    const xs = data.mapNodes((_n, a) => a.x).sort((a, b) => a - b);
    const mid = xs[Math.floor(xs.length / 2)]!;
    // The viewport widened by the sight margin (15% a side) still holds only companies at `mid`.
    const band = { x0: mid - 1e-9, y0: -1e6, x1: mid + 1e-9, y1: 1e6 };
    const inBand = (node: string) => Math.abs(data.getNodeAttribute(node, "x") - mid) <= 1e-9 * 1.4;
    await look(band);
    const touching = data.filterEdges((_e, _a, s, t) => inBand(s) || inBand(t));
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.length).toBeLessThan(MAX);
    expect(new Set(drawn.edges())).toEqual(new Set(touching));
    expect(app.store.getState().linksInSight).toMatchObject({ drawn: touching.length, inSight: touching.length });
    clean();
  });
});
