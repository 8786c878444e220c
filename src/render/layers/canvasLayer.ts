import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import { CPU_2D } from "./cpuCanvas.ts";
import { layerShown } from "./quietLayers.ts";
import { transformOf } from "./viewTransform.ts";

/** Where a layer sits among sigma's canvases (and the other layers). */
export type LayerPosition = { beforeLayer: string } | { afterLayer: string };

export interface CanvasLayer {
  /** Redraw now (also happens after sigma's frames, see followsView, and on resize). */
  redraw: () => void;
  /** Moves the layer to sit before or after another one; a canvas keeps its drawing when moved. */
  place: (position: LayerPosition) => void;
  clean: () => void;
}

/**
 * A 2D canvas inside sigma's container that follows the camera. sigma sizes only its
 * own contexts, so this layer sizes itself on start and on every resize.
 */
export function bindCanvasLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: LayerPosition,
  /** Returns false when it drew nothing: the layer is then left out of the compositor (quietLayers.ts). */
  draw: (ctx: CanvasRenderingContext2D, pixelRatio: number) => boolean | void,
  /**
   * The drawing depends on the view (camera, framing, size) and on what the layer is told
   * (redraw), not on sigma's companies: a frame that left the view as it was leaves it alone.
   * Each redraw of a 2D layer costs its drawing and, on the CPU, about 7 ms to paint the canvas
   * at 1280 × 752, in the frame that shows a new graph as in every other.
   */
  options: { followsView?: boolean } = {},
): CanvasLayer {
  const canvas = renderer.createCanvas(id, position);
  const ctx = canvas.getContext("2d", CPU_2D);
  // Clearing a blank canvas still marks it changed, and a changed layer is uploaded again.
  let blank = true;
  const size = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    blank = true;
  };
  let drawnFor = "";
  const viewKey = () => `${transformOf(renderer).join()}|${canvas.width}|${canvas.height}`;
  const redraw = () => {
    if (!ctx) return;
    if (options.followsView) drawnFor = viewKey();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (!blank) ctx.clearRect(0, 0, canvas.width, canvas.height);
    blank = draw(ctx, window.devicePixelRatio || 1) === false;
    layerShown(canvas, !blank);
  };
  const onResize = () => {
    size();
    redraw();
  };
  const onRender = () => {
    if (!options.followsView || viewKey() !== drawnFor) redraw();
  };
  size();
  renderer.on("afterRender", onRender);
  renderer.on("resize", onResize);
  redraw();
  const place = (next: LayerPosition) => {
    const canvases = renderer.getCanvases();
    if ("beforeLayer" in next) {
      const other = canvases[next.beforeLayer];
      if (other && canvas.nextElementSibling !== other) other.before(canvas);
    } else {
      const other = canvases[next.afterLayer];
      if (other && other.nextElementSibling !== canvas) other.after(canvas);
    }
  };
  return {
    redraw,
    place,
    clean() {
      renderer.off("afterRender", onRender);
      renderer.off("resize", onResize);
      renderer.killLayer(id);
    },
  };
}
