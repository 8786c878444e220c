import { describe, expect, it } from "vitest";
import { createCameraService, HOME_MS } from "../../../src/app/map/cameraService.ts";
import { createAtlasStore } from "../../../src/state/store.ts";
import type { CameraState } from "../../../src/state/view/values.ts";

describe("app/camera: the whole country", () => {
  it("moves the camera smoothly home (the whole country, or the whole graph in the force view), or at once", async () => {
    const camera = createCameraService(createAtlasStore());
    const moves: Array<{ to: CameraState; ms: number | null }> = [];
    let at: CameraState = { x: 0.31, y: 0.62, ratio: 0.25 };
    camera.attach({
      get: () => at,
      set: (to) => {
        at = to;
        moves.push({ to, ms: null });
      },
      animate: async (to, ms) => {
        at = to;
        moves.push({ to, ms });
      },
    });
    await camera.home();
    expect(moves).toEqual([{ to: { x: 0.5, y: 0.5, ratio: 1 }, ms: HOME_MS }]);
    at = { x: 0.1, y: 0.2, ratio: 0.1 };
    // Reduced motion: no animation.
    await camera.home(0);
    expect(moves[1]).toEqual({ to: { x: 0.5, y: 0.5, ratio: 1 }, ms: null });
    expect(camera.get()).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
  });
});
