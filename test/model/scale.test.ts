import { describe, expect, it } from "vitest";
import { BUILT_IN_LEVELS, isLevel, levelOf, parseScale, regionScale, vintageOf } from "../../src/model/scale.ts";
import { VINTAGES } from "../../src/model/types.ts";

describe("model/scale", () => {
  it("writes the division level as the bare vintage, so matrices and links made before levels keep their meaning", () => {
    expect(regionScale("division", "2023")).toBe("2023");
    expect(regionScale("division", "2026-07")).toBe("2026-07");
    expect(regionScale("super-region", "2026-07")).toBe("super-region@2026-07");
    expect(regionScale("grouping:user", "2023")).toBe("grouping:user@2023");
  });

  it("reads back every level at every vintage", () => {
    for (const level of [...BUILT_IN_LEVELS, "grouping:user"] as const) {
      for (const vintage of VINTAGES) {
        const scale = regionScale(level, vintage);
        expect(parseScale(scale)).toEqual({ level, vintage });
        expect(levelOf(scale)).toBe(level);
        expect(vintageOf(scale)).toBe(vintage);
      }
    }
  });

  it("refuses what no scale writes", () => {
    expect(() => parseScale("super-region@1999" as never)).toThrow(/vintage/);
    expect(() => parseScale("county@2023" as never)).toThrow(/level/);
    expect(isLevel("grouping:")).toBe(false);
    expect(isLevel("municipality")).toBe(true);
  });
});
