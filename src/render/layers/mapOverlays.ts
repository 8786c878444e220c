import { scaleOf } from "../../state/regionScale.ts";
import type { AtlasState } from "../../state/store.ts";
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import type { MapGeometry } from "./mapGeometry.ts";
import { bindProvinceLayer, DEFAULT_PROVINCE_STYLE, provinceStyle, type ProvinceShape, type ProvinceStyle } from "./provinceLayer.ts";
import { regionLabel } from "../../regions/units.ts";
import type { Flow } from "../../model/flows.ts";
import type { Lang } from "../../i18n/index.ts";
import { bindFlowLayer, EMPTY_SCENE } from "./flowLayer.ts";
import { buildFlowScene } from "./flowScene.ts";
import type { DrawLevel } from "../../app/map/drawLevel.ts";
import { sharedInputs, type DrawingInputs, type InputsOf } from "../bindings/drawingInputs.ts";
import { redrawPlan } from "../bindings/redrawPlan.ts";
import { listen } from "../sigma/rendererEvents.ts";
import { bindTheme } from "../theme.ts";
import type { OverlayPicture } from "../export/capture.ts";

type ProvinceFill = ProvinceStyle["fill"];

/**
 * Names of the unnamed regions (municipalities) a drawn flow starts or ends in: 250 names would
 * bury the map, but the ends of the flows shown are what a reader asks about.
 */
function flowEndNames(shapes: readonly ProvinceShape[], flows: readonly Flow[], anchors: ReadonlyMap<string, { x: number; y: number }>, lang: Lang): Array<Pick<ProvinceShape, "label" | "anchor">> {
  const unnamed = new Set(shapes.filter((s) => s.label === "").map((s) => s.code));
  const ends = new Set(flows.flatMap((f) => [f.from, f.to]).filter((code) => unnamed.has(code)));
  return [...ends].flatMap((code) => {
    const anchor = anchors.get(code);
    return anchor ? [{ label: regionLabel(code, lang, "short"), anchor }] : [];
  });
}

/**
 * The map's own layers: provinces (with choropleth) under sigma's edges, division
 * flows over the edges (and over the nodes when companies are drawn small or hidden under
 * them), and the pointer on them (hover a flow or a division, click a division to select it).
 */
export function bindMapOverlays(
  renderer: AtlasRenderer,
  vm: Pick<AtlasViewModel, "store" | "derived" | "actions">,
  geometry: MapGeometry,
  /** The redraw plan's snapshot of a state, shared with the reducers (atlasView.ts). */
  inputsOf: InputsOf = sharedInputs({ derived: vm.derived, drawnGraph: () => null }),
) {
  const { store, derived, actions } = vm;
  const initial = store.getState();
  let shapes = geometry.shapes(initial.lang, scaleOf(initial));
  // The province layer takes its base colours when bound; a theme change binds it again.
  let baseStyle = DEFAULT_PROVINCE_STYLE;
  let provinces = bindProvinceLayer(renderer, shapes, baseStyle);
  const flows = bindFlowLayer(renderer);
  // What the layers show now, for image export.
  let shown: Omit<OverlayPicture, "style"> & { fill: ProvinceFill | null } = { visible: true, shapes, flows: EMPTY_SCENE, fill: null, companiesUnderFlows: false };

  // What redraws the province and flow layers: view settings (view/schema.ts) and the rest
  // (bindings/drawingInputs.ts), each declared as redrawing the map.
  let last: AtlasState | null = null;
  let drawnFrom: DrawingInputs | null = null;
  const update = () => {
    const state = store.getState();
    const level = derived.drawLevel(state);
    const inputs = inputsOf(state);
    if (!redrawPlan(drawnFrom, inputs).map) return;
    drawnFrom = inputs;
    const before = last;
    last = state;
    updateLayers(state, level, before);
  };
  const updateLayers = (state: AtlasState, level: DrawLevel, last: AtlasState | null) => {
    if (!last || last.lang !== state.lang || scaleOf(last) !== scaleOf(state) || last.municipalBoundaries !== state.municipalBoundaries) {
      shapes = geometry.shapes(state.lang, scaleOf(state));
      provinces.setShapes(shapes);
    }
    provinces.setVisible(state.mode === "map");
    // Companies drawn as usual stay over the flows; small ones go under them (and hidden ones anywhere).
    const under = state.flowCompanies !== "shown";
    flows.setOver(under ? "nodes" : "edges");
    shown = { ...shown, companiesUnderFlows: under };
    shown = { ...shown, shapes, visible: state.mode === "map" };
    const showFlows = state.mode === "map" && level === "divisions";
    // Cleared before any early return below: a scene left from the map must never outlive it,
    // whatever order the layout's end, the level switch and the mode switch arrive in.
    if (!showFlows) {
      shown = { ...shown, flows: EMPTY_SCENE };
      flows.setScene(EMPTY_SCENE);
    }
    const graph = state.graph;
    if (!graph) return;
    const matrix = derived.visibleMatrix(state);
    if (!matrix) return;
    const choropleth = derived.choropleth(state);
    const fill: ProvinceFill | null = choropleth
      ? (code) => {
          const value = choropleth.valueOf(code);
          return value === null ? baseStyle.fill(code) : choropleth.color(value);
        }
      : null;
    shown = { ...shown, fill };
    provinces.setFill(fill ?? baseStyle.fill);
    const scale = derived.flowThickness(state);
    const anchors = geometry.anchors(scaleOf(state));
    const shownFlows = derived.shownFlows(state);
    const scene = showFlows && scale ? buildFlowScene(state, matrix, shownFlows, scale, anchors, [...shapes, ...flowEndNames(shapes, shownFlows, anchors, state.lang)]) : EMPTY_SCENE;
    shown = { ...shown, flows: scene };
    flows.setScene(scene);
  };

  const container = renderer.getContainer();
  const onMove = ({ event }: { event: { x: number; y: number; original: Event } }) => {
    // sigma hears mouse moves on the whole document; over a panel (the matrix) the map must
    // not answer, or it would clear the flow the panel just highlighted.
    if (!(event.original.target instanceof Node) || !container.contains(event.original.target)) return;
    const state = store.getState();
    const hit = flows.flowAt(event.x, event.y);
    const pair = hit ? { from: hit.from, to: hit.to } : null;
    const current = state.hoveredFlow;
    if ((pair?.from ?? null) !== (current?.from ?? null) || (pair?.to ?? null) !== (current?.to ?? null)) actions.hoverFlow(pair);
    const division = provinces.divisionAt(event.x, event.y);
    if (division !== state.hoveredDivision) actions.hoverDivision(division);
  };
  const onLeave = () => {
    const state = store.getState();
    if (state.hoveredFlow) actions.hoverFlow(null);
    if (state.hoveredDivision) actions.hoverDivision(null);
  };
  const onClickStage = ({ event }: { event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
    const division = provinces.divisionAt(event.x, event.y);
    const additive = "shiftKey" in event.original && event.original.shiftKey;
    actions.select(null);
    actions.toggleDivision(division, additive);
  };
  const unlisten = listen(renderer, { moveBody: onMove, leaveStage: onLeave, clickStage: onClickStage });
  const applyTheme = bindTheme(renderer, store, (colors) => {
    baseStyle = provinceStyle(colors);
    provinces.clean();
    provinces = bindProvinceLayer(renderer, shown.shapes, baseStyle);
    provinces.setVisible(shown.visible);
    provinces.setFill(shown.fill ?? baseStyle.fill);
  });

  return {
    /** Takes the store's state in (atlasView.ts calls it on every change): the layers, then the theme. */
    update() {
      update();
      applyTheme();
    },
    picture: (): OverlayPicture => ({ visible: shown.visible, shapes: shown.shapes, flows: shown.flows, companiesUnderFlows: shown.companiesUnderFlows, style: { ...baseStyle, fill: shown.fill ?? baseStyle.fill } }),
    clean() {
      unlisten();
      flows.clean();
      provinces.clean();
    },
  };
}
