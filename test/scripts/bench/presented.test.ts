import { describe, expect, it } from "vitest";
import { presentedTime } from "../../../scripts/bench/presented.ts";

const cadence = (from: number, n: number, step = 16.7) => Array.from({ length: n }, (_, i) => from + i * step);

describe("presented frame", () => {
  it("is the frame that starts the first run of five at normal cadence after the draw", () => {
    // Drawn at 100; the GPU stalls for half a second before frames come steadily again.
    const frames = [...cadence(0, 6), 105, 122, 640, ...cadence(660, 8)];
    expect(presentedTime(frames, 100)).toBe(640);
  });

  it("ignores steady frames from before the draw", () => {
    const frames = [...cadence(0, 10), 300, 900, ...cadence(920, 5)];
    expect(presentedTime(frames, 250)).toBe(900);
  });

  it("is the drawn frame itself when nothing stalls", () => {
    expect(presentedTime(cadence(50, 10), 50)).toBe(50);
  });

  it("is null until a full run has been seen", () => {
    expect(presentedTime([...cadence(0, 3), 500, 517, 534, 551], 0)).toBeNull();
    expect(presentedTime([], 0)).toBeNull();
  });
});
