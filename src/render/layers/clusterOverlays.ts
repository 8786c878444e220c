import { scaleOf } from "../../state/regionScale.ts";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { AtlasState } from "../../state/store.ts";
import type { CompanyNode, LinkEdge } from "../../graph/types.ts";
import { COMMUNITY_COLORS } from "../../style/palette.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import type { MapGeometry } from "./mapGeometry.ts";
import { DIVISION_NAME_TEXT, drawDivisionNames, type ProvinceShape } from "./provinceLayer.ts";
import { mapTheme, type MapTheme } from "../../style/mapTheme.ts";
import { canvasPen } from "../pen/canvasPen.ts";
import { fontOf, MAP_FONT, type Pen, type TextStyle } from "../pen/types.ts";
import { toScreen, transformOf } from "./viewTransform.ts";
import { bindCanvasLayer } from "./canvasLayer.ts";
import { BoxSet, centredBox, labelCandidates, type Box } from "./labelBoxes.ts";
import { haloOf, type Halo } from "./communityHalos.ts";
import { companyLabel } from "../bindings/nodeStyle.ts";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** At most this many drawn labels are listed on the container (data-labels). */
const MAX_STATED_LABELS = 200;
const COMMUNITY_NAME_TEXT = { size: 12, weight: "700" } as const;
const HALO_FONT = fontOf(COMMUNITY_NAME_TEXT, MAP_FONT);
const DIVISION_NAME_FONT = fontOf(DIVISION_NAME_TEXT, MAP_FONT);
/** Totals bars under a division's name (flowLayer.ts draws them at anchor + 10 .. + 36). */
const GLYPH_BOX = { dx: -9, dy: 8, w: 18, h: 30 } as const;

export interface NamedHalo extends Halo {
  name: string;
  color: string;
  box: Box;
}

/** A company label where the placement put it: its text's baseline start, in viewport pixels. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
}

/** A company label's text style: sigma's label settings, with the theme's halo under it. */
export function companyLabelStyle(settings: { labelSize: number; labelWeight: string }, theme: MapTheme): TextStyle {
  return { size: settings.labelSize, weight: settings.labelWeight, fill: theme.companyLabel.ink, halo: { color: theme.companyLabel.halo, width: 3 } };
}

/** Community halos (dashed circles in the community's colour) and their names, through a pen. */
export function drawHalos(pen: Pen, halos: readonly NamedHalo[], theme: MapTheme): void {
  const name = { ...COMMUNITY_NAME_TEXT, fill: theme.communityName.ink, halo: { color: theme.communityName.halo, width: 4 }, align: "center", baseline: "middle" } as const;
  for (const h of halos) {
    pen.ring(h.x, h.y, h.radius, h.color, 2, { dash: [6, 4], opacity: 0.9 });
    if (h.name) pen.text(h.name, h.x, h.box.y + h.box.h / 2, name);
  }
}

function halosMoved(a: readonly NamedHalo[], b: readonly NamedHalo[]): boolean {
  if (a.length !== b.length) return true;
  return a.some((h, i) => {
    const o = b[i]!;
    return h.name !== o.name || Math.abs(h.box.x - o.box.x) > 1 || Math.abs(h.box.y - o.box.y) > 1;
  });
}

interface CommunityMembers {
  community: number;
  name: string;
  nodes: string[];
}

/** The members of each named community, in the force view coloured by community; none elsewhere. */
function communityMembers(state: AtlasState, derived: AtlasViewModel["derived"]): CommunityMembers[] {
  const communities = state.mode === "force" && state.nodeColorBy === "community" ? derived.communities(state) : null;
  const graph = state.graph;
  if (!communities || !graph) return [];
  const named = communities.slice(0, COMMUNITY_COLORS.length);
  const lists = new Map<number, string[]>(named.map((c) => [c.community, []]));
  graph.forEachNode((node, a) => {
    const c = (a as unknown as Record<string, unknown>)["m_community"];
    if (typeof c === "number") lists.get(c)?.push(node);
  });
  return named.map((c) => {
    const lead = c.top[0] && graph.hasNode(c.top[0]) ? companyLabel(graph.getNodeAttributes(c.top[0]), state.lang) : "";
    return { community: c.community, name: lead ? `${lead} · ${c.size}` : String(c.size), nodes: lists.get(c.community) ?? [] };
  });
}

type TextWidth = (text: string, font: string) => number;

/** Text widths in pixels, measured on a canvas of our own. */
function textMeasure(): TextWidth {
  const measure = document.createElement("canvas").getContext("2d");
  return (text, font) => {
    if (!measure) return text.length * 12;
    measure.font = font;
    return measure.measureText(text).width;
  };
}

/** Division names of the map, per language and vintage (geometry.shapes copies every ring). */
function divisionNamesOf(geometry: MapGeometry) {
  let names: { key: string; labels: Array<Pick<ProvinceShape, "label" | "anchor">> } = { key: "", labels: [] };
  return (state: AtlasState) => {
    const key = `${state.lang}|${scaleOf(state)}`;
    if (names.key !== key) names = { key, labels: geometry.shapes(state.lang, scaleOf(state)).map((s) => ({ label: s.label, anchor: s.anchor })) };
    return names.labels;
  };
}

/** A halo round each community's drawn companies (viewport pixels), named where the name finds room. */
function namedHalos(renderer: AtlasRenderer, members: readonly CommunityMembers[], textWidth: TextWidth): NamedHalo[] {
  const out: NamedHalo[] = [];
  const names = new BoxSet();
  for (const m of members) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const node of m.nodes) {
      const d = renderer.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport(d);
      xs.push(p.x);
      ys.push(p.y);
    }
    const halo = haloOf(m.community, xs, ys);
    if (!halo) continue;
    const width = textWidth(m.name, HALO_FONT);
    const box = centredBox(halo.x, halo.y - halo.radius - 9, width, 14, 3);
    // Two names on one spot: the larger community (earlier) keeps its name.
    const name = names.place(box) ? m.name : "";
    out.push({ ...halo, name, color: COMMUNITY_COLORS[m.community] ?? "#888", box });
  }
  return out;
}

/**
 * Company labels placed around division names and around each other (division names always
 * win), and in the force view, when companies are coloured by community, a halo and a name
 * for each of the largest communities on a canvas of ours over sigma's labels.
 */
export function bindClusterOverlays(renderer: AtlasRenderer, vm: Pick<AtlasViewModel, "store" | "derived">, geometry: MapGeometry) {
  const { store, derived } = vm;
  const placed = new BoxSet();
  const textWidth = textMeasure();
  const divisionNames = divisionNamesOf(geometry);
  /** Members of each named community, per graph and metrics: not recomputed per frame. */
  let members: readonly CommunityMembers[] = [];
  let halos: NamedHalo[] = [];
  let drawNames = false;
  /** Company labels drawn in the current frame, where they went: stated on the container for tests and read by image export. */
  let drawn: PlacedLabel[] = [];
  let stated = "";




  // A new frame: sigma has not processed its nodes and camera yet, so the transform is read
  // on the frame's first label (reserve), not here.
  let reserved = false;
  const onBeforeRender = () => {
    placed.clear();
    drawn = [];
    reserved = false;
  };

  // Division names (map) or community names (force) go first; company labels fit around them.
  const reserve = () => {
    reserved = true;
    const state = store.getState();
    drawNames = state.mode === "map";
    if (drawNames) {
      const transform = transformOf(renderer);
      for (const shape of divisionNames(state)) {
        const p = toScreen(transform, shape.anchor);
        placed.add(centredBox(p.x, p.y, textWidth(shape.label, DIVISION_NAME_FONT), 15));
        placed.add({ x: p.x + GLYPH_BOX.dx, y: p.y + GLYPH_BOX.dy, w: GLYPH_BOX.w, h: GLYPH_BOX.h });
      }
    } else {
      // The halos of the last drawn frame: close enough for keeping labels off their names.
      for (const h of halos) if (h.name) placed.add(h.box);
    }
  };

  /** The frame's label style and pen, set on its first label (sigma draws hundreds a frame). */
  let frame: { style: TextStyle; pen: Pen } | null = null;
  const drawLabel = (ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<CompanyNode, LinkEdge>) => {
    if (!data.label) return;
    if (!reserved) {
      reserve();
      // sigma scales its label context by the pixel ratio; the pen keeps that scale.
      frame = { style: companyLabelStyle(settings, mapTheme(store.getState().theme)), pen: canvasPen(ctx, settings.labelFont, ctx.getTransform().a || 1) };
    }
    const { style, pen } = frame!;
    ctx.font = fontOf(style, settings.labelFont);
    const width = ctx.measureText(data.label).width;
    for (const spot of labelCandidates(data.x, data.y, data.size, width, style.size)) {
      if (!placed.place(spot.box)) continue;
      pen.text(data.label, spot.tx, spot.ty, style);
      drawn.push({ text: data.label, x: spot.tx, y: spot.ty });
      return;
    }
  };

  const originalDrawLabel = renderer.getSetting("defaultDrawNodeLabel");
  renderer.setSetting("defaultDrawNodeLabel", drawLabel as unknown as Settings<CompanyNode, LinkEdge>["defaultDrawNodeLabel"]);
  renderer.on("beforeRender", onBeforeRender);

  const layer = bindCanvasLayer(renderer, "communities", { afterLayer: "labels" }, (ctx, ratio) => {
    const stating = drawn.slice(0, MAX_STATED_LABELS);
    const text = stating.map((l) => l.text).join("\n");
    if (text !== stated) {
      const data = renderer.getContainer().dataset;
      data.labels = stated = text;
      // Where each went (baseline start, whole pixels): a picture must put them at the same spots.
      data.labelSpots = stating.map((l) => `${Math.round(l.x)},${Math.round(l.y)}`).join(" ");
    }
    const state = store.getState();
    const theme = mapTheme(state.theme);
    drawNames = state.mode === "map";
    const pen = canvasPen(ctx, MAP_FONT, ratio);
    // Division names win: drawn again over companies and their labels.
    if (drawNames) drawDivisionNames(pen, divisionNames(state), transformOf(renderer), theme.divisionName);
    // After sigma's frame: node positions are the ones just drawn.
    const before = halos;
    halos = drawNames ? [] : namedHalos(renderer, members, textWidth);
    // Labels were kept off the previous frame's halo names; if those moved (the last frame of a
    // layout or a transition), one more frame places the labels around where the names are now.
    if (!drawNames && halosMoved(before, halos)) renderer.scheduleRender();
    renderer.getContainer().dataset.halos = String(halos.length);
    if (halos.length === 0) return drawNames;
    drawHalos(pen, halos, theme);
  });

  let seen: unknown[] = [];
  const update = () => {
    const state = store.getState();
    const inputs = [state.graph, state.metrics, state.mode, state.nodeColorBy, state.lang, scaleOf(state)];
    if (inputs.every((v, i) => v === seen[i])) return;
    seen = inputs;
    const had = members.length > 0;
    members = communityMembers(state, derived);
    if (had || members.length > 0) renderer.refresh({ skipIndexation: true });
  };

  return {
    /** Takes the store's state in (atlasView.ts calls it on every change). */
    update,
    /** The halos of the last frame (viewport pixels): tests and image export read them. */
    halos: (): readonly NamedHalo[] => halos,
    /** Company labels of the last frame, as placed: image export draws them at the same spots. */
    labels: (): readonly PlacedLabel[] => drawn,
    /** Division names drawn over the companies (map view), as the last frame drew them. */
    divisionNames: () => (drawNames ? divisionNames(store.getState()) : []),
    clean() {
      renderer.off("beforeRender", onBeforeRender);
      renderer.setSetting("defaultDrawNodeLabel", originalDrawLabel);
      layer.clean();
    },
  };
}
