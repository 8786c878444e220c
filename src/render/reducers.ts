import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { AtlasRenderer } from "./createRenderer.ts";
import type { AtlasState, AtlasStore } from "../state/store.ts";
import type { CompanyNode, LinkEdge } from "../graph/types.ts";
import type { DivisionCode } from "../model/types.ts";
import { neighbourhood } from "../graph/partners.ts";
import { passesDivisionSelection } from "../graph/flowSelect.ts";
import { divisionColor, industryPalette, INTERNAL_LINK_COLOR, OTHER_INDUSTRY_COLOR, tierColor } from "../graph/style.ts";
import { toVintage } from "../regions/divisions.ts";
import { changeGate } from "../state/changeGate.ts";
import { removalTest } from "../graph/removal.ts";

const DIMMED_NODE = "#D5D9DE";

// sigma hands each reducer its own shallow copy of the attributes, so the reducers
// below write into it instead of spreading another copy per item and refresh.
type NodeOut = CompanyNode & Partial<NodeDisplayData>;
type EdgeOut = LinkEdge & Partial<EdgeDisplayData>;
const FOCUSED_INTERNAL_EDGE = "#6B7580";

export type DrawLevel = "divisions" | "companies";

/** Everything the reducers read, computed once per change instead of once per item. */
interface View {
  focus: string | null;
  near: Set<string>;
  level: DrawLevel;
  selected: Set<DivisionCode>;
  state: AtlasState;
  industries: Map<string, string>;
  /** What-if removal in force: these companies and their links are not drawn. */
  removed: ((node: string) => boolean) | null;
  /** Nothing to change: hand sigma the stored attributes as they are (no copies at 500k links). */
  passThroughNodes: boolean;
  passThroughEdges: boolean;
}

export function nodeColorOf(data: CompanyNode, view: Pick<View, "state" | "industries">): string {
  switch (view.state.nodeColorBy) {
    case "tier":
      return tierColor(data.company.tier);
    case "industry":
      return (data.company.industry && view.industries.get(data.company.industry)) || OTHER_INDUSTRY_COLOR;
    default:
      return view.state.vintage === "2023" ? data.color : divisionColor(toVintage(data.division, view.state.vintage));
  }
}

/**
 * Applies hover, selection, draw level, division selection, vintage and colouring
 * through sigma's reducers. Store changes reach sigma through subscribe, never
 * through React renders.
 */
export function bindReducers(renderer: AtlasRenderer, store: AtlasStore, levelOf: (state: AtlasState) => DrawLevel) {
  let industriesFor: unknown = null;
  let industries = new Map<string, string>();
  let view: View | null = null;

  const compute = (state: AtlasState): View => {
    const graph = state.graph;
    if (graph && industriesFor !== graph) {
      industriesFor = graph;
      industries = industryPalette(graph.mapNodes((_n, a) => a.company.industry));
    }
    const focus = state.hovered ?? state.selected;
    const level = levelOf(state);
    const selected = new Set(state.selectedDivisions);
    return {
      removed: graph && state.removal ? removalTest(graph, state.removal, state.vintage) : null,
      focus,
      near: focus && graph ? neighbourhood(graph, focus) : new Set(),
      level,
      selected,
      state,
      industries,
      passThroughNodes: !focus && !state.removal && state.nodeColorBy === "division" && state.vintage === "2023",
      passThroughEdges:
        !focus && !state.removal && level === "companies" && selected.size === 0 && state.edgeColorBy === "linkType" && state.vintage === "2023",
    };
  };

  const displayDivision = (node: string) => {
    const division = renderer.getGraph().getNodeAttribute(node, "division");
    return view && view.state.vintage !== "2023" ? toVintage(division, view.state.vintage) : division;
  };

  const nodeReducer = (node: string, data: NodeOut): Partial<NodeDisplayData> => {
    if (!view || view.passThroughNodes) return data;
    if (view.removed?.(node)) {
      data.hidden = true;
      return data;
    }
    data.color = nodeColorOf(data, view);
    if (!view.focus) return data;
    if (node === view.focus || node === view.state.selected) {
      data.highlighted = true;
      data.forceLabel = true;
    } else if (view.near.has(node)) {
      data.forceLabel = view.near.size < 40;
    } else {
      data.color = DIMMED_NODE;
      data.label = "";
    }
    return data;
  };

  const hide = (data: EdgeOut) => {
    data.hidden = true;
    return data;
  };
  const edgeReducer = (edge: string, data: EdgeOut): Partial<EdgeDisplayData> => {
    if (!view || view.passThroughEdges) return data;
    if (view.level === "divisions") return hide(data);
    const [source, target] = renderer.getGraph().extremities(edge);
    if (view.removed && (view.removed(source) || view.removed(target))) return hide(data);
    if (view.focus && source !== view.focus && target !== view.focus) return hide(data);
    const from = displayDivision(source);
    const to = displayDivision(target);
    if (!passesDivisionSelection(from, to, view.selected, view.state.divisionMode)) return hide(data);
    // Under the merged vintage a Gwangju-Jeonnam link is internal and recedes like one.
    const cross = from !== to;
    if (!cross) data.color = view.focus ? FOCUSED_INTERNAL_EDGE : INTERNAL_LINK_COLOR;
    else if (view.state.edgeColorBy === "division") data.color = divisionColor(from);
    data.size = view.focus ? data.size * 1.6 : cross ? data.size : Math.min(data.size, 0.8);
    return data;
  };

  renderer.setSetting("nodeReducer", nodeReducer);
  renderer.setSetting("edgeReducer", edgeReducer);

  const gate = changeGate<AtlasState, keyof AtlasState>([
    "graph", "hovered", "selected", "selectedDivisions", "divisionMode", "vintage", "nodeColorBy", "edgeColorBy", "level", "mode", "removal",
  ]);
  const update = () => {
    const state = store.getState();
    const previousGraph = gate.previous()?.graph;
    if (!gate.changed(state, levelOf(state))) return;
    const newGraph = previousGraph !== state.graph;
    view = compute(state);
    // A new graph is indexed by setGraph in the view's own listener, which runs after
    // this one: refreshing here too would process every item twice in one task.
    if (!newGraph) renderer.refresh({ skipIndexation: true });
  };

  const onEnter = ({ node }: { node: string }) => store.getState().hover(node);
  const onLeave = () => store.getState().hover(null);
  const onClick = ({ node }: { node: string }) => store.getState().select(node);
  renderer.on("enterNode", onEnter);
  renderer.on("leaveNode", onLeave);
  renderer.on("clickNode", onClick);
  const unsubscribe = store.subscribe(update);
  update();

  return {
    /** Re-check the draw level, e.g. after the camera moved. */
    update,
    clean() {
      unsubscribe();
      renderer.off("enterNode", onEnter);
      renderer.off("leaveNode", onLeave);
      renderer.off("clickNode", onClick);
      renderer.setSetting("nodeReducer", null);
      renderer.setSetting("edgeReducer", null);
    },
  };
}
