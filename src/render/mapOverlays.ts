import type { AtlasState, AtlasStore } from "../state/store.ts";
import { flowMatrixOf } from "../state/flowMatrix.ts";
import { visibleMatrix } from "../state/visible.ts";
import { VINTAGES } from "../model/types.ts";
import type { AtlasRenderer } from "./createRenderer.ts";
import type { MapGeometry } from "./atlasView.ts";
import type { DrawLevel } from "./reducers.ts";
import { bindProvinceLayer, DEFAULT_PROVINCE_STYLE } from "./provinceLayer.ts";
import { bindFlowLayer, EMPTY_SCENE } from "./flowLayer.ts";
import { buildFlowScene } from "./flowScene.ts";
import { choroplethScale } from "../style/choropleth.ts";
import { changeGate } from "../state/changeGate.ts";


/**
 * The map's own layers: provinces (with choropleth) under sigma's edges, division
 * flows between edges and nodes, and the pointer on them (hover a flow or a
 * division, click a division to select it).
 */
export function bindMapOverlays(renderer: AtlasRenderer, store: AtlasStore, geometry: MapGeometry, levelOf: (s: AtlasState) => DrawLevel) {
  const initial = store.getState();
  let shapes = geometry.shapes(initial.lang, initial.vintage);
  const provinces = bindProvinceLayer(renderer, shapes);
  const flows = bindFlowLayer(renderer);

  const gate = changeGate<AtlasState, keyof AtlasState>([
    "graph", "vintage", "lang", "mode", "selectedDivisions", "divisionMode", "flowMeasure", "flowType",
    "scaleMode", "choropleth", "hoveredFlow", "removal", "filter",
  ]);
  const update = () => {
    const state = store.getState();
    const level = levelOf(state);
    if (state.drawLevel !== level) {
      // Re-enters update through the store listener with drawLevel settled.
      state.setDrawLevel(level);
      return;
    }
    const last = gate.previous();
    if (!gate.changed(state, level)) return;
    if (!last || last.lang !== state.lang || last.vintage !== state.vintage) {
      shapes = geometry.shapes(state.lang, state.vintage);
      provinces.setShapes(shapes);
    }
    provinces.setVisible(state.mode === "map");
    const graph = state.graph;
    if (!graph) return;
    const matrix = visibleMatrix(state);
    if (!matrix) return;
    const all = VINTAGES.map((v) => flowMatrixOf(graph, v));
    const choropleth = choroplethScale(state, matrix, all);
    provinces.setFill(
      choropleth
        ? (code) => {
            const value = choropleth.valueOf(code);
            return value === null ? DEFAULT_PROVINCE_STYLE.fill(code) : choropleth.color(value);
          }
        : DEFAULT_PROVINCE_STYLE.fill,
    );
    const showFlows = state.mode === "map" && level === "divisions";
    flows.setScene(showFlows ? buildFlowScene(state, matrix, all, geometry.anchors(state.vintage), shapes) : EMPTY_SCENE);
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
    if ((pair?.from ?? null) !== (current?.from ?? null) || (pair?.to ?? null) !== (current?.to ?? null)) state.hoverFlow(pair);
    const division = provinces.divisionAt(event.x, event.y);
    if (division !== state.hoveredDivision) state.hoverDivision(division);
  };
  const onLeave = () => {
    const state = store.getState();
    if (state.hoveredFlow) state.hoverFlow(null);
    if (state.hoveredDivision) state.hoverDivision(null);
  };
  const onClickStage = ({ event }: { event: { x: number; y: number; original: MouseEvent | TouchEvent } }) => {
    const state = store.getState();
    const division = provinces.divisionAt(event.x, event.y);
    const additive = "shiftKey" in event.original && event.original.shiftKey;
    state.select(null);
    state.toggleDivision(division, additive);
  };
  renderer.on("moveBody", onMove);
  renderer.on("leaveStage", onLeave);
  renderer.on("clickStage", onClickStage);
  const unsubscribe = store.subscribe(update);
  update();

  return {
    provinces,
    update,
    clean() {
      unsubscribe();
      renderer.off("moveBody", onMove);
      renderer.off("leaveStage", onLeave);
      renderer.off("clickStage", onClickStage);
      flows.clean();
      provinces.clean();
    },
  };
}
