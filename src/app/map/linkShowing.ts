// Which company links the map draws, its look aside: one rule for the edge reducer
// (render/bindings/linkDisplay.ts), the links in sight (render/bindings/linksInSightView.ts) and the status line's
// counts (derived/shown.ts), so what is drawn and what is counted cannot disagree.
import type { RegionScale } from "../../model/scale.ts";
import type { AtlasState } from "../../state/store.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import type { Trace } from "../../graph/paths/trace.ts";
import type { DivisionCode } from "../../model/types.ts";
import { scaleOf } from "../../state/regionScale.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { passesDivisionSelection } from "../../graph/flows/select.ts";
import { selectedUnits, unitOf } from "../../regions/units.ts";
import type { ShowsRow } from "../../graph/filters/linksInSight.ts";
import { graphIndex } from "../../graph/filters/graphIndex.ts";

/** What decides whether a company link is drawn at all. */
export interface LinkShowing {
  /** Filters and what-if removal; null when everything is kept. */
  visible: Visible | null;
  /** The company whose links alone are drawn (hovered or selected). */
  focus: string | null;
  trace: Trace | null;
  selected: ReadonlySet<DivisionCode>;
  divisionMode: AtlasState["divisionMode"];
  /** A company's division as drawn (under the vintage shown). */
  divisionOf: (node: string) => DivisionCode;
}

/** Whether a link that the filters keep (`kept`) is drawn. */
export function showsLinkIn(view: LinkShowing, kept: boolean, edge: string, source: string, target: string): boolean {
  if (!kept) return false;
  if (view.focus && source !== view.focus && target !== view.focus) return false;
  if (!view.focus && view.trace) return view.trace.edges.has(edge);
  return view.selected.size === 0 || passesDivisionSelection(view.divisionOf(source), view.divisionOf(target), view.selected, view.divisionMode);
}

/** The companies and links the status line counts: what a "what is shown" export carries. */
export interface CountedParts {
  keepNode: (node: string) => boolean;
  keepEdge: (edge: string, source: string, target: string) => boolean;
}

/**
 * What the status line counts (derived.shownCounts) and a "what is shown" export carries, by the
 * map's own rule (showsLinkIn): a lit chain or path, its companies the filters keep and its links;
 * else the companies the filters and what-if keep and their kept links that the division
 * selection passes. The selected company and the hover are a highlight, not a narrowing.
 * `visible` null: nothing filtered or removed.
 */
export function countedParts(
  graph: SupplyGraph,
  visible: Visible | null,
  trace: Trace | null,
  selection: Pick<AtlasState, "selectedDivisions" | "divisionMode" | "vintage" | "regionLevel" | "userGrouping" | "level" | "mode" | "zoomedIn">,
): CountedParts {
  // A lit trace draws its links whatever divisions are selected: showsLinkIn reads neither.
  const view: LinkShowing = {
    visible,
    focus: null,
    trace,
    selected: trace ? new Set() : selectedUnits(selection.selectedDivisions, scaleOf(selection)),
    divisionMode: trace ? "all" : selection.divisionMode,
    divisionOf: displayDivisionOf(graph, scaleOf(selection)),
  };
  return {
    keepNode: (node) => (!trace || trace.nodes.has(node)) && graph.hasNode(node) && (!visible || visible.keepNode(node)),
    keepEdge: (edge, source, target) => showsLinkIn(view, !visible || visible.keepEdge(edge, graph.getEdgeAttributes(edge)), edge, source, target),
  };
}

/** The selected company whose links alone are drawn: none while a supply chain or path is. */
export function selectionFocus(state: AtlasState): string | null {
  return state.focus || state.pathEnds ? null : state.selected;
}

/** A company's region as the map draws it: under the scale shown. */
export function displayDivisionOf(graph: SupplyGraph, scale: RegionScale): (node: string) => DivisionCode {
  return (node) => unitOf(graph.getNodeAttribute(node, "place"), scale);
}

/**
 * Which company links the reducers draw for `state`, leaving out the hover, by graphIndex row:
 * what the map's links in sight are chosen from on a big network (linksInSight.ts), where the
 * hover layer lights a hover rather than the reducers. Null when every link is drawn.
 */
export function linksShown(state: AtlasState, derived: { visible(state: AtlasState): Visible | null; trace(state: AtlasState): Trace | null }): ShowsRow | null {
  const graph = state.graph;
  if (!graph) return null;
  const shown = derived.visible(state);
  const view: LinkShowing = {
    visible: shown && !shown.all ? shown : null,
    focus: selectionFocus(state),
    trace: derived.trace(state),
    selected: selectedUnits(state.selectedDivisions, scaleOf(state)),
    divisionMode: state.divisionMode,
    divisionOf: displayDivisionOf(graph, scaleOf(state)),
  };
  if ((!view.visible && !view.focus && !view.trace && view.selected.size === 0)) return null;
  const { nodes, edges, source, target } = graphIndex(graph);
  const visible = view.visible;
  return (e) => showsLinkIn(view, !visible || visible.keepRow(e), edges[e]!, nodes[source[e]!]!, nodes[target[e]!]!);
}
