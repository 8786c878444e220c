import type { AtlasRenderer } from "./createRenderer.ts";
import type { AtlasStore } from "../state/store.ts";
import { neighbourhood } from "../graph/partners.ts";

const DIMMED_NODE = "#D5D9DE";
const FOCUSED_INTERNAL_EDGE = "#6B7580";

/**
 * Hover and selection reach the renderer through store.subscribe, not React:
 * a hover must not re-render components, only re-run sigma's reducers.
 */
export function bindHighlight(renderer: AtlasRenderer, store: AtlasStore): { clean: () => void } {
  let focus: string | null = null;
  let near = new Set<string>();

  renderer.setSetting("nodeReducer", (node, data) => {
    const state = store.getState();
    // No focus: hand sigma the stored attributes as they are; copying 100k objects per refresh is the cost to avoid.
    if (!focus) return data;
    if (node === focus || node === state.selected) return { ...data, highlighted: true, forceLabel: true };
    if (near.has(node)) return { ...data, forceLabel: near.size < 40 };
    return { ...data, color: DIMMED_NODE, label: "" };
  });
  renderer.setSetting("edgeReducer", (edge, data) => {
    if (!focus) return data;
    const graph = renderer.getGraph();
    const touches = graph.source(edge) === focus || graph.target(edge) === focus;
    if (!touches) return { ...data, hidden: true };
    return { ...data, size: data.size * 1.6, color: data.cross ? data.color : FOCUSED_INTERNAL_EDGE };
  });

  const apply = () => {
    const { hovered, selected, graph } = store.getState();
    const next = hovered ?? selected;
    if (next === focus) return;
    focus = next;
    near = focus && graph ? neighbourhood(graph, focus) : new Set();
    renderer.refresh({ skipIndexation: true });
  };

  const onEnter = ({ node }: { node: string }) => store.getState().hover(node);
  const onLeave = () => store.getState().hover(null);
  const onClick = ({ node }: { node: string }) => store.getState().select(node);
  const onStage = () => store.getState().select(null);
  renderer.on("enterNode", onEnter);
  renderer.on("leaveNode", onLeave);
  renderer.on("clickNode", onClick);
  renderer.on("clickStage", onStage);
  const unsubscribe = store.subscribe(apply);
  apply();

  return {
    clean() {
      unsubscribe();
      renderer.off("enterNode", onEnter);
      renderer.off("leaveNode", onLeave);
      renderer.off("clickNode", onClick);
      renderer.off("clickStage", onStage);
      renderer.setSetting("nodeReducer", null);
      renderer.setSetting("edgeReducer", null);
    },
  };
}
