// A real client: NetworkX reads our GEXF and GraphML with the same nodes, edges and attribute
// values. Each NetworkX found is tried: the distribution's at /usr/bin/python3 (Debian 12:
// 2.8, which knows GEXF 1.2draft only, our default) and python3 on PATH when it is another.
// GEXF 1.3 is tried only where the NetworkX has it (3.6+). Without /usr/bin/python3's networkx
// (Debian: python3-networkx) the tests are skipped loudly, unless SUPPLY_ATLAS_REQUIRE_BROWSER=1
// (set by CI), which makes it a failure.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDataset } from "../../../scripts/lib/inspectExport.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import type { InputFile } from "../../../src/model/types.ts";

type NetworkX = { python: string; version: string; gexf13: boolean };
function probe(python: string): NetworkX | null {
  const r = spawnSync(python, ["-c", "import networkx, json; print(json.dumps({'version': networkx.__version__, 'gexf13': '1.3' in networkx.readwrite.gexf.GEXF.versions}))"], { encoding: "utf8" });
  return r.status === 0 ? { python, ...(JSON.parse(r.stdout) as { version: string; gexf13: boolean }) } : null;
}
const debian = probe("/usr/bin/python3");
const onPath = probe("python3");
const clients = [debian, onPath?.version !== debian?.version ? onPath : null].filter((c): c is NetworkX => c !== null);
if (!debian) {
  const message = "networkx: /usr/bin/python3 with networkx not found (apt-get install python3-networkx); the distribution's NetworkX tests SKIPPED";
  if (process.env.SUPPLY_ATLAS_REQUIRE_BROWSER === "1") throw new Error(`${message} — but SUPPLY_ATLAS_REQUIRE_BROWSER=1 requires them`);
  console.warn(`\n${"#".repeat(message.length + 4)}\n# ${message} #\n${"#".repeat(message.length + 4)}\n`);
}

// Prints what NetworkX read: every node's and edge's attributes, as JSON.
const READ = `
import sys, json, networkx as nx
kind, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == "gexf" else nx.read_graphml(path)
out = {"directed": g.is_directed(), "nodes": {n: {k: v for k, v in d.items() if k != "viz"} for n, d in g.nodes(data=True)},
       "edges": [[u, v, {k: v2 for k, v2 in d.items() if k not in ("spells",)}, d.get("spells")] for u, v, d in g.edges(data=True)],
       "graph": {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float))}}
print(json.dumps(out, ensure_ascii=False))
`;

type Read = {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>, Array<[number, number]> | null]>;
  graph: Record<string, unknown>;
};

const dir = mkdtempSync(join(tmpdir(), "supply-atlas-nx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function networkxRead(python: string, kind: "gexf" | "graphml", name: string, data: string | Uint8Array): Read {
  const path = join(dir, name);
  writeFileSync(path, data);
  const r = spawnSync(python, ["-c", READ, kind, path], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`networkx failed on ${name}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Read;
}

const sample = ["companies.csv", "links.csv"].map((n): InputFile => ({ name: n, bytes: new Uint8Array(readFileSync(new URL(`../../../data/sample/${n}`, import.meta.url))) }));

const dataset = readFiles(sample);

describe.each(clients)("NetworkX $version ($python) reads our exports", ({ python, gexf13 }) => {
  function expectSame(read: Read, format: "gexf" | "graphml") {
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes)).toHaveLength(dataset.companies.length);
    expect(read.edges).toHaveLength(dataset.links.length);
    for (const c of dataset.companies) {
      const n = read.nodes[c.id];
      expect(n, c.id).toBeDefined();
      expect(n).toMatchObject({ name: c.name, division: c.division });
      expect(typeof n?.m_pagerank).toBe("number");
      expect(Number.isInteger(n?.m_degree)).toBe(true);
    }
    const links = new Map(dataset.links.map((l) => [l.id, l]));
    const seen = read.edges.map(([u, v, d, spells]) => {
      const l = [...links.values()].find((x) => x.source === u && x.target === v && x.type === d.link_type && x.year === (d.year ?? spells?.[0]?.[0]));
      expect(l, `${u}->${v}`).toBeDefined();
      expect(d.amount).toBe(l?.weight);
      // GEXF's weight is Gephi's drawing weight, 1 to 10; GraphML has none.
      if (format === "gexf") expect([d.weight as number >= 1, d.weight as number <= 10]).toEqual([true, true]);
      else expect(d.weight).toBeUndefined();
      expect(d.illustrative).toBe(true);
      expect(typeof d.cross_division).toBe("boolean");
      return l?.id;
    });
    expect(new Set(seen).size).toBe(dataset.links.length);
  }

  it("GEXF 1.2draft, as the CLI writes it by default: same nodes, edges and values; link years as spells", () => {
    const [file] = exportDataset(sample, dataset, { format: "gexf", vintage: "2023" });
    expect(String(file!.data)).toContain('version="1.2"');
    const read = networkxRead(python, "gexf", "g12.gexf", file!.data);
    expectSame(read, "gexf");
    // Every sample link has a year: each edge has exactly one spell.
    expect(read.edges.every(([, , , spells]) => Array.isArray(spells) && spells.length === 1)).toBe(true);
  }, 60_000);

  it.skipIf(!gexf13)("GEXF 1.3, on request", () => {
    const [file] = exportDataset(sample, dataset, { format: "gexf", vintage: "2023", gexfVersion: "1.3" });
    expectSame(networkxRead(python, "gexf", "g13.gexf", file!.data), "gexf");
  }, 60_000);

  it("GraphML, as the CLI writes it, with the metadata as a graph attribute", () => {
    const [file] = exportDataset(sample, dataset, { format: "graphml", vintage: "2026-07" });
    const read = networkxRead(python, "graphml", "g.graphml", file!.data);
    expectSame(read, "graphml");
    const meta = JSON.parse(String(read.graph.supply_atlas_metadata)) as { vintage: string; sources: Array<{ sha256: string }> };
    expect(meta.vintage).toBe("2026-07");
    expect(meta.sources.map((s) => s.sha256)).toHaveLength(2);
  }, 60_000);
});
