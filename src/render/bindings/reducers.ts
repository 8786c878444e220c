import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import { updateWithoutDrawing } from "../sigma/updateWithoutDrawing.ts";
import type { AtlasState } from "../../state/store.ts";
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import type { Trace } from "../../graph/paths/trace.ts";
import { companyDots, type DrawLevel } from "../../app/map/drawLevel.ts";
import type { CompanyNode, LinkEdge } from "../../graph/types.ts";
import { hasDivision, isCrossDivision, STORED_VINTAGE, type DivisionCode } from "../../model/types.ts";
import { neighbourhood } from "../../graph/flows/partners.ts";
import { communityColor, divisionColor, INTERNAL_LINK_MAX_SIZE, OTHER_INDUSTRY_COLOR, tierColor } from "../../style/palette.ts";
import { mapTheme } from "../../style/mapTheme.ts";
import { attributeValue } from "../../graph/build/categories.ts";
import { currentMetrics } from "../../state/analyticsSlice.ts";
import { companyLabel, FLOW_LEVEL_COMPANY_SIZE, metricSize } from "./nodeStyle.ts";
import { toVintage } from "../../regions/divisions.ts";
import { redrawKeys } from "../../state/view/schema.ts";
import { changeGate, follow } from "../../schedule/changeGate.ts";
import { inOwnTask } from "../../schedule/ownTask.ts";
import { listen } from "../sigma/rendererEvents.ts";
import { edgesChangingDivision, edgesChangingVisibility } from "./edgeChanges.ts";
import { LINKS_IN_SIGHT_MAX } from "../../graph/filters/linksInSight.ts";
import { selectionFocus, showsLinkIn, type LinkShowing } from "../../app/map/linkShowing.ts";
import { linksFollowCommunities } from "../../app/map/linkColour.ts";

/**
 * A redraw of more companies and links than this goes in tasks of its own, right after the
 * change's, this many a task: at 10k / 50k a link filter's redraw of 17,000 links (about 65 ms)
 * and the change itself (the store, the filtered flows, React: about 60 ms) made one task of
 * 120–130 ms, and at 100k companies a colour change redrew them all in one task of 270–450 ms.
 */
export const REDRAW_IN_OWN_ITEMS = 10_000;

const NO_INDUSTRY_COLORS: ReadonlyMap<string, string> = new Map();

/**
 * Above this many links a hover does not re-run the reducers while company links are drawn:
 * each hover would redraw every link (seconds at 500k under software WebGL). The hover layer
 * lights it instead, and a click still highlights here. From here on the map draws the links
 * in sight, which need not hold the hovered company's links; the hover layer draws them all.
 */
export const HOVER_HIGHLIGHT_MAX_LINKS = LINKS_IN_SIGHT_MAX;
/**
 * Above this many companies the reducers leave a hover alone and the hover layer lights it
 * (hoverFocus.ts): the partners over a veil, drawn at their own cost. Dimming the others here
 * redraws every company: 300–460 ms of main thread per hover at 100k companies, and a frame of
 * every company to rasterise under software WebGL. A click still highlights here.
 */
export const HOVER_DIM_MAX_COMPANIES = 30_000;

/** Whether the reducers light the hovered company; where they do not, the hover layer does (hoverFocus.ts). */
export function hoverLitByReducers(state: AtlasState, level: DrawLevel): boolean {
  return hoverOf(state, level) !== null;
}

/** The hover the reducers light; null where lighting it would redraw too much (above). */
function hoverOf(state: AtlasState, level: DrawLevel): string | null {
  if (!state.graph) return state.hovered;
  if (state.graph.order > HOVER_DIM_MAX_COMPANIES) return null;
  return level === "companies" && state.graph.size > HOVER_HIGHLIGHT_MAX_LINKS ? null : state.hovered;
}

// sigma hands each reducer its own shallow copy of the attributes, so the reducers
// below write into it instead of spreading another copy per item and refresh.
type NodeOut = CompanyNode & Partial<NodeDisplayData>;
type EdgeOut = LinkEdge & Partial<EdgeDisplayData>;
/** A focused company's links inside one division: darker than internal links usually are (hoverFocus.ts too). */
export const FOCUSED_INTERNAL_EDGE = "#6B7580";
/** A focused company's links are drawn this much thicker. */
export const FOCUSED_EDGE_SCALE = 1.6;
/** How long a hover outlasts the pointer leaving its company: long enough to reach the next one. */
export const HOVER_LEAVE_MS = 80;

/** Everything the reducers read, computed once per change instead of once per item. */
interface View extends LinkShowing {
  /** The hovered (else selected) company: it and its partners stand out. */
  focus: string | null;
  near: Set<string>;
  /** A supply-tier focus or a shortest supply path: only its companies and links stay lit. */
  trace: Trace | null;
  level: DrawLevel;
  selected: Set<DivisionCode>;
  state: AtlasState;
  industries: ReadonlyMap<string, string>;
  /** Colours of the chosen attribute column's values (nodeColorBy "attribute"). */
  attributes: ReadonlyMap<string, string>;
  /** Companies under the division flows: as elsewhere, small dots, or hidden (companyDots). */
  dots: AtlasState["flowCompanies"];
  /** Relative size metric per company, or null for the stored sizes. */
  sizes: ReadonlyMap<string, number> | null;
  /** Filters and what-if removal: what fails them is not drawn. Null when everything is shown. */
  visible: Visible | null;
  /** Nothing to change: hand sigma the stored attributes as they are (no copies at 500k links). */
  passThroughNodes: boolean;
  passThroughEdges: boolean;
  /** Force view coloured by community: links inside a community take its colour, links between recede. */
  communityEdges: boolean;
}

export function nodeColorOf(data: CompanyNode, view: Pick<View, "state" | "industries"> & Partial<Pick<View, "attributes">>): string {
  switch (view.state.nodeColorBy) {
    case "community": {
      // Written onto the node by the metrics service (graph/metrics/assign.ts); grey until then.
      const community = (data as unknown as Record<string, unknown>)["m_community"];
      return communityColor(typeof community === "number" ? community : undefined);
    }
    case "attribute": {
      const column = view.state.colorAttribute;
      const value = column ? attributeValue(data.company.attributes, column) : undefined;
      return (value && view.attributes?.get(value)) || OTHER_INDUSTRY_COLOR;
    }
    case "tier":
      return tierColor(data.company.tier);
    case "industry":
      return (data.company.industry && view.industries.get(data.company.industry)) || OTHER_INDUSTRY_COLOR;
    default:
      return view.state.vintage === STORED_VINTAGE ? data.color : divisionColor(toVintage(data.division, view.state.vintage));
  }
}

/**
 * Applies hover, selection, draw level, division selection, vintage and colouring
 * through sigma's reducers. Store changes reach sigma through subscribe, never
 * through React renders.
 */
export function bindReducers(
  renderer: AtlasRenderer,
  vm: Pick<AtlasViewModel, "store" | "derived" | "actions">,
  /** The graph sigma is to draw for a state (displayGraph.ts): when it changes, setGraph indexes anyway. */
  drawnGraph: (state: AtlasState) => unknown = () => renderer.getGraph(),
) {
  const { store, derived, actions } = vm;
  let view: View | null = null;

  const compute = (state: AtlasState): View => {
    const graph = state.graph;
    const level = derived.drawLevel(state);
    const focus = hoverOf(state, level) ?? selectionFocus(state);
    const selected = new Set(state.selectedDivisions);
    const shown = derived.visible(state);
    const visible = shown && !shown.all ? shown : null;
    const trace = derived.trace(state);
    const dots = companyDots(state, level);
    return {
      dots,
      visible,
      trace,
      focus,
      near: focus && graph ? neighbourhood(graph, focus) : new Set(),
      level,
      selected,
      divisionMode: state.divisionMode,
      divisionOf: displayDivision,
      state,
      // Counting every company's industry costs 40 ms at 100k companies: only when it is the colouring.
      industries: state.nodeColorBy === "industry" ? derived.industryColors(graph) : NO_INDUSTRY_COLORS,
      attributes: derived.attributeColors(graph, state.colorAttribute),
      sizes: derived.nodeSizes(state)?.relative ?? null,
      passThroughNodes:
        dots === "shown" && !focus && !trace && !visible && state.nodeColorBy === "division" && state.vintage === STORED_VINTAGE && state.nodeSizeBy === "fixed" && state.lang === "ko",
      communityEdges: linksFollowCommunities(state),
      passThroughEdges:
        !focus && !trace && !visible && level === "companies" && selected.size === 0 && state.edgeColorBy === "linkType" && state.vintage === STORED_VINTAGE &&
        // The stored internal-link colour is the light theme's.
        state.theme === "light" && !linksFollowCommunities(state),
    };
  };

  const communityOf = (node: string): number | undefined => {
    const value = (renderer.getGraph().getNodeAttributes(node) as unknown as Record<string, unknown>)["m_community"];
    return typeof value === "number" ? value : undefined;
  };

  const displayDivision = (node: string) => {
    const division = renderer.getGraph().getNodeAttribute(node, "division");
    return view && view.state.vintage !== STORED_VINTAGE ? toVintage(division, view.state.vintage) : division;
  };

  const nodeReducer = (node: string, data: NodeOut): Partial<NodeDisplayData> => {
    if (!view || view.passThroughNodes) return data;
    if (view.dots === "hidden" || (view.visible && !view.visible.keepNode(node))) {
      data.hidden = true;
      return data;
    }
    data.color = nodeColorOf(data, view);
    data.label = companyLabel(data, view.state.lang);
    if (view.dots === "small") data.size = FLOW_LEVEL_COMPANY_SIZE;
    else if (view.sizes) data.size = metricSize(view.sizes.get(node));
    if (!view.focus && view.trace) {
      const tier = view.trace.nodes.get(node);
      if (tier === undefined) {
        data.color = mapTheme(view.state.theme).dimmed;
        data.label = "";
      } else {
        data.forceLabel = Math.abs(tier) <= 1 || view.trace.nodes.size < 40;
        data.highlighted = tier === 0;
      }
      return data;
    }
    if (!view.focus) return data;
    if (node === view.focus || node === view.state.selected) {
      data.highlighted = true;
      data.forceLabel = true;
    } else if (view.near.has(node)) {
      data.forceLabel = view.near.size < 40;
    } else {
      data.color = mapTheme(view.state.theme).dimmed;
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
    if (!showsLinkIn(view, !view.visible || view.visible.keepEdge(edge, data), edge, source, target)) return hide(data);
    if (!view.focus && view.trace) {
      data.size *= 2;
      data.color = mapTheme(view.state.theme).trace;
      return data;
    }
    const from = displayDivision(source);
    const to = displayDivision(target);
    if (view.communityEdges && !view.focus) {
      const community = communityOf(source);
      if (community !== undefined && community === communityOf(target)) data.color = communityColor(community);
      else {
        data.color = mapTheme(view.state.theme).recede;
        data.size = Math.min(data.size, INTERNAL_LINK_MAX_SIZE);
      }
      return data;
    }
    // Under the merged vintage a Gwangju-Jeonnam link is internal and recedes like one. A link
    // with an end of no division is neither: it keeps its link type's colour and size, so a
    // graph brought in without geography is not drawn as all internal.
    const cross = isCrossDivision(from, to);
    const unplaced = !hasDivision(from) || !hasDivision(to);
    if (!cross && !unplaced) data.color = view.focus ? FOCUSED_INTERNAL_EDGE : mapTheme(view.state.theme).recede;
    else if (cross && view.state.edgeColorBy === "division") data.color = divisionColor(from);
    // The stored colour is the light theme's; the dark land takes lighter shades.
    else if (view.state.theme !== "light") data.color = mapTheme(view.state.theme).linkTypes[data.linkType] ?? data.color;
    data.size = view.focus ? data.size * FOCUSED_EDGE_SCALE : cross || unplaced ? data.size : Math.min(data.size, INTERNAL_LINK_MAX_SIZE);
    return data;
  };

  renderer.setSetting("nodeReducer", nodeReducer);
  renderer.setSetting("edgeReducer", edgeReducer);

  // The view settings that redraw companies and links (view/schema.ts), plus what is not a setting.
  const gate = changeGate<AtlasState, keyof AtlasState>([...redrawKeys("graph"), "graph", "removal", "pathEnds", "metrics", "metricsGraphVersion", "rankingWeights", "theme"]);
  // What decides which companies are hidden and how big they are. sigma places labels in a
  // grid by position and size when it indexes, so a change here needs the full pass; any other
  // change only recolours, relabels or hides links, which sigma can redraw item by item.
  // The drawn graph stands for the companies: when a big load's links join its companies, sigma
  // keeps drawing the same companies-only graph, and no label needs placing again. The companies
  // under the flows (small or hidden) change sizes and what is hidden, so they are among these.
  const layoutInputs = (state: AtlasState) => [
    drawnGraph(state), companyDots(state, derived.drawLevel(state)), state.removal, state.removal ? state.vintage : null,
    state.filter.industries, state.filter.tiers, state.filter.companyRole,
    state.nodeSizeBy, state.nodeSizeBy === "fixed" ? null : state.metrics, state.nodeSizeBy === "score" ? state.rankingWeights : null,
  ];
  // What lights or dims companies and links alike: the level, the hovered or selected company,
  // and a supply chain or path (as derived: a link filter can change which companies it reaches).
  const highlightInputs = (state: AtlasState, level: DrawLevel, hover = true) => [level, hover ? hoverOf(state, level) : null, state.selected, state.focus, state.pathEnds, derived.trace(state)];
  // What node display depends on. At the division level every company link is hidden
  // whatever the link filters say, so a change that leaves these alone needs no refresh.
  const nodeInputs = (state: AtlasState, level: DrawLevel, hover = true) => [
    ...layoutInputs(state), ...highlightInputs(state, level, hover),
    state.nodeColorBy, state.vintage, state.lang, state.colorAttribute, state.nodeColorBy === "community" ? state.metrics : null,
  ];
  // What link display depends on besides the filters: when these stay, a filter change redraws
  // only the links it shows or hides. Company colours touch links only where the force view
  // colours links by community.
  const edgeStyleInputs = (state: AtlasState, level: DrawLevel, hover = true) => {
    const communities = linksFollowCommunities(state);
    return [
      state.graph, ...highlightInputs(state, level, hover),
      // By value: a vintage change clears the selection with a new empty list.
      state.selectedDivisions.join(","), state.divisionMode, state.edgeColorBy, communities, communities ? state.metrics : null,
    ];
  };
  let lastVintage: AtlasState["vintage"] | null = null;
  let lastNodeInputs: unknown[] = [];
  let lastGraph: AtlasState["graph"] = null;
  let lastLayoutInputs: unknown[] = [];
  let lastEdgeStyle: unknown[] = [];
  let lastVisible: Visible | null = null;
  let lastBesideHover: unknown[] = [];
  const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

  const update = () => {
    const state = store.getState();
    // Community colours and metric sizes need the metrics: computed on demand, with progress.
    const needsMetrics = state.nodeColorBy === "community" || state.nodeSizeBy !== "fixed";
    if (needsMetrics && state.graph && !currentMetrics(state) && !state.metricsStatus.running && !state.metricsStatus.error) actions.ensureMetrics();
    const level = derived.drawLevel(state);
    // The hover goes in as a derived value: on big graphs it is ignored, and so is its change.
    if (!gate.changed(state, `${level}|${hoverOf(state, level) ?? ""}`)) return;
    const before = view;
    view = compute(state);
    const inputs = nodeInputs(state, level);
    // A new data graph on the same drawn companies (a big load's links joining them) redraws them
    // only where links decide what companies look like: neighbours of the hovered or selected
    // company, tiers, filters and what-ifs. Every redraw is a frame to rasterise again.
    const graphChanged = state.graph !== lastGraph;
    lastGraph = state.graph;
    const nodesSame = same(inputs, lastNodeInputs) && !(graphChanged && (view.focus !== null || view.trace !== null || view.visible !== null));
    lastNodeInputs = inputs;
    const layout = layoutInputs(state);
    const layoutSame = same(layout, lastLayoutInputs);
    lastLayoutInputs = layout;
    // Whether stored attributes pass through or go through the reducer draws the same (linkSize
    // caps internal links as the reducer does), so that switch is not among these.
    const edgeStyle = edgeStyleInputs(state, level);
    const edgeStyleSame = same(edgeStyle, lastEdgeStyle);
    lastEdgeStyle = edgeStyle;
    // A vintage changes the look of the links that touch a division it draws differently (the
    // Gwangju-Jeonnam merger), and of no other.
    const vintageBefore = lastVintage ?? state.vintage;
    lastVintage = state.vintage;
    const visibleBefore = lastVisible;
    lastVisible = view.visible;
    // The hover moved from one company to another (or back to the selected one) and nothing else
    // changed: everything away from both is dimmed before and after, so only the two companies,
    // their partners and, with company links on screen, their links are drawn differently.
    const besideHover = [...nodeInputs(state, level, false), ...edgeStyleInputs(state, level, false)];
    const focusMoved = !graphChanged && before?.focus != null && view.focus !== null && before.focus !== view.focus && view.visible === visibleBefore && same(besideHover, lastBesideHover);
    lastBesideHover = besideHover;
    // A new graph is indexed by setGraph in the view's own listener, which runs after this one:
    // refreshing here too would process every item twice in one task. (Links joining the
    // companies on screen are a new data graph drawn on the same companies-only graph: those
    // companies are redrawn below. Company links come and go in that graph: linksInSightView.ts.)
    if (drawnGraph(state) !== renderer.getGraph() || (level === "divisions" && nodesSame)) return;
    if (!layoutSame) {
      renderer.refresh();
      return;
    }
    // Without partialGraph sigma re-indexes everything whatever skipIndexation says (about
    // 200 ms at 50k links); naming the items redraws them in place.
    const drawn = renderer.getGraph();
    if (focusMoved && before) {
      const nodes = new Set([...before.near, ...view.near]);
      const edges = new Set<string>();
      if (level === "companies") for (const node of [before.focus!, view.focus!]) if (drawn.hasNode(node)) drawn.forEachEdge(node, (edge) => void edges.add(edge));
      renderer.refresh({ partialGraph: { nodes: [...nodes].filter((node) => drawn.hasNode(node)), edges: [...edges] }, skipIndexation: true });
      return;
    }
    const edges =
      level !== "companies" ? [] :
      !edgeStyleSame ? drawn.edges() :
      vintageBefore === state.vintage ? edgesChangingVisibility(drawn, visibleBefore, view.visible) :
      [...new Set([...edgesChangingVisibility(drawn, visibleBefore, view.visible), ...edgesChangingDivision(drawn, vintageBefore, state.vintage)])];
    if (!nodesSame) redrawAllNodes = true;
    if (!deferred && (nodesSame ? 0 : drawn.order) + edges.length <= REDRAW_IN_OWN_ITEMS) {
      redrawAllNodes = false;
      renderer.refresh({ partialGraph: { nodes: nodesSame ? [] : drawn.nodes(), edges }, skipIndexation: true });
      return;
    }
    // A big redraw goes in tasks of its own, right after the change's; changes meanwhile join it.
    for (const edge of edges) deferredEdges.add(edge);
    if (!deferred) redrawLater(drawn);
  };
  let deferred: { graph: ReturnType<typeof renderer.getGraph>; cancel: () => void } | null = null;
  const deferredEdges = new Set<string>();
  let redrawAllNodes = false;
  /** Companies still to redraw in the slices under way, in sigma's order. */
  let pendingNodes: string[] = [];
  // At most REDRAW_IN_OWN_ITEMS companies and links a task (about 50 ms), companies first: the
  // slices before the last update sigma's buffers without drawing, so the picture is drawn
  // once, whole, by the last. A change meanwhile that redraws every company starts them again.
  const redrawLater = (graph: ReturnType<typeof renderer.getGraph>) => {
    deferred = { graph, cancel: inOwnTask(() => {
      deferred = null;
      if (redrawAllNodes) pendingNodes = graph.nodes();
      redrawAllNodes = false;
      // Another graph since: setGraph has indexed and drawn every item of it.
      if (renderer.getGraph() !== graph) {
        pendingNodes = [];
        deferredEdges.clear();
        return;
      }
      const nodes = pendingNodes.splice(0, REDRAW_IN_OWN_ITEMS);
      const edges: string[] = [];
      for (const edge of deferredEdges) {
        if (nodes.length + edges.length >= REDRAW_IN_OWN_ITEMS) break;
        edges.push(edge);
      }
      for (const edge of edges) deferredEdges.delete(edge);
      if (pendingNodes.length === 0 && deferredEdges.size === 0) {
        renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
        return;
      }
      updateWithoutDrawing(renderer, { nodes, edges });
      redrawLater(graph);
    }) };
  };

  // A hover ends a moment after the pointer leaves the company: moving on to the next one, it
  // goes from one to the other, which redraws those two and their partners, rather than
  // undimming every company and dimming them all again (each pass about 25 ms at 10k).
  let leaving: ReturnType<typeof setTimeout> | null = null;
  const stayLeaving = () => {
    if (leaving !== null) clearTimeout(leaving);
    leaving = null;
  };
  const onEnter = ({ node }: { node: string }) => {
    stayLeaving();
    actions.hover(node);
  };
  const onLeave = () => {
    stayLeaving();
    leaving = setTimeout(() => {
      leaving = null;
      actions.hover(null);
    }, HOVER_LEAVE_MS);
  };
  const onClick = ({ node }: { node: string }) => actions.select(node);
  const unlisten = listen(renderer, { enterNode: onEnter, leaveNode: onLeave, clickNode: onClick });
  const unsubscribe = follow(store, update);

  return {
    clean() {
      deferred?.cancel();
      stayLeaving();
      unsubscribe();
      unlisten();
      renderer.setSetting("nodeReducer", null);
      renderer.setSetting("edgeReducer", null);
    },
  };
}
