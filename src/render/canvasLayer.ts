import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import { CPU_2D } from "./cpuCanvas.ts";
import { layerShown } from "./quietLayers.ts";

export interface CanvasLayer {
  /** Redraw now (also happens after every sigma frame and resize). */
  redraw: () => void;
  clean: () => void;
}

/**
 * A 2D canvas inside sigma's container that follows the camera. sigma sizes only its
 * own contexts, so this layer sizes itself on start and on every resize.
 */
export function bindCanvasLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  id: string,
  position: { beforeLayer: string } | { afterLayer: string },
  /** Returns false when it drew nothing: the layer is then left out of the compositor (quietLayers.ts). */
  draw: (ctx: CanvasRenderingContext2D, pixelRatio: number) => boolean | void,
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
  const redraw = () => {
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (!blank) ctx.clearRect(0, 0, canvas.width, canvas.height);
    blank = draw(ctx, window.devicePixelRatio || 1) === false;
    layerShown(canvas, !blank);
  };
  const onResize = () => {
    size();
    redraw();
  };
  size();
  renderer.on("afterRender", redraw);
  renderer.on("resize", onResize);
  redraw();
  return {
    redraw,
    clean() {
      renderer.off("afterRender", redraw);
      renderer.off("resize", onResize);
      renderer.killLayer(id);
    },
  };
}
