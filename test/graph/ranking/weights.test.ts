import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, resolveWeights } from "../../../src/graph/ranking/weights.ts";

describe("graph/ranking weights", () => {
  it("fills defaults and rejects weights the formula cannot use", () => {
    expect(resolveWeights({ sales: 2 })).toEqual({ technology: 1, production: 1, sales: 2, other: 0, breadth: 0.5 });
    expect(resolveWeights(null)).toEqual(DEFAULT_WEIGHTS);
    expect(() => resolveWeights({ breadth: 1.5 })).toThrow(/graph\/ranking: breadth/);
    expect(() => resolveWeights({ sales: -1 })).toThrow(/graph\/ranking: weight 'sales'/);
    expect(() => resolveWeights({ technology: Number.NaN })).toThrow(/graph\/ranking/);
    expect(() => resolveWeights({ technology: 0, production: 0, sales: 0 })).toThrow(/at least one link type/);
  });
});
