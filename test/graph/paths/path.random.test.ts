// supplyPath against a brute force that lists every simple path on small random networks.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { supplyPath } from "../../../src/graph/paths/path.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { company, dataset, link } from "../helpers.ts";

interface Hop {
  node: string;
  edge: string;
  forward: boolean;
}

function randomGraph(seed: number): SupplyGraph {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const nodes = ["a", "b", "c", "d", "e", "f", "g"].slice(0, 3 + next(5));
  const links = Array.from({ length: next(12) }, (_, i) => link(`L${String(i).padStart(2, "0")}`, nodes[next(nodes.length)]!, nodes[next(nodes.length)]!));
  return buildGraph(dataset(nodes.map((id) => company(id, "KR-11")), links), { positions: new Map() });
}

/** The best path by the documented rule, from every simple path; null when there is none. */
function bruteForce(graph: SupplyGraph, from: string, to: string, directed: boolean, keep: (edge: string) => boolean) {
  const found: Hop[][] = [];
  const walk = (node: string, visited: Set<string>, hops: Hop[]) => {
    if (node === to) return void found.push([...hops]);
    const steps: Hop[] = [];
    graph.forEachOutEdge(node, (edge, _a, _s, target) => void steps.push({ node: target, edge, forward: true }));
    if (!directed) graph.forEachInEdge(node, (edge, _a, source) => void steps.push({ node: source, edge, forward: false }));
    for (const step of steps) {
      if (visited.has(step.node) || !keep(step.edge)) continue;
      visited.add(step.node);
      walk(step.node, visited, [...hops, step]);
      visited.delete(step.node);
    }
  };
  walk(from, new Set([from]), []);
  if (found.length === 0) return null;
  const against = (p: Hop[]) => p.filter((h) => !h.forward).length;
  const key = (h: Hop) => `${h.node}\u0000${h.forward ? 0 : 1}\u0000${h.edge}`;
  found.sort((p, q) => {
    if (p.length !== q.length) return p.length - q.length;
    if (against(p) !== against(q)) return against(p) - against(q);
    for (let i = 0; i < p.length; i++) {
      const [x, y] = [key(p[i]!), key(q[i]!)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  const best = found[0]!;
  return { nodes: [from, ...best.map((h) => h.node)], edges: best.map((h) => h.edge), directionIgnored: against(best) > 0 };
}

describe("supplyPath on random networks", () => {
  it("agrees with a brute force, directed and not, with and without a link filter", () => {
    let compared = 0;
    let found = 0;
    let reversed = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const graph = randomGraph(seed);
      const nodes = graph.nodes();
      const hidden = new Set(graph.edges().filter((_e, i) => (i + seed) % 4 === 0));
      for (const from of nodes) {
        for (const to of nodes) {
          if (from === to) continue;
          for (const directed of [true, false]) {
            for (const filtered of [false, true]) {
              const keep = (edge: string) => !filtered || !hidden.has(edge);
              const got = supplyPath(graph, from, to, { directed, ...(filtered ? { keepEdge: keep } : {}) });
              expect(got, `seed ${seed} ${from}->${to} directed=${directed} filtered=${filtered}`).toEqual(bruteForce(graph, from, to, directed, keep));
              compared++;
              if (got) found++;
              if (got?.directionIgnored) reversed++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // The cases cover paths found, paths walking against links, and no path at all.
    expect(found).toBeGreaterThan(compared / 4);
    expect(reversed).toBeGreaterThan(compared / 10);
    expect(compared - found).toBeGreaterThan(compared / 10);
  });
});
