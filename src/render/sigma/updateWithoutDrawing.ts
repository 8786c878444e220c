import type { AtlasRenderer } from "./createRenderer.ts";
import { withReplaced } from "./withReplaced.ts";

/**
 * Redraws the named items into sigma's buffers without drawing a frame: the next render draws
 * them. sigma's refresh either draws at once or schedules a frame, and a frame between two
 * slices of one change would show half of it (and, under software WebGL, cost a second frame
 * of every link to rasterise).
 */
export function updateWithoutDrawing(renderer: AtlasRenderer, partialGraph: { nodes?: string[]; edges?: string[] }): void {
  withReplaced(renderer, "scheduleRender", () => renderer, () => {
    renderer.refresh({ partialGraph, skipIndexation: true, schedule: true });
  });
}
