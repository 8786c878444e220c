// Hover highlighting on networks too big for the reducers to light it (bindings/litHover.ts): the
// hovered company and its partners drawn over a veil on a layer of their own, at the cost of
// the partners alone, where dimming every other company redraws every company (300–460 ms of
// main thread per hover at 100k companies, and a new frame of every company to rasterise).
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import type { DrawLevel } from "../../app/map/drawLevel.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { AtlasState } from "../../state/store.ts";
import { bindCanvasLayer } from "./canvasLayer.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import { companyLabel } from "../bindings/nodeStyle.ts";
import { FOCUSED_EDGE_SCALE, FOCUSED_INTERNAL_EDGE } from "../bindings/linkDisplay.ts";
import { hoverLitByReducers } from "../bindings/litHover.ts";
import { mapTheme, type Theme } from "../../style/mapTheme.ts";
import { changeGate } from "../../schedule/changeGate.ts";
import { memoLast } from "../../schedule/memo.ts";
import { INTERNAL_LINK_COLOR } from "../../style/palette.ts";

/** Partners named on the layer up to this many, as the reducers name them (forceLabel). */
const NAMED_PARTNERS = 40;
/** How much of the map the veil takes away: dimmed, still readable as a map. */
const VEIL_ALPHA = 0.72;
/** A link's curvature when its drawing has none (graph/build/buildGraph.ts gives every link one). */
const CURVATURE = 0.22;

export interface HoverScene {
  focus: string;
  /** Partners the filters keep, each once. */
  partners: string[];
  /** The focus's links the filters keep; none at the division level, which draws no company link. */
  links: string[];
}

/** What the layer lights for a hovered company: its partners and links under the filters. */
export function hoverScene(graph: SupplyGraph, focus: string, visible: Visible | null, level: DrawLevel): HoverScene | null {
  if (!graph.hasNode(focus)) return null;
  const filtered = visible && !visible.all ? visible : null;
  if (filtered && !filtered.keepNode(focus)) return null;
  const partners = new Set<string>();
  const links: string[] = [];
  graph.forEachEdge(focus, (edge, attributes, source, target) => {
    const other = source === focus ? target : source;
    if (other === focus) return;
    if (filtered && (!filtered.keepEdge(edge, attributes) || !filtered.keepNode(other))) return;
    partners.add(other);
    if (level === "companies") links.push(edge);
  });
  return { focus, partners: [...partners], links };
}

/**
 * The hover layer over sigma's labels and under its own hover layer (the hovered company and
 * its name box stay on top). It draws only while the reducers leave the hover alone.
 */
export function bindHoverFocus(renderer: AtlasRenderer, vm: Pick<AtlasViewModel, "store" | "derived">) {
  const { store, derived } = vm;
  const container = renderer.getContainer();
  const sceneFor = memoLast(hoverScene);
  const sceneOf = (state: AtlasState, level: DrawLevel): HoverScene | null => {
    if (!state.graph || !state.hovered || hoverLitByReducers(state, level)) return null;
    return sceneFor(state.graph, state.hovered, derived.visible(state), level);
  };
  // The veil is the land's colour: the hovered company's partners stand out of a faded map.
  const veilColor = (theme: Theme) => mapTheme(theme).land;

  const draw = (ctx: CanvasRenderingContext2D, pixelRatio: number) => {
    const state = store.getState();
    const current = sceneOf(state, derived.drawLevel(state));
    // Stated on the container for tests and assistive checks, as the cluster layer states its labels.
    container.dataset.hoverFocus = current ? current.focus : "";
    container.dataset.hoverPartners = current ? String(current.partners.length) : "";
    if (!current) return false;
    const { width, height } = renderer.getDimensions();
    ctx.scale(pixelRatio, pixelRatio);
    ctx.globalAlpha = VEIL_ALPHA;
    ctx.fillStyle = veilColor(state.theme);
    ctx.fillRect(0, 0, width, height);
    ctx.globalAlpha = 1;

    const at = (node: string) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return null;
      const point = renderer.framedGraphToViewport(data);
      return { ...point, radius: renderer.scaleSize(data.size), color: data.color };
    };
    const graph = state.graph!;
    for (const edge of current.links) {
      const data = renderer.getEdgeDisplayData(edge);
      const from = at(graph.source(edge));
      const to = at(graph.target(edge));
      if (!data || data.hidden || !from || !to) continue;
      // The map's curve for this link: a quadratic curve whose control point stands off the
      // middle, to the left of the link's direction, by its curvature times its length.
      const bend = (data as { curvature?: number }).curvature ?? CURVATURE;
      const mx = (from.x + to.x) / 2;
      const my = (from.y + to.y) / 2;
      ctx.beginPath();
      ctx.moveTo(from.x, from.y);
      ctx.quadraticCurveTo(mx + (to.y - from.y) * bend, my - (to.x - from.x) * bend, to.x, to.y);
      // As the reducers draw a focused company's links: those inside a division (under the
      // vintage shown, so drawn in the internal colour) darker, all thicker.
      ctx.strokeStyle = data.color === INTERNAL_LINK_COLOR || data.color === mapTheme(state.theme).recede ? FOCUSED_INTERNAL_EDGE : data.color;
      ctx.lineWidth = Math.max(1, data.size * FOCUSED_EDGE_SCALE);
      ctx.stroke();
    }
    const named: Array<{ x: number; y: number; radius: number; label: string }> = [];
    for (const partner of current.partners) {
      const p = at(partner);
      if (!p) continue;
      ctx.beginPath();
      ctx.arc(p.x, p.y, p.radius, 0, 2 * Math.PI);
      ctx.fillStyle = p.color;
      ctx.fill();
      if (current.partners.length < NAMED_PARTNERS) named.push({ ...p, label: companyLabel(graph.getNodeAttributes(partner), state.lang) });
    }
    const settings = renderer.getSettings();
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = veilColor(state.theme);
    ctx.fillStyle = settings.labelColor.color ?? "#000";
    for (const p of named) {
      ctx.strokeText(p.label, p.x + p.radius + 3, p.y);
      ctx.fillText(p.label, p.x + p.radius + 3, p.y);
    }
  };

  const layer = bindCanvasLayer(renderer, "hoverFocus", { beforeLayer: "hovers" }, draw);
  // What the scene and its look are made of (derived.visible follows graph, filter, removal, vintage).
  const gate = changeGate<AtlasState, keyof AtlasState>(["hovered", "graph", "filter", "removal", "vintage", "theme", "lang"]);
  // The layer draws itself when bound: the state it was bound in needs no redraw.
  gate.changed(store.getState(), derived.drawLevel(store.getState()));
  return {
    /** Takes the store's state in (atlasView.ts calls it on every change). */
    update() {
      const state = store.getState();
      if (gate.changed(state, derived.drawLevel(state))) layer.redraw();
    },
    clean() {
      layer.clean();
    },
  };
}
