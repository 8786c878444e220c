// "Presented": when a picture has reached the screen, not merely been drawn.
//
// With software WebGL (SwiftShader) the GPU process rasterises a frame when it is swapped, so a
// draw call and even two animation frames after it prove nothing: the next frames stall for as
// long as rasterising takes (half a second to a second and more for a big map). The frame that
// counts is the first animation frame, after the frame that drew every company, that starts a
// run of five at normal cadence (about 16 ms apart): by then the compositor is keeping up again.
import type { Page } from "playwright-core";
// The app waits for its own pictures by the same rule (a big load's steps, app/load/loader.ts).
import { CADENCE_MS, RUN } from "../../src/app/present/presented.ts";

/** Page init script: records every animation frame's time from the page's first moment. */
export const FRAME_RECORDER = `
  window.__frames = [];
  const __tick = (t) => { window.__frames.push(t); requestAnimationFrame(__tick); };
  requestAnimationFrame(__tick);
`;

/**
 * The presented time, as `performance.now()` in the page, of the picture first drawn at `mark`.
 * Pure so it can be tested without a browser: `frames` are animation-frame times, ascending.
 */
export function presentedTime(frames: readonly number[], drawnAt: number): number | null {
  const after = frames.filter((t) => t >= drawnAt);
  for (let i = 0; i + RUN - 1 < after.length; i++) {
    let steady = true;
    for (let j = i; j < i + RUN - 1 && steady; j++) steady = after[j + 1]! - after[j]! <= CADENCE_MS;
    if (steady) return after[i]!;
  }
  return null;
}

/** Waits (up to `timeout` ms) until the picture drawn at performance mark `mark` is presented. */
export async function presentedAfter(page: Page, mark: string, timeout = 120_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
    const state = (await page.evaluate(
      `({ drawn: performance.getEntriesByName(${JSON.stringify(mark)})[0]?.startTime ?? null, frames: window.__frames ?? [] })`,
    )) as { drawn: number | null; frames: number[] };
    if (state.drawn !== null) {
      const presented = presentedTime(state.frames, state.drawn);
      if (presented !== null) return presented;
    }
    if (Date.now() > deadline) throw new Error(`bench: ${mark} not presented within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}
