import type Sigma from "sigma";
import type { Attributes } from "graphology-types";

/**
 * Keeps the map's layers that have nothing on them out of the compositor.
 *
 * The map is a stack of eleven full-size canvases (sigma's six, the mouse layer and four of our
 * own). Chromium composites every one of them into each frame, whatever changed: under software
 * WebGL (virtual desktops without a GPU) that blending is done on the CPU, pixel by pixel,
 * and measured at 10k companies a one-line change in the status line stalled the next frame
 * by 33–50 ms and a colour change by 117–150 ms; with the layers that held nothing hidden,
 * 17 ms (no stall) and 67–83 ms. At the national view half the stack is empty: sigma's links
 * (the companies-only graph has none), its edge labels (never drawn here), its hover layers
 * and the hover focus layer until a company is hovered.
 *
 * A hidden layer is `visibility: hidden`, which the compositor skips; sigma and the layers go
 * on drawing into it, so showing it again needs no redraw. The mouse layer is never drawn on:
 * it takes pointer events, so it stays visible, without a 2D context (createRenderer.ts), which
 * gives Chromium nothing to composite.
 */
export function layerShown(canvas: HTMLElement | undefined, shown: boolean): void {
  if (!canvas) return;
  const value = shown ? "" : "hidden";
  if (canvas.style.visibility !== value) canvas.style.visibility = value;
}

/** What sigma 3.0 keeps of the hovered and highlighted companies (no public getter). */
interface HighlightState {
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  renderHighlightedNodes: () => unknown;
}

/** Shows sigma's own layers only while they hold something. Returns the undo. */
export function quietSigmaLayers<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): () => void {
  const canvases = renderer.getCanvases();
  const highlight = renderer as unknown as HighlightState;
  const syncHovers = () => {
    const shown = highlight.hoveredNode !== null || highlight.highlightedNodes.size > 0;
    layerShown(canvases.hovers, shown);
    layerShown(canvases.hoverNodes, shown);
  };
  const sync = () => {
    // A render exits early while the camera moves with labels hidden on move, leaving a layer
    // cleared: it stays shown then, which costs a blend and never hides a drawing.
    layerShown(canvases.edges, renderer.getGraph().size > 0);
    layerShown(canvases.edgeLabels, renderer.getSetting("renderEdgeLabels"));
    layerShown(canvases.labels, renderer.getNodeDisplayedLabels().size > 0);
    syncHovers();
  };
  // Hover changes redraw only the hover layers, outside a render (sigma's scheduleHighlightedNodesRender).
  const ownRender = highlight.renderHighlightedNodes;
  highlight.renderHighlightedNodes = function (this: HighlightState) {
    const result = ownRender.call(this);
    syncHovers();
    return result;
  };
  renderer.on("afterRender", sync);
  sync();
  return () => {
    renderer.off("afterRender", sync);
    highlight.renderHighlightedNodes = ownRender;
    for (const canvas of Object.values(canvases)) layerShown(canvas, true);
  };
}
