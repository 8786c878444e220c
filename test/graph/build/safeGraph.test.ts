// Company ids that are names of Object.prototype's properties, end to end through the pure
// layers: readers, graph build, neighbours, supply paths and tiers, flows, metrics, search.
import { afterEach, describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { SafeMultiDirectedGraph } from "../../../src/graph/build/safeGraph.ts";
import { eachNeighbour } from "../../../src/graph/paths/neighbours.ts";
import { supplyPath } from "../../../src/graph/paths/path.ts";
import { supplyTiers } from "../../../src/graph/paths/tiers.ts";
import { flowsOfGraph } from "../../../src/graph/flows/divisionFlows.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { search } from "../../../src/graph/search/search.ts";
import { searchIndexOfGraph } from "../../../src/graph/search/buildIndex.ts";
import { neighbourhood } from "../../../src/graph/flows/partners.ts";

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const DIVISIONS = ["서울", "부산", "대구", "광주"];

function files() {
  const companies = ["id,name,division", ...NAMES.map((id, i) => `${id},기업 ${id},${DIVISIONS[i % DIVISIONS.length]}`)].join("\n");
  const links = ["supplier,buyer,type,weight,year"];
  // A chain through every name, a parallel link on each step, and everyone supplying __proto__.
  for (let i = 0; i + 1 < NAMES.length; i++) {
    links.push(`${NAMES[i]},${NAMES[i + 1]},production,10,2023`);
    links.push(`${NAMES[i]},${NAMES[i + 1]},sales,5,2024`);
  }
  for (const id of NAMES) if (id !== "__proto__") links.push(`${id},__proto__,technology,1,2023`);
  const enc = new TextEncoder();
  return [
    { name: "companies.csv", bytes: enc.encode(companies) },
    { name: "links.csv", bytes: enc.encode(links.join("\n")) },
  ];
}

function expectPrototypeClean() {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual([...NAMES].sort());
  const plain: Record<string, unknown> = {};
  expect(plain.previous).toBeUndefined();
  expect(plain.next).toBeUndefined();
  expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
}

describe("company ids named like Object.prototype properties", () => {
  afterEach(expectPrototypeClean);

  it("are read, built into the graph and walked without touching Object.prototype", () => {
    const dataset = readFiles(files());
    expect(dataset.report.rejected).toEqual([]);
    expect(dataset.companies.map((c) => c.id)).toEqual(NAMES);
    const chain = 2 * (NAMES.length - 1);
    expect(dataset.links).toHaveLength(chain + NAMES.length - 1);

    const graph = buildGraph(dataset, { positions: new Map() });
    expect(graph.order).toBe(NAMES.length);
    expect(graph.size).toBe(dataset.links.length);
    expect(graph.inDegree("__proto__")).toBe(NAMES.length - 1 + 2);
    for (const [i, id] of NAMES.entries()) {
      const next = NAMES[i + 1];
      const out = new Set(graph.outNeighbors(id));
      const expected = new Set<string>();
      if (next !== undefined) expected.add(next);
      if (id !== "__proto__") expected.add("__proto__");
      expect(out).toEqual(expected);
      if (next !== undefined) {
        expect(graph.hasDirectedEdge(id, next)).toBe(true);
        expect(graph.hasEdge(id, next)).toBe(true);
        expect(graph.outEdges(id, next), `${id} -> ${next}`).toHaveLength(next === "__proto__" ? 3 : 2);
      }
      // A neighbour that is not there is not found on the prototype either.
      for (const other of NAMES) if (other !== next && other !== "__proto__" && other !== id) expect(graph.hasDirectedEdge(id, other)).toBe(false);
      const seen: string[] = [];
      eachNeighbour(graph, id, "both", {}, (n) => seen.push(n));
      expect(seen.length).toBe(graph.degree(id) - 0);
      expect(neighbourhood(graph, id).has(id)).toBe(true);
    }
  });

  it("take part in supply paths, tiers, flows, metrics and search", () => {
    const dataset = readFiles(files());
    const graph = buildGraph(dataset, { positions: new Map() });
    const first = NAMES[0]!;
    const last = NAMES.at(-1)!;
    // Everyone supplies __proto__, which supplies the last name: the shortest way goes through it.
    expect(NAMES.indexOf("__proto__")).toBe(NAMES.length - 2);
    const path = supplyPath(graph, first, last);
    expect(path?.nodes).toEqual([first, "__proto__", last]);

    const tiers = supplyTiers(graph, "toString", { depth: 1, direction: "downstream" });
    expect([...tiers.keys()].sort()).toEqual(["__proto__", "toString", NAMES[NAMES.indexOf("toString") + 1]!].sort());

    const flows = flowsOfGraph(graph, "2023");
    const division = new Map(dataset.companies.map((c) => [c.id, c.division]));
    const cross = dataset.links.filter((l) => division.get(l.source) !== division.get(l.target)).length;
    expect(cross).toBeGreaterThan(0);
    expect(flows.links).toBe(dataset.links.length);
    expect(flows.crossLinks).toBe(cross);
    expect(flows.flows.reduce((sum, f) => sum + f.count, 0)).toBe(cross);

    const metrics = computeMetrics(graph, { vintage: "2023", seed: 1 });
    expect(metrics.companies.map((m) => m.id).sort()).toEqual([...NAMES].sort());
    const proto = metrics.companies.find((m) => m.id === "__proto__")!;
    expect(proto.inDegree).toBe(graph.inDegree("__proto__"));

    const index = searchIndexOfGraph(graph);
    for (const id of NAMES) expect(search(index, id).some((hit) => hit.id === id)).toBe(true);
  });

  it("cannot corrupt a bare graph either: the shim is in the graph class", () => {
    const graph = new SafeMultiDirectedGraph();
    for (const id of NAMES) graph.addNode(id);
    for (const a of NAMES) for (const b of NAMES) if (a !== b) graph.addDirectedEdge(a, b);
    expect(graph.size).toBe(NAMES.length * (NAMES.length - 1));
    for (const id of NAMES) expect(graph.outDegree(id)).toBe(NAMES.length - 1);
    const copy = graph.copy();
    expect(copy.size).toBe(graph.size);
    expect(copy.hasDirectedEdge("valueOf", "__proto__")).toBe(true);
    copy.dropNode("__proto__");
    expect(copy.order).toBe(NAMES.length - 1);
    expect(copy.hasDirectedEdge("valueOf", "__proto__")).toBe(false);
    expect(graph.emptyCopy().hasDirectedEdge("valueOf", "toString")).toBe(false);
    graph.clearEdges();
    graph.addDirectedEdge("constructor", "__proto__");
    expect(graph.outNeighbors("constructor")).toEqual(["__proto__"]);
  });
});
