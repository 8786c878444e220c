import type { AtlasRenderer } from "./createRenderer.ts";

/**
 * Redraws the named items into sigma's buffers without drawing a frame: the next render draws
 * them. sigma's refresh either draws at once or schedules a frame, and a frame between two
 * slices of one change would show half of it (and, under software WebGL, cost a second frame
 * of every link to rasterise).
 */
export function updateWithoutDrawing(renderer: AtlasRenderer, partialGraph: { nodes?: string[]; edges?: string[] }): void {
  const own = Object.prototype.hasOwnProperty.call(renderer, "scheduleRender");
  const schedule = renderer.scheduleRender;
  renderer.scheduleRender = () => renderer;
  try {
    renderer.refresh({ partialGraph, skipIndexation: true, schedule: true });
  } finally {
    if (own) renderer.scheduleRender = schedule;
    else delete (renderer as { scheduleRender?: unknown }).scheduleRender;
  }
}
