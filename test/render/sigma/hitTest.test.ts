import { describe, expect, it } from "vitest";
import { pickRadius, topmostAt } from "../../../src/render/sigma/hitTest.ts";

const discs = (list: Array<[string, number, number, number]>) => ({
  ids: list.map((d) => d[0]),
  xs: Float64Array.from(list, (d) => d[1]),
  ys: Float64Array.from(list, (d) => d[2]),
  rs: Float64Array.from(list, (d) => d[3]),
});

describe("CPU hit test", () => {
  const drawn = discs([
    ["a", 100, 100, 10],
    ["b", 108, 100, 6],
    ["c", 300, 200, 4],
  ]);

  it("finds the company whose disc holds the pointer, edge included", () => {
    expect(topmostAt(drawn, 300, 200)).toBe("c");
    expect(topmostAt(drawn, 304, 200)).toBe("c");
    expect(topmostAt(drawn, 90, 100)).toBe("a");
  });

  it("prefers the company drawn last where discs overlap, as the picture shows it", () => {
    expect(topmostAt(drawn, 106, 100)).toBe("b");
    expect(topmostAt(drawn, 95, 100)).toBe("a");
  });

  it("finds none off every disc", () => {
    expect(topmostAt(drawn, 305, 200)).toBeNull();
    expect(topmostAt(drawn, 0, 0)).toBeNull();
    expect(topmostAt(discs([]), 1, 1)).toBeNull();
  });

  it("picks a company only on its drawn dot: beside a tiny national-view dot the province under it is clicked", () => {
    // A dot drawn 1.5 px wide, as companies are at the national view.
    const tiny = discs([["d", 50, 50, pickRadius(1.5)]]);
    expect(topmostAt(tiny, 51, 51)).toBe("d");
    expect(topmostAt(tiny, 52, 50)).toBe("d");
    // Three pixels away used to pick it (every dot reached 3 px at least): now the province's.
    expect(topmostAt(tiny, 53, 50)).toBeNull();
  });
});
