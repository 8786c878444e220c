// Wires the company and link display (companyDisplay.ts, linkDisplay.ts) into sigma's reducers and
// redraws what each store change's redraw plan (redrawPlan.ts) says, in place where it can.
import type { RegionScale } from "../../model/scale.ts";
import { scaleOf } from "../../state/regionScale.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import type { AtlasState } from "../../state/store.ts";
import type { AtlasViewModel } from "../../app/createApp.ts";
import { currentMetrics } from "../../state/analyticsSlice.ts";
import { edgesChangingDivision, edgesChangingVisibility } from "./edgeChanges.ts";
import { drawingView, type DrawingView } from "./drawingView.ts";
import { nodeDisplay, type NodeOut } from "./companyDisplay.ts";
import { edgeDisplay, type EdgeOut } from "./linkDisplay.ts";
import { sharedInputs, type DrawingInputs, type InputsOf } from "./drawingInputs.ts";
import { redrawPlan, type RedrawPlan } from "./redrawPlan.ts";
import { redrawSlices } from "./redrawSlices.ts";
import { bindCompanyPointer } from "./companyPointer.ts";

type Drawn = ReturnType<AtlasRenderer["getGraph"]>;

/** The companies and links a hover moving from one company to another draws differently. */
function hoverMoved(drawn: Drawn, before: DrawingView, after: DrawingView): { nodes: string[]; edges: string[] } {
  // Everything away from both is dimmed before and after, so only the two companies, their
  // partners and, with company links on screen, their links are drawn differently.
  const nodes = new Set([...before.near, ...after.near]);
  const edges = new Set<string>();
  if (after.level === "companies") for (const node of [before.focus!, after.focus!]) if (drawn.hasNode(node)) drawn.forEachEdge(node, (edge) => void edges.add(edge));
  return { nodes: [...nodes].filter((node) => drawn.hasNode(node)), edges: [...edges] };
}

/** The links `plan` redraws, going from `before` to `after` at the level drawn. */
function edgesToRedraw(drawn: Drawn, plan: RedrawPlan, before: DrawingInputs | null, after: DrawingView): string[] {
  if (after.level !== "companies") return [];
  if (plan.edges) return drawn.edges();
  const visibility = edgesChangingVisibility(drawn, (before?.visible ?? null) as DrawingView["visible"], after.visible);
  if (!plan.edgeDivisions || !before) return visibility;
  // A vintage changes the look of the links that touch a division it draws differently (the
  // Gwangju-Jeonnam merger), and of no other.
  return [...new Set([...visibility, ...edgesChangingDivision(drawn, before.scale as RegionScale, scaleOf(after.state))])];
}

/**
 * Applies hover, selection, draw level, division selection, vintage and colouring
 * through sigma's reducers. Store changes reach sigma through `update` (atlasView.ts calls it
 * for each, first), never through React renders.
 */
export function bindReducers(
  renderer: AtlasRenderer,
  vm: Pick<AtlasViewModel, "store" | "derived" | "actions">,
  /** The graph sigma is to draw for a state (displayGraph.ts): when it changes, setGraph indexes anyway. */
  drawnGraph: (state: AtlasState) => unknown = () => renderer.getGraph(),
  /** The redraw plan's snapshot of a state, shared with the other bindings of one view. */
  inputsOf: InputsOf = sharedInputs({ derived: vm.derived, drawnGraph }),
) {
  const { store, derived, actions } = vm;
  let view: DrawingView | null = null;
  let drawnFrom: DrawingInputs | null = null;
  const graph = () => renderer.getGraph();
  renderer.setSetting("nodeReducer", (node: string, data: NodeOut) => nodeDisplay(view, node, data));
  renderer.setSetting("edgeReducer", (edge: string, data: EdgeOut) => edgeDisplay(view, edge, data));
  const slices = redrawSlices(renderer);

  const update = () => {
    const state = store.getState();
    // Community colours and metric sizes need the metrics: computed on demand, with progress.
    const needsMetrics = state.nodeColorBy === "community" || state.nodeSizeBy !== "fixed";
    if (needsMetrics && state.graph && !currentMetrics(state) && !state.metricsStatus.running && !state.metricsStatus.error) actions.ensureMetrics();
    const inputs = inputsOf(state);
    const plan = redrawPlan(drawnFrom, inputs);
    if (!plan.view) return;
    const before = { view, inputs: drawnFrom };
    view = drawingView(state, derived, graph);
    drawnFrom = inputs;
    // A new graph is indexed by setGraph in the view's own update, which runs after this one:
    // refreshing here too would process every item twice in one task. (Links joining the
    // companies on screen are a new data graph drawn on the same companies-only graph: those
    // companies are redrawn below. Company links come and go in that graph: linksInSightView.ts.)
    // At the division level every company link is hidden whatever the link filters say.
    if (drawnGraph(state) !== renderer.getGraph() || (view.level === "divisions" && !plan.nodes)) return;
    if (plan.layout) {
      renderer.refresh();
      return;
    }
    // Without partialGraph sigma re-indexes everything whatever skipIndexation says (about
    // 200 ms at 50k links); naming the items redraws them in place.
    const drawn = renderer.getGraph();
    if (plan.hoverOnly && before.view?.focus != null && view.focus !== null && before.view.focus !== view.focus) {
      renderer.refresh({ partialGraph: hoverMoved(drawn, before.view, view), skipIndexation: true });
      return;
    }
    slices.redraw(drawn, plan.nodes, edgesToRedraw(drawn, plan, before.inputs, view));
  };
  const unpoint = bindCompanyPointer(renderer, actions);

  return {
    /** Takes the store's state in: atlasView.ts calls it on every change, before sigma is handed a new graph. */
    update,
    clean() {
      slices.cancel();
      unpoint();
      renderer.setSetting("nodeReducer", null);
      renderer.setSetting("edgeReducer", null);
    },
  };
}
