import { describe, it, expect } from "vitest";
import { applyMapping, headerSignature, mappingFor, parseMappingText, resolveHead } from "../../../src/io/mapping/columnMapping.ts";
import { mapHeaders } from "../../../src/io/rows/headers.ts";
import { previewMapping } from "../../../src/io/mapping/preview.ts";
import { suggestLinkColumns } from "../../../src/io/mapping/suggest.ts";
import { companiesCsv, unknownLinksCsv, workbook } from "../../../scripts/lib/realFiles.ts";

describe("io/mapping: parse and look up", () => {
  it("parses field=header pairs and refuses unknown fields", () => {
    expect(parseMappingText("supplier=공급기업ID, buyer = 구매기업ID")).toEqual({ ok: true, mapping: { supplier: "공급기업ID", buyer: "구매기업ID" } });
    expect(parseMappingText("supplier=a,=b")).toMatchObject({ ok: false });
    expect(parseMappingText("seller=a")).toMatchObject({ ok: false });
  });

  it("finds a mapping by table name, then file name, then header signature, ignoring case and spaces", () => {
    const m = { supplier: "A" };
    expect(mappingFor({ "f.xlsx › 거래": m }, ["f.xlsx › 거래", "f.xlsx"], [])).toBe(m);
    expect(mappingFor({ "f.xlsx": m }, ["f.xlsx › 거래", "f.xlsx"], [])).toBe(m);
    expect(mappingFor({ [headerSignature(["업체 A", "업체_B"])]: m }, ["g.csv"], ["업체a", "업체B"])).toBe(m);
    expect(mappingFor({ [headerSignature(["업체A"])]: m }, ["g.csv"], ["업체A", "업체B"])).toBeUndefined();
    expect(mappingFor({ __proto__: m } as never, ["g.csv"], [])).toBeUndefined();
  });
});

describe("io/mapping: applying", () => {
  const headers = ["Source", "Target", "Type", "금액", "비고"];

  it("moves a field to the mapped column and leaves the column it had as an attribute", () => {
    const { cols, notFound } = applyMapping(mapHeaders(headers), headers, { type: "비고" });
    expect(notFound).toEqual([]);
    expect(cols.index).toEqual({ supplier: 0, buyer: 1, type: 4, weight: 3 });
    expect(cols.extra).toEqual([{ index: 2, name: "Type" }]);
  });

  it("takes a column from the field that had it, stops a field with '', and names headers it cannot find", () => {
    const { cols, notFound } = applyMapping(mapHeaders(headers), headers, { buyer: "Source", supplier: "target", weight: "", year: "연도" });
    expect(cols.index).toEqual({ buyer: 0, supplier: 1, type: 2 });
    expect(cols.extra.map((e) => e.name)).toEqual(["금액", "비고"]);
    expect(notFound).toEqual(["연도"]);
  });
});

describe("io/mapping: finding the header", () => {
  const rows = [["2024 협력 현황"], [], ["A사", "B사", "금액"], ["x", "y", "1"]];

  it("finds links lacking both ends in unknown headers, and the mapped header row below title rows with a mapping", () => {
    expect(resolveHead(rows)).toMatchObject({ headerIndex: 2, shape: "links", missing: ["supplier", "buyer"] });
    expect(resolveHead([["2024 협력 현황"], ["메모"]])).toMatchObject({ headerIndex: 0, shape: null });
    expect(resolveHead(rows, { supplier: "A사", buyer: "B사" })).toMatchObject({
      headerIndex: 2, shape: "links", missing: [], mapping: "given", columns: { supplier: "A사", buyer: "B사", weight: "금액" },
    });
  });

  it("reads Type as a link type when its values are link types, and as an attribute when they are directions", () => {
    const head = ["Source", "Target", "Type"];
    expect(resolveHead([head, ["a", "b", "생산"], ["a", "c", "Directed"]])?.columns).toHaveProperty("type", "Type");
    expect(resolveHead([head, ["a", "b", "Directed"], ["a", "c", "undirected"]])?.columns).not.toHaveProperty("type");
  });
});

describe("io/mapping: suggestion and preview", () => {
  it("suggests the two columns that most often name known companies, left one as supplier", () => {
    const known = new Set(["D1", "D2", "D3"]);
    const rows = [["1", "D2", "x", "D1"], ["2", "D3", "y", "D2"], ["3", "D9", "z", "D3"]];
    expect(suggestLinkColumns(["no", "to", "memo", "from"], rows, (r) => known.has(r))).toEqual({ supplier: "to", buyer: "from", sampled: 3, matched: 2 });
    expect(suggestLinkColumns(["no", "to"], rows, (r) => known.has(r))).toBeNull();
  });

  it("previews a mapping with the header, first rows and the counts with and without it", () => {
    const p = previewMapping(unknownLinksCsv(), { supplier: "업체A", buyer: "업체B" }, { context: [companiesCsv()], rows: 2 });
    expect(p.tables).toHaveLength(1);
    expect(p.tables[0]).toMatchObject({ file: "업체간.csv", headerRow: 1, headers: ["번호", "업체A", "업체B", "금액"], shape: "links", missing: [] });
    expect(p.tables[0]?.rows).toEqual([{ row: 2, cells: ["1", "D01", "D02", "10"] }, { row: 3, cells: ["2", "D03", "D02", "20"] }]);
    expect(p.counts).toEqual({ companies: 5, links: 3, rejected: 1, warnings: 0 });
    expect(p.without).toEqual({ companies: 5, links: 0, rejected: 1, warnings: 1 });
    expect(p.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([["업체간.csv", 5, "unknown-company"]]);
  });

  it("previews a table given as cells, and one sheet of a workbook", () => {
    const cells = previewMapping({ name: "t.csv", headers: ["회사", "도"], rows: [["=대한", "경남"], ["-오토", "울산"]] }, { division: "도" });
    expect(cells.counts).toMatchObject({ companies: 2, rejected: 0 });
    const sheet = previewMapping(workbook(), undefined, { table: "협력현황.xlsx › 거래", rows: 1 });
    expect(sheet.tables.map((t) => [t.file, t.headerRow, t.rows.map((r) => r.row)])).toEqual([["협력현황.xlsx › 거래", 3, [4]]]);
    expect(sheet.counts).toMatchObject({ companies: 3, links: 3 });
  });
});
