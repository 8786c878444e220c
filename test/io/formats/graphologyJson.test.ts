import { describe, it, expect } from "vitest";
import type { Dataset } from "../../../src/model/types.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief, fixture, textFile } from "../helpers.ts";

describe("io/json: graphology files", () => {
  const ds = readFiles([fixture("graph.json")]);

  it("reads nodes as companies whatever the attribute spelling", () => {
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.files).toEqual([{ name: "graph.json", encoding: "utf-8", kind: "graphology-json", rows: 7 }]);
    expect(ds.companies[0]).toEqual({
      id: "C05",
      name: "구영테크",
      nameEn: "Gooyoung Tech",
      division: "KR-27",
      lat: 35.87,
      lon: 128.6,
      industry: "EV battery-pack cases",
      tier: "super-regional",
      attributes: { founded: "1990" },
    });
    expect(ds.companies[1]?.tier).toBe("super-regional");
    // "label" and "name_en" instead of "name" and "nameEn"; layout attributes kept as text.
    expect(ds.companies[2]).toEqual({ id: "C10", name: "다스코", nameEn: "DASCO", division: "KR-26", attributes: { x: "12.5", y: "-3" } });
    expect(ds.companies[3]?.division).toBe("KR-30");
  });

  it("reads edges as links, by key or by name, and takes graph attributes", () => {
    expect(ds.links).toEqual([
      { id: "e1", source: "C05", target: "C04", type: "production", weight: 1200, year: 2024, illustrative: true, attributes: {} },
      { id: "e2", source: "C10", target: "C05", type: "technology", weight: 350, year: 2024, illustrative: true, attributes: { color: "#f00" } },
      { id: "graph.json#3", source: "C06", target: "C10", type: "sales", illustrative: true, attributes: {} },
    ]);
    expect(ds.label).toBe("Super-regional sample (illustrative links)");
    expect(ds.illustrative).toBe(true);
  });

  it("reads back what a writer of the app's own format would write", () => {
    const original = readFiles([fixture("companies-ko.csv"), fixture("links-ko.csv")]);
    const written = textFile("export.json", JSON.stringify(toGraphologyJson(original)));
    const again = readFiles([written]);
    expect(again.report.rejected).toEqual([]);
    expect(again.companies).toEqual(original.companies);
    expect(again.links).toEqual(original.links);
  });

  it("rejects text that is not a graph", () => {
    const ds = readFiles([
      textFile("bad.json", "{ nodes: [ }"),
      textFile("list.json", "[1, 2]"),
      textFile("obj.json", '{"nodes": {"a": 1}}'),
    ]);
    expect(brief(ds.report.rejected)).toEqual([
      ["bad.json", 0, "unknown-format"],
      ["list.json", 0, "unknown-format"],
      ["obj.json", 0, "unknown-format"],
    ]);
  });

  it("loads nodes without a division as companies on no map, named by label, else key", () => {
    const ds = readFiles([textFile("nodiv.json", '{"nodes": [{"key": "a", "attributes": {"label": "A"}}, {"key": "b"}], "edges": [{"source": "a", "target": "b"}]}')]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies.map((c) => [c.id, c.name, c.division])).toEqual([["a", "A", ""], ["b", "b", ""]]);
    expect(ds.report).toMatchObject({ companies: 2, links: 1, crossProvinceLinks: 0, divisions: {} });
  });

  it("sniffs JSON content in a file without a .json name", () => {
    const ds = readFiles([textFile("graph", '{"nodes": [{"key": "a", "attributes": {"name": "A", "division": "KR-11"}}]}')]);
    expect(ds.companies).toHaveLength(1);
  });
});

describe("io/json: hostile content", () => {
  const ds = readFiles([fixture("hostile.json")]);

  it("does not pollute any prototype", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    for (const c of ds.companies) expect(Object.getPrototypeOf(c.attributes)).toBe(Object.prototype);
  });

  it("loads the sane nodes and edges and rejects the rest with their positions", () => {
    expect(ds.companies.map((c) => c.id)).toEqual(["a", "c", "12345678901234567000"]);
    expect(ds.companies[0]?.attributes).toEqual({ constructor: "x" });
    expect(ds.companies[1]?.lat).toBeUndefined(); // 1e400 is Infinity: not a coordinate
    expect(ds.companies[2]?.attributes).toEqual({ tags: '{"a":[1,2]}' });
    expect(ds.links).toHaveLength(1);
    expect(ds.links[0]?.weight).toBe(1e308);
    expect(brief(ds.report.rejected)).toEqual([
      ["hostile.json", 2, "malformed-row"], // nested object as name
      ["hostile.json", 3, "malformed-row"], // a string
      ["hostile.json", 4, "malformed-row"], // object as key
      ["hostile.json", 6, "malformed-row"], // attributes not an object
      ["hostile.json", 7, "malformed-row"], // array as division
      ["hostile.json", 8, "malformed-row"], // null
      ["hostile.json", 9, "missing-id"],
      ["hostile.json", 2, "bad-number"], // edges from here
      ["hostile.json", 3, "malformed-row"],
      ["hostile.json", 4, "unknown-company"],
      ["hostile.json", 5, "bad-year"],
      ["hostile.json", 6, "unknown-company"], // "__proto__"
      ["hostile.json", 7, "unknown-company"], // "constructor"
      ["hostile.json", 8, "malformed-row"],
    ]);
    expect(ds.report.rejected[0]?.message).toBe("node 2: 'name' is not a plain value");
    expect(ds.report.rejected[7]?.message).toMatch(/^edge 2: /);
    expect(brief(ds.report.warnings)).toEqual([["hostile.json", 5, "bad-coordinate"]]);
    expect(ds.label).toBe("hostile.json");
  });
});

/** What the app's future JSON writer is expected to write: canonical fields first, then extras. */
function toGraphologyJson(ds: Dataset) {
  return {
    attributes: { label: ds.label },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: ds.companies.map(({ id, attributes, ...fields }) => ({ key: id, attributes: { ...fields, ...attributes } })),
    edges: ds.links.map(({ id, source, target, attributes, ...fields }) => ({ key: id, source, target, attributes: { ...fields, ...attributes } })),
  };
}

describe("io/json: attribute spellings across nodes", () => {
  it("lets the canonical field win over a leftover spelling, whatever comes first", () => {
    const graph = {
      nodes: [
        { key: "a", attributes: { label: "", name: "가", kostat_code: "26" } },
        { key: "b", attributes: { label: "나", kostat_code: "21" } },
        { key: "c", attributes: { label: "별칭", name: "다", division: "서울" } },
      ],
    };
    const ds = readFiles([textFile("g.json", JSON.stringify(graph))]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies.map((c) => [c.name, c.division])).toEqual([
      ["가", "KR-31"],
      ["나", "KR-26"],
      ["다", "KR-11"],
    ]);
    expect(ds.companies[0]?.attributes).toEqual({ label: "" });
    expect(ds.companies[2]?.attributes).toEqual({ label: "별칭" });
  });
});
