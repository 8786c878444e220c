import { describe, expect, it } from "vitest";
import { computeBetweenness } from "../../../src/graph/metrics/betweenness.ts";
import { flattenGraph } from "../../../src/graph/metrics/flatGraph.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";

// 3k companies / 12k links with hubs, as the app meets them: exact takes about 0.6 s here.
const flat = flattenGraph(syntheticGraph(3_000, 12_000, 7), "2023");
const exact = computeBetweenness(flat, { mode: "exact", samples: 1, seed: 1 }).values;

describe("graph/metrics sampled betweenness on 3k / 12k", () => {
  for (const seed of [1, 2]) {
    it(`stays within its stated error of the exact values (300 pivots, seed ${seed})`, () => {
      const sampled = computeBetweenness(flat, { mode: "sampled", samples: 300, seed });
      const { expectedError } = sampled.info;
      expect(sampled.info).toMatchObject({ mode: "sampled", samples: 300 });
      let sumAbs = 0;
      let maxAbs = 0;
      for (let v = 0; v < exact.length; v++) {
        const error = Math.abs(sampled.values[v]! - exact[v]!);
        sumAbs += error;
        maxAbs = Math.max(maxAbs, error);
      }
      // expectedError bounds each company's expected absolute error, so the mean is below it
      // and no company strays past three times it (Chebyshev: each does so with p <= 1/9, and
      // most companies' own standard error is far below the maximum).
      expect(sumAbs / exact.length).toBeLessThan(expectedError);
      expect(maxAbs).toBeLessThan(3 * expectedError);
      // The stated error is useful, not a blanket "anything goes": below the top value.
      expect(expectedError).toBeLessThan(Math.max(...exact) / 4);
    });
  }

  it("keeps the top company on top", () => {
    const sampled = computeBetweenness(flat, { mode: "sampled", samples: 300, seed: 1 }).values;
    const top = (values: Float64Array) => values.indexOf(Math.max(...values));
    expect(top(sampled)).toBe(top(exact));
  });

  it("gets more precise with more pivots", () => {
    const few = computeBetweenness(flat, { mode: "sampled", samples: 100, seed: 1 }).info.expectedError;
    const many = computeBetweenness(flat, { mode: "sampled", samples: 1_000, seed: 1 }).info.expectedError;
    expect(many).toBeLessThan(few / 2);
  });
});
