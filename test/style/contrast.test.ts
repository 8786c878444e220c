import { describe, expect, it } from "vitest";
import { contrastRatio, parseColor } from "../../src/style/contrast.ts";

describe("contrastRatio", () => {
  it("gives WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#fff")).toBeCloseTo(1, 5);
    // WCAG's worked example: #767676 on white is just over 4.5:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThan(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("blends a translucent foreground onto the background first", () => {
    // Black at 0.6 over white is a mid grey (#666): about 5.7:1, not 21:1.
    expect(contrastRatio("rgba(0,0,0,0.6)", "#ffffff")).toBeCloseTo(contrastRatio("#666666", "#ffffff"), 1);
    expect(contrastRatio("rgba(0, 0, 0, 0)", "#123456")).toBeCloseTo(1, 5);
  });

  it("reads the forms getComputedStyle and the palette use, and refuses others", () => {
    expect(parseColor("rgb(31, 41, 51)")).toEqual({ r: 31, g: 41, b: 51, a: 1 });
    expect(parseColor("rgba(31 41 51 / 50%)")).toEqual({ r: 31, g: 41, b: 51, a: 0.5 });
    expect(parseColor("#ff000080")?.a).toBeCloseTo(0.5, 2);
    expect(parseColor("tomato")).toBeNull();
    expect(() => contrastRatio("tomato", "#fff")).toThrow(/tomato/);
  });
});
