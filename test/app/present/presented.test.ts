// The loader's "has this picture reached the screen": the rule npm run bench measures by.
import { describe, expect, it } from "vitest";
import { CADENCE_MS, RUN, untilPresented, type FrameClock } from "../../../src/app/present/presented.ts";

/** A clock whose frames come at the given times; timeouts fire when `advance` passes them. */
function fakeClock(times: number[]) {
  let waiting: ((time: number) => void) | null = null;
  const timers: Array<{ at: number; run: () => void }> = [];
  let now = 0;
  let frames = 0;
  const clock: FrameClock = {
    frame: (callback) => {
      waiting = callback;
    },
    timeout: (callback, ms) => timers.push({ at: now + ms, run: callback }),
  };
  return {
    clock,
    /** Delivers the next frame; false when there is none left. */
    frame(): boolean {
      const time = times[frames];
      if (time === undefined || !waiting) return false;
      frames++;
      now = time;
      const callback = waiting;
      waiting = null;
      callback(time);
      return true;
    },
    advance(to: number) {
      now = to;
      for (const t of timers.splice(0)) (t.at <= to ? t.run : () => timers.push(t))();
    },
    get frames() {
      return frames;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("app/presented", () => {
  it("resolves at the frame that completes a run at normal cadence after a stall", async () => {
    // A frame, a stall while the picture is rasterised, a short run broken again, then steady frames.
    const steady = Array.from({ length: RUN + 3 }, (_, i) => 600 + i * 16);
    const fake = fakeClock([0, 16, 330, 346, 400, ...steady]);
    let done = false;
    void untilPresented(fake.clock).then(() => (done = true));
    while (!done && fake.frame()) await settle();
    expect(done).toBe(true);
    // Frames 400 and 600 are more than CADENCE_MS apart: the run starts at 600 and takes RUN intervals.
    expect(steady[1]! - steady[0]!).toBeLessThanOrEqual(CADENCE_MS);
    expect(fake.frames).toBe(5 + RUN + 1);
  });

  it("gives up waiting when no frames come (a background tab)", async () => {
    const fake = fakeClock([0]);
    let done = false;
    void untilPresented(fake.clock).then(() => (done = true));
    fake.frame();
    fake.advance(1_000);
    await settle();
    expect(done).toBe(false);
    fake.advance(2_000);
    await settle();
    expect(done).toBe(true);
  });

  it("resolves at once where there are no animation frames", async () => {
    await expect(untilPresented(null)).resolves.toBeUndefined();
  });
});
