import Sigma from "sigma";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { Settings } from "sigma/settings";
import { NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from "sigma/rendering";
import { withoutInstancing } from "./withoutInstancing.ts";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../../graph/types.ts";
import { CPU_2D } from "../layers/cpuCanvas.ts";
import { installCpuHitTest } from "./hitTest.ts";
import { quietSigmaLayers } from "../layers/quietLayers.ts";
import { withReplaced } from "./withReplaced.ts";
import { MAP_FONT } from "../pen/types.ts";
import { appendLinks, processLinksOnly } from "./processLinks.ts";

export type AtlasRenderer = Sigma<CompanyNode, LinkEdge> & Partial<Pick<AtlasSigma, "setGraphDrawnNextFrame" | "editLinks" | "drawLinksInOrder">>;

/** sigma's own steps that AtlasSigma changes or calls (private in its typings; sigma is pinned to 3.0.x). */
interface SigmaSteps {
  process(): unknown;
  updateEdge(edge: string): void;
  needToProcess: boolean;
  edgeProgramIndex: Record<string, number>;
  customBBox: unknown;
}

export const LABEL_FONT = MAP_FONT;

export const DEFAULT_RENDERER_SETTINGS: Partial<Settings<CompanyNode, LinkEdge>> = {
  defaultEdgeType: "curvedArrow",
  nodeProgramClasses: { circle: withoutInstancing(NodeCircleProgram) as unknown as NodeProgramType<CompanyNode, LinkEdge> },
  // The program is typed for plain attributes; it reads only x/y/size/color/curvature.
  edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<CompanyNode, LinkEdge> },
  labelFont: LABEL_FONT,
  labelSize: 12,
  labelWeight: "500",
  labelDensity: 0.6,
  labelRenderedSizeThreshold: 6,
  // Draw order is graph order (graph/build adds internal links first, super-regional
  // companies last): sorting by zIndex on every refresh costs too much at 500k links.
  zIndex: false,
  minCameraRatio: 0.03,
  // Zoomed out, the country (or the whole force graph) stays at least two thirds of the stage:
  // further out it only shrinks out of sight, and the way back is the whole-country control.
  maxCameraRatio: 1.5,
  // A wheel step zooms by 1.4 rather than sigma's 1.7, over 220 ms: a trackpad's burst of wheel
  // events (sigma drops those within zoomDuration / 5 of the last) no longer overshoots.
  zoomingRatio: 1.4,
  zoomDuration: 220,
  // Software WebGL (virtual desktops without a GPU) redraws slowly; hiding edges while
  // panning keeps the camera responsive on big networks.
  hideEdgesOnMove: false,
  allowInvalidContainer: true,
};

/** Above this many links, panning and zooming draw companies only. */
export const HIDE_EDGES_ON_MOVE_LINKS = 20_000;

export function resolveRendererSettings(
  graph: SupplyGraph,
  overrides: Partial<Settings<CompanyNode, LinkEdge>> = {},
): Partial<Settings<CompanyNode, LinkEdge>> {
  return { ...DEFAULT_RENDERER_SETTINGS, hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_LINKS, ...overrides };
}

/**
 * sigma with its own 2D layers (labels, hovers, edge labels, mouse) on the CPU (cpuCanvas.ts),
 * and without its picking pass: the company under the pointer is found on the CPU (hitTest.ts),
 * so drawing every company a second time into an offscreen texture each frame bought nothing.
 * Under software WebGL that pass cost about 100 ms of every frame at 10k companies.
 */
class AtlasSigma extends Sigma<CompanyNode, LinkEdge> {
  /**
   * What the companies were last processed for. While the graph, the canvas and the framing
   * stay and no company was redrawn with indexing, a change of links is processed for the links
   * alone (processLinks.ts). Set after the constructor's first render: that one is a full pass.
   */
  private companiesProcessed: { graph: unknown; width: number; height: number; bbox: unknown } | null = null;
  /** The drawn graph's links in the order to draw them, when that is not the graph's own order. */
  private linkOrder: { graph: unknown; order: readonly string[] } | null = null;

  constructor(...args: ConstructorParameters<typeof Sigma<CompanyNode, LinkEdge>>) {
    super(...args);
    const steps = this as unknown as SigmaSteps;
    const processAll = steps.process.bind(this);
    steps.process = () => {
      const { width, height } = this.getDimensions();
      const graph = this.getGraph();
      const order = this.linkOrder?.graph === graph ? this.linkOrder.order : undefined;
      if (this.companiesStand()) {
        processLinksOnly(this as unknown as Sigma, order);
        return this;
      }
      if (order) withReplaced(graph, "edges", (() => order) as unknown as typeof graph.edges, processAll);
      else processAll();
      this.companiesProcessed = { graph: this.getGraph(), width, height, bbox: steps.customBBox };
      return this;
    };
  }

  /** Whether the companies' buffers, indices and label grid are as sigma would process them now. */
  private companiesStand(): boolean {
    const { width, height } = this.getDimensions();
    const last = this.companiesProcessed;
    return last !== null && last.graph === this.getGraph() && last.width === width && last.height === height && last.bbox === (this as unknown as SigmaSteps).customBBox;
  }

  override refresh(options?: Parameters<Sigma["refresh"]>[0]): this {
    const partial = options?.partialGraph;
    if (!partial || (!options.skipIndexation && (partial.nodes?.length ?? 0) > 0)) this.companiesProcessed = null;
    else if (options.skipIndexation && partial.edges?.length) {
      // Links added since the last process have no place in sigma's buffers yet (it would throw):
      // their display data is updated now, and the process before the next frame places them.
      const steps = this as unknown as SigmaSteps;
      const placed = partial.edges.filter((edge) => steps.edgeProgramIndex[edge] !== undefined);
      if (placed.length < partial.edges.length) {
        for (const edge of partial.edges) if (steps.edgeProgramIndex[edge] === undefined) steps.updateEdge(edge);
        steps.needToProcess = true;
        return super.refresh({ ...options, partialGraph: { ...partial, edges: placed } });
      }
    }
    return super.refresh(options);
  }

  /**
   * Runs `edit`, which adds and drops links of the drawn graph, without sigma reprocessing
   * everything for each (its listeners refresh the whole graph on every dropped link): each
   * link's display data is updated as it comes and goes. Links only added, and `appended` (drawn
   * after every link already there), are placed in sigma's programs at once (a slice's worth a
   * task); else the next frame processes the links alone.
   * Draws nothing: the caller schedules the frame when the change is whole.
   */
  editLinks(edit: () => void, appended = true): void {
    const steps = this as unknown as SigmaSteps;
    // The programs hold every link drawn so far: links only added, and drawn after them, are placed now.
    const placed = appended && !steps.needToProcess && this.companiesStand();
    // Until the caller says the order again, the graph's own (the links are changing).
    this.linkOrder = null;
    const added: string[] = [];
    let dropped = false;
    const self: AtlasSigma = this;
    // sigma's listeners: an added link refreshes its own display data, a dropped one everything.
    const heard = (options?: Parameters<Sigma["refresh"]>[0]) => {
      const edges = options?.partialGraph?.edges;
      if (edges) added.push(...edges);
      else dropped = true;
      return self;
    };
    withReplaced(self, "refresh", heard as AtlasSigma["refresh"], edit);
    if (placed && !dropped) appendLinks(this as unknown as Sigma, added);
    else steps.needToProcess = true;
  }

  /**
   * The drawn graph's links are to be drawn in this order (sigma draws in graph order otherwise):
   * links that join among others keep the data's order without the graph being built again.
   */
  drawLinksInOrder(order: readonly string[]): void {
    this.linkOrder = { graph: this.getGraph(), order };
  }

  override createWebGLContext(id: string, options: Parameters<Sigma["createWebGLContext"]>[1] = {}): WebGLRenderingContext {
    return super.createWebGLContext(id, { ...options, picking: false });
  }

  /**
   * setGraph, with the new graph indexed now and drawn in the next animation frame, a task of
   * its own: for a big load's companies (100,000 of them) sigma's indexing and its processing
   * and first frame made one task of 460–570 ms. Until that frame, display data is not framed
   * for the camera yet, so this is only for a picture nobody reads from in between.
   */
  setGraphDrawnNextFrame(graph: Parameters<Sigma<CompanyNode, LinkEdge>["setGraph"]>[0]): void {
    const refresh = this.refresh;
    withReplaced(this, "refresh", (options) => refresh.call(this, { ...options, schedule: true }), () => this.setGraph(graph));
  }

  override createCanvasContext(id: string, options: { style?: Partial<CSSStyleDeclaration> } = {}): this {
    const canvas = this.createCanvas(id, options);
    // sigma never draws on its mouse layer: without a context it only takes the pointer, and
    // Chromium has nothing to composite (quietLayers.ts).
    if (id === "mouse") return this;
    const ctx = canvas.getContext("2d", CPU_2D);
    (this as unknown as { canvasContexts: Record<string, CanvasRenderingContext2D | null> }).canvasContexts[id] = ctx;
    return this;
  }
}

export function createRenderer(container: HTMLElement, graph: SupplyGraph): AtlasRenderer {
  const renderer = new AtlasSigma(graph, container, resolveRendererSettings(graph));
  installCpuHitTest(renderer);
  quietSigmaLayers(renderer);
  return renderer;
}
