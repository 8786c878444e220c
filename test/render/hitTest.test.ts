import { describe, expect, it } from "vitest";
import { topmostAt } from "../../src/render/hitTest.ts";

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
});
