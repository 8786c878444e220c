// Gephi's proportions: what a GEXF's weight, positions and sizes become, so the first picture in
// Gephi or Gephi Lite is a graph and not a blob of edges or a scatter of specks.

import { describe, expect, it } from "vitest";
import { gephiFrame, gephiWeights } from "../../../src/io/write/gephiScale.ts";

describe("io/write/gephiScale", () => {
  it("puts amounts on a 1–10 log scale: the smallest 1, the largest 10, the geometric middle 5.5", () => {
    expect(gephiWeights([14, 12842, Math.sqrt(14 * 12842)])).toEqual([1, 10, 5.5]);
    // Ten times the amount is the same step anywhere on the scale.
    const [a, b, c] = gephiWeights([1, 10, 100, 1000]);
    expect(b! - a!).toBeCloseTo(c! - b!, 3);
  });

  it("weighs 1 where there is no positive amount, and when every amount is the same", () => {
    expect(gephiWeights([undefined, 0, -5, Number.NaN, 100, 1000])).toEqual([1, 1, 1, 1, 1, 10]);
    expect(gephiWeights([7, 7, undefined])).toEqual([1, 1, 1]);
    expect(gephiWeights([])).toEqual([]);
  });

  it("centres positions and scales the larger half-extent to 1,000, keeping the aspect", () => {
    const frame = gephiFrame([{ x: -9000, y: 100 }, { x: 9000, y: 4600 }, { x: 0, y: 2350 }]);
    expect(frame.position(-9000, 100)).toEqual([-1000, -250]);
    expect(frame.position(9000, 4600)).toEqual([1000, 250]);
    expect(frame.position(0, 2350)).toEqual([0, 0]);
  });

  it("maps node sizes linearly onto 10–50; one size for all gives Gephi Lite's default 20", () => {
    const frame = gephiFrame([{ size: 5 }, { size: 14 }, { size: 9.5 }]);
    expect([frame.size(5), frame.size(14), frame.size(9.5)]).toEqual([10, 50, 30]);
    expect(gephiFrame([{ size: 6 }, { size: 6 }]).size(6)).toBe(20);
  });
});
