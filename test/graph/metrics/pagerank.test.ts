import { describe, expect, it } from "vitest";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { Random } from "../../../src/geo/random.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { PAGERANK_OPTIONS } from "../../../src/graph/metrics/pagerank.ts";
import type { Link } from "../../../src/model/types.ts";
import { company, link } from "../helpers.ts";
import { byId, chain, graphOf, seoul } from "./fixtures.ts";

describe("graph/metrics pagerank", () => {
  it("sums to 1 and puts the buyer many suppliers deliver to first", () => {
    // s1..s4 supply hub h; s5 supplies t; h and t buy only.
    const graph = graphOf(seoul("s1", "s2", "s3", "s4", "s5", "h", "t"), chain("s1>h", "s2>h", "s3>h", "s4>h", "s5>t"));
    const result = computeMetrics(graph, { vintage: "2023" });
    const total = result.companies.reduce((sum, c) => sum + c.pagerank, 0);
    expect(total).toBeCloseTo(1, 9);
    const ranked = [...result.companies].sort((a, b) => b.pagerank - a.pagerank);
    expect(ranked[0]!.id).toBe("h");
    expect(ranked[1]!.id).toBe("t");
    // Suppliers with no suppliers of their own all get the same base rank.
    const m = byId(result.companies);
    expect(m.get("s1")!.pagerank).toBeCloseTo(m.get("s5")!.pagerank, 12);
  });

  it("follows supply direction: rank flows from supplier to buyer", () => {
    const m = byId(computeMetrics(graphOf(seoul("a", "b"), chain("a>b")), { vintage: "2023" }).companies);
    expect(m.get("b")!.pagerank).toBeGreaterThan(m.get("a")!.pagerank);
  });

  it("counts parallel links: two contracts pass twice the rank of one", () => {
    // s supplies h twice and t once; nothing else links in.
    const graph = graphOf(
      [company("s", "KR-11"), company("h", "KR-11"), company("t", "KR-11")],
      [link("1", "s", "h", "production"), link("2", "s", "h", "sales"), link("3", "s", "t", "production")],
    );
    const m = byId(computeMetrics(graph, { vintage: "2023" }).companies);
    const base = m.get("s")!.pagerank;
    // Each buyer gets base rank (same as s's) plus 0.85 × its share of s's rank.
    expect(m.get("h")!.pagerank - base).toBeCloseTo(0.85 * (2 / 3) * base, 7);
    expect(m.get("t")!.pagerank - base).toBeCloseTo(0.85 * (1 / 3) * base, 7);
  });

  // computePagerank runs the library on a bare multigraph rebuilt from the flat arrays (what
  // the worker has); on the app's own graph the library must give the very same numbers.
  it("equals graphology-metrics on the original graph bit for bit: parallel links, self-links, dangling nodes", () => {
    const rng = new Random(9, 3);
    // Ids that look like numbers sort first in JS objects, so graphology's per-node neighbour
    // order differs between the two graphs; companies are added in shuffled order.
    const ids = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `${1000 - i}` : `c${i}`));
    for (let i = ids.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    const links: Link[] = [];
    for (let e = 0; e < 1_200; e++) {
      // Companies 250+ supply nobody: dangling nodes.
      const s = rng.int(250);
      const t = rng.next() < 0.02 ? s : rng.int(300);
      links.push(link(`e${e}`, ids[s]!, ids[t]!));
      if (rng.next() < 0.1) links.push(link(`p${e}`, ids[s]!, ids[t]!, "sales"));
    }
    const graph = graphOf(seoul(...ids), links);
    const theirs = pagerank(graph, PAGERANK_OPTIONS);
    const ours = computeMetrics(graph, { vintage: "2023" }).companies;
    expect(ours.map((c) => c.id)).toEqual(graph.nodes());
    expect(Object.fromEntries(ours.map((c) => [c.id, c.pagerank]))).toEqual(theirs);
  });
});
