// Switching between the map and the force view moves every company from one layout to the
// other, animated where that is cheap enough.
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { ViewMode } from "../../state/view/values.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { positionBlend } from "../../layout/transition.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import type { MapGeometry } from "../layers/mapGeometry.ts";

const TRANSITION_MS = 900;
/** Above this, per-frame bulk updates cost more than the motion is worth. */
const MAX_ANIMATED_NODES = 30_000;

export function modeTransition(renderer: AtlasRenderer, vm: Pick<AtlasViewModel, "store" | "layout">, geometry: MapGeometry) {
  const { store, layout } = vm;
  let cancelTransition: (() => void) | null = null;

  const animateTo = (graph: SupplyGraph, target: (node: string) => { x: number; y: number } | undefined) => {
    cancelTransition?.();
    const blend = positionBlend(graph, { get: target });
    if (graph.order > MAX_ANIMATED_NODES || matchMedia?.("(prefers-reduced-motion: reduce)").matches) {
      blend.at(1);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const step = () => {
      const t = (performance.now() - start) / TRANSITION_MS;
      blend.at(t);
      if (t < 1) frame = requestAnimationFrame(step);
      else cancelTransition = null;
    };
    cancelTransition = () => cancelAnimationFrame(frame);
    frame = requestAnimationFrame(step);
  };

  return {
    /** Moves the companies to `mode`'s layout and frames it. */
    show(mode: ViewMode) {
      const graph = store.getState().graph;
      if (!graph) return;
      // The layout service has already stopped (map) or started (first force view) the worker.
      if (mode === "map") {
        animateTo(graph, (node) => {
          const a = graph.getNodeAttributes(node);
          return { x: a.mapX, y: a.mapY };
        });
        renderer.setCustomBBox(geometry.extent);
        return;
      }
      // An adopted bundle drawing brings the frame it was fitted to (its whole network), not the subset's own.
      renderer.setCustomBBox(layout.extent());
      const positions = layout.positions();
      if (positions) animateTo(graph, (node) => positions.get(node));
    },
    cancel() {
      cancelTransition?.();
    },
  };
}
