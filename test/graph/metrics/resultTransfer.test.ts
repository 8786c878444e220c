import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import type { MetricsOptions } from "../../../src/graph/metrics/options.ts";
import type { MetricsResult } from "../../../src/graph/metrics/types.ts";
import { packMetricsResult, unpackMetricsResult, type MetricsResultPayload } from "../../../src/graph/metrics/resultTransfer.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { company, link } from "../helpers.ts";
import { graphOf } from "./fixtures.ts";

/**
 * The way back from the worker as the app runs it: pack, hand the payload over with its
 * buffers in the transfer list (structuredClone does what postMessage does), unpack.
 */
function viaTransfer(result: MetricsResult) {
  const { payload, transfer } = packMetricsResult(result);
  const received = structuredClone(payload, { transfer });
  return { payload, back: unpackMetricsResult(received) };
}

function synthetic(companies: number, links: number): SupplyGraph {
  return syntheticGraph(companies, links, 11);
}

// Ids that look like numbers, are not ASCII or are empty; parallel links and a self-link.
const small = graphOf(
  [company("a", "KR-29"), company("12", "KR-46"), company("회사-3", "KR-11"), company("", "KR-11"), company("😀", "KR-26")],
  [
    link("1", "a", "12", "technology", { weight: 4 }),
    link("2", "회사-3", "a", "sales"),
    link("3", "12", "", "production"),
    link("4", "a", "12", "sales"),
    link("5", "", "", "other", { weight: 2 }),
  ],
);

describe("graph/metrics result transfer (the worker's answer)", () => {
  it("gives back exactly the packed result on a 2.5k / 10k network, for both vintages", () => {
    const graph = synthetic(2_500, 10_000);
    for (const vintage of ["2023", "2026-07"] as const) {
      const options: MetricsOptions = { vintage, betweenness: "sampled", samples: 100, seed: 3 };
      const result = computeMetrics(graph, options);
      const { back } = viaTransfer(result);
      expect(back.companies).toHaveLength(graph.order);
      expect(back).toStrictEqual(result);
      // Same key order too (exports and tables list fields as computeMetrics writes them).
      expect(JSON.stringify(back)).toBe(JSON.stringify(result));
      // The packed result is left as it was.
      expect(result).toStrictEqual(computeMetrics(graph, options));
    }
  });

  it("gives back exactly the packed result on a small graph with odd ids, for both vintages", () => {
    for (const vintage of ["2023", "2026-07"] as const) {
      const result = computeMetrics(small, { vintage });
      expect(viaTransfer(result).back).toStrictEqual(result);
    }
  });

  it("handles an empty graph", () => {
    const result = computeMetrics(graphOf([], []), { vintage: "2023" });
    const { back } = viaTransfer(result);
    expect(back.companies).toEqual([]);
    expect(back).toStrictEqual(result);
  });

  it("keeps values a float column must carry bit for bit", () => {
    const result = computeMetrics(small, { vintage: "2023" });
    const first = result.companies[0]!;
    first.pagerank = Number.NaN;
    first.betweenness = -0;
    first.crossWeightShare = 0.1 + 0.2;
    first.cross.sales.weight = Number.MAX_VALUE;
    first.community = 2 ** 40;
    const back = viaTransfer(result).back.companies[0]!;
    expect(back.pagerank).toBeNaN();
    expect(Object.is(back.betweenness, -0)).toBe(true);
    expect(back).toStrictEqual(first);
  });

  it("moves the columns instead of copying them", () => {
    const { payload } = viaTransfer(computeMetrics(small, { vintage: "2023" }));
    const arrays = [payload.idEnds, ...Object.values(payload.columns), ...Object.values(payload.cross).flatMap((stats) => Object.values(stats))];
    expect(arrays).toHaveLength(1 + 10 + 5 * 3);
    for (const array of arrays) expect(array.buffer.byteLength).toBe(0); // detached on the sending side
  });

  describe("rejects a malformed payload, naming the module", () => {
    const good = () => packMetricsResult(computeMetrics(small, { vintage: "2023" })).payload;
    const cases: Array<[string, () => unknown, RegExp]> = [
      ["not an object", () => null, /not an object/],
      ["a short column", () => ({ ...good(), columns: { ...good().columns, pagerank: new Float64Array(2) } }), /columns\.pagerank has 2 values for 5 companies/],
      ["a missing column", () => ({ ...good(), columns: { ...good().columns, degree: undefined } }), /columns\.degree is not a Float64Array/],
      ["a column of the wrong kind", () => ({ ...good(), columns: { ...good().columns, community: new Int32Array(5) } }), /columns\.community is not a Float64Array/],
      [
        "a missing link type",
        () => {
          const p = good();
          const { sales: _sales, ...cross } = p.cross;
          return { ...p, cross };
        },
        /cross\.sales\.partners is not a Float64Array/,
      ],
      ["ids that do not fit idText", () => ({ ...good(), idText: "abc" }), /idEnds does not end at the length of idText/],
      ["ids out of order", () => ({ ...good(), idEnds: Int32Array.of(3, 1, 4, 4, 6), idText: "abcdef" }), /idEnds\[1\] is out of order/],
      ["bad betweenness info", () => ({ ...good(), betweenness: { mode: "guess", samples: 1, expectedError: 0 } }), /betweenness is not a BetweennessInfo/],
      ["no vintage", () => ({ ...good(), vintage: 2023 }), /vintage is not a string/],
    ];
    for (const [name, make, detail] of cases) {
      it(name, () => {
        const unpack = () => unpackMetricsResult(make() as MetricsResultPayload);
        expect(unpack).toThrow(/^graph\/metrics\/resultTransfer: the metrics result sent from the worker is malformed/);
        expect(unpack).toThrow(detail);
      });
    }
  });
});
