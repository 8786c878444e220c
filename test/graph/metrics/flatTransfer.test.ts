import { describe, expect, it } from "vitest";
import { flattenGraph, type FlatGraph } from "../../../src/graph/metrics/flatGraph.ts";
import { packFlatGraph, unpackFlatGraph, type FlatGraphPayload } from "../../../src/graph/metrics/flatTransfer.ts";
import { computeMetrics, computeMetricsFromFlat } from "../../../src/graph/metrics/computeMetrics.ts";
import type { FlatMetricsOptions } from "../../../src/graph/metrics/options.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { company, link } from "../helpers.ts";
import { graphOf } from "./fixtures.ts";

/**
 * The worker path as the app runs it: flatten on the main thread, pack, hand the payload over
 * with its buffers in the transfer list (structuredClone does what postMessage does), unpack
 * and compute on the other side.
 */
function viaTransfer(graph: SupplyGraph, vintage: Vintage, options: FlatMetricsOptions = {}) {
  const flat = flattenGraph(graph, vintage);
  const { payload, transfer } = packFlatGraph(flat);
  const received = structuredClone(payload, { transfer });
  return { flat, result: computeMetricsFromFlat(unpackFlatGraph(received), options) };
}

// Cross-division pairs that merge in 2026-07, parallel links, a self-link, a loner, ids that
// look like numbers or are not ASCII.
const small = graphOf(
  [company("a", "KR-29"), company("12", "KR-46"), company("회사-3", "KR-11"), company("d", "KR-11"), company("😀", "KR-26")],
  [
    link("1", "a", "12", "technology", { weight: 4 }),
    link("2", "회사-3", "a", "sales"),
    link("3", "12", "d", "production"),
    link("4", "a", "12", "sales"),
    link("5", "d", "d", "other", { weight: 2 }),
  ],
);

function synthetic(companies: number, links: number): SupplyGraph {
  return syntheticGraph(companies, links, 11);
}

describe("graph/metrics flat transfer (the worker hand-off)", () => {
  it("gives exactly computeMetrics' result, for both vintages", () => {
    for (const vintage of ["2023", "2026-07"] as const) {
      expect(viaTransfer(small, vintage).result).toEqual(computeMetrics(small, { vintage }));
    }
  });

  it("gives exactly computeMetrics' result on a 2.5k / 10k network with sampled betweenness", () => {
    const graph = synthetic(2_500, 10_000);
    const options = { betweenness: "sampled", samples: 100, seed: 3 } as const;
    const { result } = viaTransfer(graph, "2026-07", options);
    expect(result.betweenness).toMatchObject({ mode: "sampled", samples: 100 });
    expect(result.companies).toHaveLength(graph.order);
    expect(result).toEqual(computeMetrics(graph, { vintage: "2026-07", ...options }));
  });

  it("moves the typed arrays instead of copying them", () => {
    const { flat } = viaTransfer(small, "2023");
    for (const array of [flat.division, flat.source, flat.target, flat.type, flat.weight]) {
      expect(array.buffer.byteLength).toBe(0); // detached on the sending side
    }
    expect(flat.ids).toHaveLength(small.order); // ids travel as one copied string
  });

  it("handles an empty graph", () => {
    const empty = graphOf([], []);
    expect(viaTransfer(empty, "2023").result).toEqual(computeMetrics(empty, { vintage: "2023" }));
  });

  it("reports progress in order, ending at 1", () => {
    const seen: Array<[number, string]> = [];
    viaTransfer(small, "2023", { onProgress: (fraction, step) => seen.push([fraction, step]) });
    const fractions = seen.map(([f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([1, "done"]);
    expect(new Set(seen.map(([, step]) => step))).toEqual(new Set(["index", "degrees", "cross", "pagerank", "communities", "betweenness", "done"]));
  });

  it("round-trips any ids, and copies views it cannot hand over whole", () => {
    const backing = new Int32Array(8);
    const flat: FlatGraph = {
      vintage: "2023",
      ids: ["", "a\u0000b", "😀", "\ud800", "12", ""],
      division: backing.subarray(2, 8),
      divisionCount: 1,
      source: Int32Array.of(0, 5),
      target: Int32Array.of(5, 2),
      type: Uint8Array.of(0, 3),
      weight: Float64Array.of(1.5, 0),
    };
    const { payload, transfer } = packFlatGraph(flat);
    expect(payload.division).not.toBe(flat.division);
    const back = unpackFlatGraph(structuredClone(payload, { transfer }));
    expect(back.ids).toEqual(["", "a\u0000b", "😀", "\ud800", "12", ""]);
    expect(back).toMatchObject({ vintage: "2023", divisionCount: 1, division: new Int32Array(6), source: Int32Array.of(0, 5), type: Uint8Array.of(0, 3) });
    expect(backing.buffer.byteLength).toBe(32); // the caller's larger buffer is left alone
  });

  it("rejects a payload whose arrays do not fit together", () => {
    const { payload } = packFlatGraph(flattenGraph(small, "2023"));
    const broken: FlatGraphPayload = { ...payload, target: payload.target.subarray(1) };
    expect(() => unpackFlatGraph(broken)).toThrow(/graph\/metrics: the flat graph sent to the worker is inconsistent/);
  });
});
