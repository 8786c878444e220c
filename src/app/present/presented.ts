/**
 * When a picture has reached the screen, not merely been drawn.
 *
 * Under software WebGL (virtual desktops without a GPU) the GPU process rasterises a frame when
 * it is swapped, so frames stall after a big change for as long as that takes (150–300 ms for
 * 10k companies on 2 cores). A second change made meanwhile is rasterised after it and holds the
 * first picture back from the screen. Once animation frames come at normal cadence again, the
 * compositor has caught up. `npm run bench` measures "presented" by the same rule
 * (scripts/bench/presented.ts).
 */

/** Frames one after another at most this far apart count as normal cadence (60 Hz, with slack). */
export const CADENCE_MS = 25;
/** Frames in a run at that cadence that show the compositor has caught up. */
export const RUN = 5;
/** A background tab draws no frames: a load does not wait longer than this for them. */
const MAX_WAIT_MS = 1_500;

export interface FrameClock {
  frame: (callback: (time: number) => void) => unknown;
  timeout: (callback: () => void, ms: number) => unknown;
}

const browserClock = (): FrameClock | null =>
  typeof requestAnimationFrame === "function"
    ? { frame: (callback) => requestAnimationFrame(callback), timeout: (callback, ms) => setTimeout(callback, ms) }
    : null;

/**
 * Resolves at the frame that completes a run of RUN frames at normal cadence after it was
 * called (a frame to spare: RUN intervals), or after MAX_WAIT_MS; at once where there are no
 * animation frames (Node, workers).
 */
export function untilPresented(clock: FrameClock | null = browserClock()): Promise<void> {
  if (!clock) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    let last: number | null = null;
    let steady = 0;
    const finish = () => {
      done = true;
      resolve();
    };
    const tick = (time: number) => {
      if (done) return;
      steady = last !== null && time - last <= CADENCE_MS ? steady + 1 : 0;
      last = time;
      if (steady >= RUN) finish();
      else clock.frame(tick);
    };
    clock.frame(tick);
    clock.timeout(() => {
      if (!done) finish();
    }, MAX_WAIT_MS);
  });
}
