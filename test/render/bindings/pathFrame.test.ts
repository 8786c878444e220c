import { describe, expect, it } from "vitest";
import { frameAround, type CameraFrame, type Point } from "../../../src/render/bindings/pathFrame.ts";

const size = { width: 800, height: 500 };
const options = { padding: 40, minRatio: 0.05, maxRatio: 1.5 };

/** Framed coordinates to pixels as sigma does at angle 0: linear, scale 1 / ratio, camera at the centre. */
const viewportOf = (camera: CameraFrame) => (p: Point): Point => ({
  x: size.width / 2 + ((p.x - camera.x) / camera.ratio) * size.height,
  y: size.height / 2 + ((p.y - camera.y) / camera.ratio) * size.height,
});

describe("render/pathFrame frameAround", () => {
  it("brings a path whose start is off screen wholly into the padded viewport", () => {
    // The camera sits on the end company, zoomed in; the start is far to the left and above.
    const path = [{ x: 0.1, y: 0.2 }, { x: 0.4, y: 0.35 }, { x: 0.7, y: 0.6 }];
    const current = { x: 0.7, y: 0.6, ratio: 0.2 };
    const before = viewportOf(current)(path[0]!);
    expect(before.x < 0 || before.y < 0).toBe(true);
    const frame = frameAround(path, current, viewportOf(current), size, options)!;
    const after = path.map(viewportOf(frame));
    for (const p of after) {
      expect(p.x).toBeGreaterThanOrEqual(options.padding - 1e-6);
      expect(p.x).toBeLessThanOrEqual(size.width - options.padding + 1e-6);
      expect(p.y).toBeGreaterThanOrEqual(options.padding - 1e-6);
      expect(p.y).toBeLessThanOrEqual(size.height - options.padding + 1e-6);
    }
    // Tight in the binding direction: the path fills the padded height (it is taller than wide here).
    const ys = after.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(size.height - 2 * options.padding, 6);
  });

  it("does not zoom a two-company path closer than the minimum, and says nothing without points", () => {
    const pair = [{ x: 0.5, y: 0.5 }, { x: 0.5001, y: 0.5 }];
    const current = { x: 0, y: 0, ratio: 1 };
    expect(frameAround(pair, current, viewportOf(current), size, options)).toEqual({ x: 0.50005, y: 0.5, ratio: options.minRatio });
    expect(frameAround([], current, viewportOf(current), size, options)).toBeNull();
  });
});
