import { describe, expect, it } from "vitest";
import { degreeCounts, histogram } from "../../../src/render/analytics/histogram.ts";

describe("render/histogram", () => {
  it("bins values into equal widths with the maximum in the last bin", () => {
    const bins = histogram([0, 1, 2, 3, 4, 10], 5);
    expect(bins.map((b) => b.count)).toEqual([2, 2, 1, 0, 1]);
    expect(bins[0]).toMatchObject({ x0: 0, x1: 2 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(6);
  });
  it("handles no values and all-equal values", () => {
    expect(histogram([])).toEqual([]);
    expect(histogram([3, 3, 3])).toEqual([{ x0: 3, x1: 3, count: 3 }]);
  });
  it("counts companies per degree in degree order", () => {
    expect(degreeCounts([1, 3, 1, 2, 1])).toEqual([
      { degree: 1, count: 3 },
      { degree: 2, count: 1 },
      { degree: 3, count: 1 },
    ]);
  });
});
