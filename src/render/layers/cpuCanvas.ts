/**
 * 2D layers drawn on the CPU. Under software WebGL (virtual desktops without a GPU) Chromium
 * rasterises an accelerated 2D canvas in the GPU process at 0.5–1 s per redraw: measured here,
 * 517 ms of stalled frames for a flow-layer change. The CPU draws the same labels and curves in
 * a few milliseconds; a GPU machine pays one texture upload per changed layer.
 */
export const CPU_2D: CanvasRenderingContext2DSettings = { willReadFrequently: true };
