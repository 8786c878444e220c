// Any graph in: files shaped like Gephi Lite's samples (GEXF 1.2 / 1.3 with viz and dynamic
// attributes, GraphML with only x/y/tooltip keys, Gephi Lite's own JSON) load with every node
// as a company (without a division when the file gives none) and every edge as a link.
import { describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { previewMapping } from "../../../src/io/mapping/preview.ts";
import { NO_DIVISION } from "../../../src/model/types.ts";
import { brief, fixture, textFile } from "../helpers.ts";

const gephi = (name: string) => ({ ...fixture(`gephi/${name}`), name });

describe("io: an edge list alone", () => {
  it("makes its ends the companies, without divisions, and says so once", () => {
    const ds = readFiles([textFile("edges.csv", "Source,Target,Weight\nalice,bob,3\nbob,carol,1\ncarol,alice,2\nbob,bob,1\n")]);
    expect(ds.companies.map((c) => [c.name, c.division])).toEqual([["alice", NO_DIVISION], ["bob", NO_DIVISION], ["carol", NO_DIVISION]]);
    expect(ds.links.map((l) => [l.source, l.target, l.weight])).toEqual([
      [ds.companies[0]!.id, ds.companies[1]!.id, 3], [ds.companies[1]!.id, ds.companies[2]!.id, 1], [ds.companies[2]!.id, ds.companies[0]!.id, 2],
    ]);
    expect(brief(ds.report.rejected)).toEqual([["edges.csv", 5, "self-link"]]);
    expect(brief(ds.report.warnings)).toEqual([["edges.csv", 0, "missing-column"]]);
    expect(ds.report.warnings[0]!.message).toContain("no companies file");
  });

  it("still refuses links to companies no companies file names, when one is given", () => {
    const ds = readFiles([textFile("c.csv", "id,name,division\nA,가,서울\n"), textFile("l.csv", "source,target\nA,B\n")]);
    expect(ds.links).toEqual([]);
    expect(brief(ds.report.rejected)).toEqual([["l.csv", 2, "unknown-company"]]);
  });
});

describe("io: graphs from Gephi and Gephi Lite", () => {
  it("GEXF 1.2 with viz and no name or division: nodes named by label, else id", () => {
    const ds = readFiles([gephi("viz-1.2.gexf")]);
    expect(ds.companies.map((c) => [c.id, c.name, c.division])).toEqual([
      ["ada", "Ada Lovelace", NO_DIVISION], ["engine", "Analytical Engine", NO_DIVISION],
      ["babbage", "Charles Babbage", NO_DIVISION], ["notes", "notes", NO_DIVISION],
    ]);
    // Viz kept as attributes: the file's own drawing.
    expect(ds.companies[0]!.attributes).toMatchObject({ type: "person", degree: "2", x: "36.4", y: "-13.0", color: "#ac9643" });
    expect(ds.report).toMatchObject({ companies: 4, links: 3, crossProvinceLinks: 0, divisions: {} });
    expect(brief(ds.report.rejected)).toEqual([["viz-1.2.gexf", 4, "self-link"]]);
    // Its edge "type" is no link type (read as "other", with a warning); no type is "other" too.
    expect(ds.links.map((l) => l.type)).toEqual(["other", "other", "other"]);
  });

  it("GEXF 1.3, dynamic and undirected: loads with the undirected warning, first value of a changing attribute", () => {
    const ds = readFiles([gephi("dynamic-1.3.gexf")]);
    expect(ds.report).toMatchObject({ companies: 5, links: 6, crossProvinceLinks: 0, divisions: {} });
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings.map((w) => w.reason)).toEqual(["undirected-graph"]);
    expect(ds.companies[0]).toMatchObject({ name: "Hanbit Precision", division: NO_DIVISION });
    expect(ds.companies[0]!.attributes).toMatchObject({ score: "0.5", base: "경기도", modularity_class: "0" });
    expect(ds.links[0]).toMatchObject({ source: "n0", target: "n1", weight: 2, year: 2020 });
  });

  it("GraphML with only x, y and tooltip keys", () => {
    const ds = readFiles([gephi("positions-only.graphml")]);
    expect(ds.report).toMatchObject({ companies: 3, links: 3, crossProvinceLinks: 0 });
    expect(ds.companies.map((c) => c.name)).toEqual(["0", "1", "2"]);
    expect(ds.companies[0]!.attributes).toEqual({ x: "-922.2", tooltip: "LIT(lngx=-92.22,laty=34.73)", y: "-347.3" });
    expect(ds.report.warnings.map((w) => w.reason)).toEqual(["undirected-graph"]);
  });

  it("Gephi Lite's JSON workspace: node data, layout and edge data joined to the graph", () => {
    const ds = readFiles([gephi("gephi-lite-workspace.json")]);
    expect(ds.label).toBe("Les Miserables");
    expect(ds.report).toMatchObject({ companies: 4, links: 3, crossProvinceLinks: 0 });
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings.map((w) => w.reason)).toEqual(["undirected-graph"]);
    expect(ds.companies.map((c) => c.name)).toEqual(["Myriel", "Napoleon", "Mlle Baptistine", "3"]);
    expect(ds.companies[0]!.attributes).toMatchObject({ x: "-266.8", y: "-299.7", modularity_class: "0" });
    expect(ds.links.map((l) => [l.source, l.target, l.weight])).toEqual([["1", "0", 1], ["2", "0", 8], ["3", "2", undefined]]);
  });

  it("a broken Gephi Lite workspace: bad items and tables reported or ignored, the valid rest kept, no script run", () => {
    const workspace = {
      type: "gephi-lite",
      graphDataset: {
        nodeData: { a: { label: "<img src=x onerror=alert(1)>" }, b: "not an object", __proto__: { polluted: "yes" } },
        edgeData: [1, 2, 3],
        layout: null,
        fullGraph: {
          options: { type: "directed" },
          nodes: [{ key: "a" }, { key: "b" }, "just text", { attributes: { label: "no key" } }, { key: "c", attributes: { label: "Cee" } }],
          edges: [{ source: "a", target: "b" }, { source: "a", target: "nowhere" }, 42, { source: "c", target: "a" }],
        },
      },
    };
    const ds = readFiles([textFile("broken.json", JSON.stringify(workspace).replace('"polluted"', '"__proto__":{"x":1},"polluted"'))]);
    // a, b and c load; "b" has no data of its own, so its id names it. The label is text, never markup.
    expect(ds.companies.map((c) => [c.id, c.name])).toEqual([["a", "<img src=x onerror=alert(1)>"], ["b", "b"], ["c", "Cee"]]);
    expect(ds.links.map((l) => [l.source, l.target])).toEqual([["a", "b"], ["c", "a"]]);
    // The text node, the keyless node, the link to no node and the number are each reported by their place.
    expect(ds.report.rejected.map((i) => [i.file, i.row, i.reason, i.message])).toEqual([
      ["broken.json", 3, "malformed-row", "node 3: not an object"],
      ["broken.json", 4, "missing-id", "node 4: key is empty"],
      ["broken.json", 2, "unknown-company", "edge 2: link refers to unknown company 'nowhere'"],
      ["broken.json", 3, "malformed-row", "edge 3: not an object"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("a mapping names the node attribute that holds the division, for the preview and the read", () => {
    const file = gephi("dynamic-1.3.gexf");
    const before = previewMapping(file, undefined, { rows: 3 });
    const table = before.tables[0]!;
    expect(table.headers).toEqual(expect.arrayContaining(["id", "name", "score", "base", "modularity_class"]));
    expect(table.rows.map((r) => r.cells[table.headers.indexOf("name")])).toEqual(["Hanbit Precision", "Daehan Motors", "Busan Steel"]);
    expect(table.columns).toMatchObject({ id: "id", name: "name" });
    const after = previewMapping(file, { division: "base" });
    expect(after.tables[0]!.columns).toMatchObject({ division: "base" });
    expect(after.counts).toMatchObject({ companies: 5, links: 6 });
    const ds = readFiles([file], { mappings: { "dynamic-1.3.gexf": { division: "base" } } });
    expect(ds.companies.map((c) => c.division)).toEqual(["KR-41", "KR-31", "KR-26", "KR-49", NO_DIVISION]);
    expect(ds.report.divisions).toEqual({ "KR-26": 1, "KR-31": 1, "KR-41": 1, "KR-49": 1 });
    // n0-n1, n1-n2, n2-n3, n0-n2 cross; n3-n4 and n4-n0 have an unplaced end.
    expect(ds.report.crossProvinceLinks).toBe(4);
    expect(ds.report.files[0]).toMatchObject({ kind: "gexf" });
  });

  it("a company table with an address column takes the division and the municipality from it", () => {
    const csv = [
      "회사명,본사 소재지",
      "판교테크,경기도 성남시 분당구 판교역로 166",
      "서울소재,서울특별시 강남구 테헤란로 1",
      "나주에너지,전남 나주시 빛가람로 10",
      "Teheran Labs,\"123 Teheran-ro, Gangnam-gu, Seoul\"",
      "어딘가,경기북도 가상시 1",
    ].join("\n");
    const ds = readFiles([textFile("addresses.csv", csv)]);
    expect(ds.companies.map((c) => [c.name, c.division, c.municipality])).toEqual([
      ["판교테크", "KR-41", "성남시"], ["서울소재", "KR-11", "강남구"], ["나주에너지", "KR-46", "나주시"],
      ["Teheran Labs", "KR-11", "Gangnam-gu"], ["어딘가", NO_DIVISION, undefined],
    ]);
    // The address no division fits is said, and the company kept.
    expect(brief(ds.report.warnings)).toEqual([["addresses.csv", 6, "unknown-division"]]);
    expect(ds.report.files[0]!.columns).toMatchObject({ name: "회사명", division: "본사 소재지" });
    for (const header of ["주소", "address", "소재지", "사업장 주소"]) {
      const one = readFiles([textFile("a.csv", `name,${header}\nA,"서울특별시 중구 세종대로 110"\n`)]);
      expect(one.companies[0]?.division, header).toBe("KR-11");
    }
  });
});
