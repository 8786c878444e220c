import { describe, expect, it } from "vitest";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import { computeBetweenness } from "../../../src/graph/metrics/betweenness.ts";
import { flattenGraph } from "../../../src/graph/metrics/flatGraph.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { EXACT_BETWEENNESS_MAX_NODES } from "../../../src/graph/metrics/options.ts";
import { Random } from "../../../src/geo/random.ts";
import type { Link } from "../../../src/model/types.ts";
import { link } from "../helpers.ts";
import { byId, chain, graphOf, seoul } from "./fixtures.ts";

function betweenness(ids: string[], links: Link[]): Record<string, number> {
  const result = computeMetrics(graphOf(seoul(...ids), links), { vintage: "2023", betweenness: "exact" });
  expect(result.betweenness).toEqual({ mode: "exact", samples: ids.length, expectedError: 0 });
  return Object.fromEntries(result.companies.map((c) => [c.id, c.betweenness]));
}

describe("graph/metrics betweenness, exact", () => {
  it("path a→b→c→d: b and c each sit on 2 of the 3·2 ordered pairs", () => {
    const b = betweenness(["a", "b", "c", "d"], chain("a>b", "b>c", "c>d"));
    expect(b.a).toBe(0);
    expect(b.b).toBeCloseTo(2 / 6, 12);
    expect(b.c).toBeCloseTo(2 / 6, 12);
    expect(b.d).toBe(0);
  });

  it("star: 3 suppliers → hub → 2 buyers puts the hub on 6 of 5·4 pairs", () => {
    const b = betweenness(["s1", "s2", "s3", "h", "b1", "b2"], chain("s1>h", "s2>h", "s3>h", "h>b1", "h>b2"));
    expect(b.h).toBeCloseTo(6 / 20, 12);
    for (const id of ["s1", "s2", "s3", "b1", "b2"]) expect(b[id]).toBe(0);
  });

  it("diamond s→{a,b}→t splits the one pair between two shortest paths", () => {
    const b = betweenness(["s", "a", "b", "t"], chain("s>a", "s>b", "a>t", "b>t"));
    expect(b.a).toBeCloseTo(0.5 / 6, 12);
    expect(b.b).toBeCloseTo(0.5 / 6, 12);
  });

  it("bridge between two pairs: both bridge ends carry 2 pairs; a parallel link changes nothing", () => {
    const links = [...chain("x1>x2", "x2>x1", "y1>y2", "y2>y1", "x2>y1"), link("dup", "x2", "y1", "sales")];
    const b = betweenness(["x1", "x2", "y1", "y2"], links);
    expect(b).toEqual({ x1: 0, x2: expect.closeTo(2 / 6, 12), y1: expect.closeTo(2 / 6, 12), y2: 0 });
  });

  // graphology-metrics is compared on a simple graph: on a multigraph its NeighborhoodIndex
  // (graphology-indices 0.17) sizes the last node's neighbour range by the link count while
  // writing distinct neighbours only, so the last node gains phantom links to node 0.
  // Parallel links are checked separately: ours must ignore them.
  it("equals graphology-metrics (unweighted, normalised) on a random 200-node graph, parallel links ignored", () => {
    const rng = new Random(42, 7);
    const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const simple: Link[] = [];
    const seen = new Set<string>();
    while (simple.length < 700) {
      const s = rng.int(200);
      let t = rng.int(199);
      if (t >= s) t++;
      const key = `${s}>${t}`;
      if (seen.has(key)) continue;
      seen.add(key);
      simple.push(link(`e${simple.length}`, ids[s]!, ids[t]!));
    }
    const graph = graphOf(seoul(...ids), simple);
    const ours = byId(computeMetrics(graph, { vintage: "2023", betweenness: "exact" }).companies);
    const theirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    for (const id of ids) expect(ours.get(id)!.betweenness).toBeCloseTo(theirs[id]!, 12);

    // Several contracts between one pair are still one hop on one path.
    const parallel = simple.filter((_, i) => i % 7 === 0).map((l) => link(`p-${l.id}`, l.source, l.target, "sales"));
    const multi = byId(computeMetrics(graphOf(seoul(...ids), [...simple, ...parallel]), { vintage: "2023", betweenness: "exact" }).companies);
    for (const id of ids) expect(multi.get(id)!.betweenness).toBeCloseTo(ours.get(id)!.betweenness, 12);
  });
});

describe("graph/metrics betweenness, modes", () => {
  const pathOf = (n: number) => {
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    return flattenGraph(graphOf(seoul(...ids), chain(...ids.slice(1).map((id, i) => `${ids[i]}>${id}`))), "2023");
  };

  it(`"auto" is exact up to ${EXACT_BETWEENNESS_MAX_NODES} companies and sampled above`, () => {
    const at = computeBetweenness(pathOf(EXACT_BETWEENNESS_MAX_NODES), { mode: "auto", samples: 50, seed: 1 });
    expect(at.info.mode).toBe("exact");
    const above = computeBetweenness(pathOf(EXACT_BETWEENNESS_MAX_NODES + 1), { mode: "auto", samples: 50, seed: 1 });
    expect(above.info).toMatchObject({ mode: "sampled", samples: 50 });
    expect(above.info.expectedError).toBeGreaterThan(0);
  });

  it("sampling every node is reported as exact", () => {
    const flat = pathOf(30);
    const sampled = computeBetweenness(flat, { mode: "sampled", samples: 500, seed: 1 });
    expect(sampled.info).toEqual({ mode: "exact", samples: 30, expectedError: 0 });
    expect(sampled.values).toEqual(computeBetweenness(flat, { mode: "exact", samples: 1, seed: 1 }).values);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const flat = pathOf(300);
    const a = computeBetweenness(flat, { mode: "sampled", samples: 40, seed: 5 });
    const b = computeBetweenness(flat, { mode: "sampled", samples: 40, seed: 5 });
    const c = computeBetweenness(flat, { mode: "sampled", samples: 40, seed: 6 });
    expect(a.values).toEqual(b.values);
    expect(a.info).toEqual(b.info);
    expect(c.values).not.toEqual(a.values);
  });

  it("rejects a sample count that is not a positive integer", () => {
    const graph = graphOf(seoul("a", "b"), chain("a>b"));
    expect(() => computeMetrics(graph, { vintage: "2023", samples: 0 })).toThrow(/graph\/metrics: samples/);
  });
});
