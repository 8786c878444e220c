// After a shortest path is drawn the camera frames the whole path, both ends included: flying
// to the company just picked (the end) left the start off screen.
import type { AtlasViewModel } from "../../app/createApp.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";

export interface Point {
  x: number;
  y: number;
}

export interface CameraFrame {
  x: number;
  y: number;
  ratio: number;
}

export interface FrameOptions {
  /** Pixels left free on every side. */
  padding: number;
  /** Closest zoom: a two-company path should not fill the screen with two dots. */
  minRatio: number;
  maxRatio: number;
}

const FRAME: FrameOptions = { padding: 60, minRatio: 0.08, maxRatio: 1.5 };
const DURATION_MS = 600;

/**
 * The camera that shows every point (framed graph coordinates, what sigma's camera moves in).
 * `toViewport` maps a point to pixels under the current camera `current`: at angle 0 pixel
 * distances scale with 1 / ratio, so the ratio that fits is the current one times how much
 * the points overflow the padded viewport. Null without points.
 */
export function frameAround(points: readonly Point[], current: CameraFrame, toViewport: (p: Point) => Point, size: { width: number; height: number }, options: FrameOptions = FRAME): CameraFrame | null {
  if (points.length === 0) return null;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  let minPx = Infinity, maxPx = -Infinity, minPy = Infinity, maxPy = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    const v = toViewport(p);
    minPx = Math.min(minPx, v.x);
    maxPx = Math.max(maxPx, v.x);
    minPy = Math.min(minPy, v.y);
    maxPy = Math.max(maxPy, v.y);
  }
  const room = { width: Math.max(1, size.width - 2 * options.padding), height: Math.max(1, size.height - 2 * options.padding) };
  const overflow = Math.max((maxPx - minPx) / room.width, (maxPy - minPy) / room.height);
  const ratio = Math.min(options.maxRatio, Math.max(options.minRatio, current.ratio * overflow));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}

/**
 * Frames each new path once, when it is first drawn, and again when the stage changes size
 * while the camera still rests where the framing left it. Returns its update (atlasView.ts calls
 * it on every store change) and the unbind.
 */
export function bindPathFrame(renderer: AtlasRenderer, vm: Pick<AtlasViewModel, "store" | "derived">): { update: () => void; clean: () => void } {
  const { store, derived } = vm;
  let framed: unknown = null;
  // Retries of one path's framing, when another camera move cut it short or the stage resized.
  let attempts = { path: null as unknown, count: 0 };
  // Where the last framing left the camera: a resize reframes only if nobody has moved it since.
  let rested: { camera: CameraFrame; points: Point[] } | null = null;
  const sameFrame = (a: CameraFrame, b: CameraFrame) => Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9 && Math.abs(a.ratio - b.ratio) < 1e-9;
  const inView = (points: readonly Point[]) => {
    const { width, height } = renderer.getDimensions();
    return points.every((p) => {
      const v = renderer.framedGraphToViewport(p);
      return v.x >= 0 && v.x <= width && v.y >= 0 && v.y <= height;
    });
  };
  const update = () => {
    const path = derived.path(store.getState());
    if (path === framed) return;
    framed = path;
    rested = null;
    if (!path) return;
    if (attempts.path !== path) attempts = { path, count: 0 };
    const points = path.nodes.flatMap((node) => {
      const d = renderer.getNodeDisplayData(node);
      return d ? [{ x: d.x, y: d.y }] : [];
    });
    const camera = renderer.getCamera();
    const target = frameAround(points, camera.getState(), (p) => renderer.framedGraphToViewport(p), renderer.getDimensions());
    if (!target) return;
    void camera.animate(target, { duration: DURATION_MS }).then(() => {
      if (framed !== path) return;
      // sigma settles a cut-short animation's promise too: when another camera move (a fly-to
      // still under way) took over, or the stage resized while the camera moved (sigma sizes
      // its canvases as it renders), frame the path again from wherever the camera is now.
      if ((!sameFrame(camera.getState(), target) || !inView(points)) && attempts.count++ < 3) {
        framed = null;
        update();
        return;
      }
      rested = { camera: camera.getState(), points };
      // Where the path's companies ended up on screen, for tests (as body.dataset.drawnVersion is).
      const { width, height } = renderer.getDimensions();
      const onScreen = points.map((p) => renderer.framedGraphToViewport(p));
      renderer.getContainer().dataset.pathFrame = JSON.stringify({ width, height, points: onScreen.map((v) => [Math.round(v.x), Math.round(v.y)]) });
    });
  };
  const onResize = () => {
    if (!rested || !sameFrame(renderer.getCamera().getState(), rested.camera) || inView(rested.points)) return;
    attempts = { path: null, count: 0 };
    framed = null;
    update();
  };
  renderer.on("resize", onResize);
  return { update, clean: () => void renderer.off("resize", onResize) };
}
