import { describe, it, expect } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { companiesCsv, csvFile, gephiCsv, idLinksCsv, namesLinksCsv, unknownLinksCsv, workbook } from "../../../scripts/lib/realFiles.ts";
import { brief } from "../helpers.ts";

const ends = (ds: ReturnType<typeof readFiles>) => ds.links.map((l) => [l.source, l.target, l.type]);

describe("io: real files — links that name companies by id columns", () => {
  it.each([
    ["공급기업ID", "구매기업ID"],
    ["supplier_id", "buyer_id"],
    ["source_id", "target_id"],
    ["from_id", "to_id"],
    ["seller_code", "customer_code"],
    ["공급기업코드", "수요기업코드"],
    ["공급기업번호", "구매기업번호"],
    ["공급기업 사업자등록번호", "구매기업 사업자등록번호"],
  ] as const)("%s / %s", (supplier, buyer) => {
    const ds = readFiles([companiesCsv(), idLinksCsv([supplier, buyer])]);
    expect(ends(ds)).toEqual([
      ["D01", "D02", "production"],
      ["D03", "D02", "technology"],
      ["D04", "D01", "sales"],
      ["D05", "D03", "production"],
    ]);
    expect(brief(ds.report.rejected)).toEqual([["거래.csv", 6, "unknown-company"]]);
    expect(ds.report.files[1]?.columns).toMatchObject({ supplier_id: supplier, buyer_id: buyer });
  });

  it("reads every tier spelling of the companies file as a canonical tier", () => {
    const ds = readFiles([companiesCsv()]);
    expect(ds.companies.map((c) => c.tier)).toEqual(["super-regional", "super-regional", "regional-innovation", "regional-innovation", "super-regional"]);
  });
});

describe("io: real files — one company written several ways", () => {
  const ds = readFiles([namesLinksCsv()]);

  it("joins the spellings in one division and keeps the namesake in another", () => {
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([
      ["(주)대한정밀", "KR-48"], ["오토렉스", "KR-31"], ["구영테크", "KR-27"], ["대한정밀", "KR-26"],
    ]);
    expect(ds.links.map((l) => l.source)).toEqual(["(주)대한정밀", "(주)대한정밀", "(주)대한정밀", "(주)대한정밀", "(주)대한정밀", "대한정밀"]);
  });

  it("lists each joined spelling once, with its row, and the namesake", () => {
    expect(ds.report.warnings.map((i) => [i.row, i.reason, i.detail])).toEqual([
      [3, "merged-company", "대한정밀 = (주)대한정밀"],
      [4, "merged-company", "주식회사 대한정밀 = (주)대한정밀"],
      [5, "merged-company", "대한정밀 주식회사 = (주)대한정밀"],
      [6, "merged-company", "㈜대한정밀 = (주)대한정밀"],
      [7, "same-name", "대한정밀: (주)대한정밀 (KR-48)"],
    ]);
  });

  it("rejects a row whose two ends are spellings of one new company as a self-link", () => {
    expect(brief(ds.report.rejected)).toEqual([["협력관계.csv", 8, "self-link"]]);
  });

  it("keeps companies with explicit ids apart even when their names match, and says so", () => {
    const text = ["id,name,division", "A1,(주)대한정밀,경남", "A2,대한정밀,경남", "A3,대한정밀,경남"].join("\n");
    const three = readFiles([{ name: "c.csv", bytes: new TextEncoder().encode(text) }]);
    expect(three.companies.map((c) => c.id)).toEqual(["A1", "A2", "A3"]);
    expect(brief(three.report.warnings)).toEqual([["c.csv", 3, "same-name"], ["c.csv", 4, "same-name"]]);
  });

  it("joins a companies file's rows without ids by name and division, filling gaps", () => {
    const text = ["name,division,industry", "(주)대한정밀,경남,", "대한정밀,경남,부품", "대한정밀,부산,금형"].join("\n");
    const c = readFiles([{ name: "c.csv", bytes: new TextEncoder().encode(text) }]);
    expect(c.companies.map((x) => [x.id, x.division, x.industry])).toEqual([["(주)대한정밀", "KR-48", "부품"], ["대한정밀", "KR-26", "금형"]]);
    expect(brief(c.report.warnings)).toEqual([["c.csv", 3, "merged-company"], ["c.csv", 4, "same-name"]]);
  });

  it("resolves a links file's differently written name and reports the spelling once", () => {
    const companies = ["id,name,division", "K1,대한정밀,경남", "K2,오토렉스,울산"].join("\n");
    const links = ["supplier,buyer", "(주)대한정밀,오토렉스", "(주)대한정밀,오토렉스", "대한정밀㈜,K2"].join("\n");
    const enc = (s: string) => new TextEncoder().encode(s);
    const r = readFiles([{ name: "c.csv", bytes: enc(companies) }, { name: "l.csv", bytes: enc(links) }]);
    expect(r.links.map((l) => [l.source, l.target])).toEqual([["K1", "K2"], ["K1", "K2"], ["K1", "K2"]]);
    expect(r.report.warnings.map((i) => [i.row, i.reason, i.detail])).toEqual([
      [2, "merged-company", "(주)대한정밀 = 대한정밀"],
      [4, "merged-company", "대한정밀㈜ = 대한정밀"],
    ]);
  });
});

describe("io: real files — a name that fits companies in two divisions", () => {
  it("links to the first and says so once per file", () => {
    const companies = csvFile("c.csv", [["id", "name", "division"], ["K1", "대한정밀", "경남"], ["K2", "(주)대한정밀", "부산"], ["K3", "오토렉스", "울산"]]);
    const links = csvFile("l.csv", [["supplier", "buyer"], ["대한정밀", "오토렉스"], ["대한정밀", "오토렉스"], ["㈜대한정밀", "K3"]]);
    const ds = readFiles([companies, links]);
    expect(ds.links.map((l) => l.source)).toEqual(["K1", "K1", "K1"]);
    expect(ds.report.warnings.map((i) => [i.file, i.row, i.reason, i.detail])).toEqual([
      ["c.csv", 3, "same-name", "(주)대한정밀: K1 (KR-48)"],
      ["l.csv", 2, "same-name", "대한정밀: K1 (KR-48), K2 (KR-26)"],
      ["l.csv", 4, "merged-company", "㈜대한정밀 = 대한정밀"],
    ]);
  });
});

describe("io: real files — Gephi's spreadsheet export", () => {
  it("reads Type=Directed/Undirected as a direction attribute and the link type from its own column", () => {
    const ds = readFiles(gephiCsv());
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings).toEqual([]);
    expect(ds.links.map((l) => [l.id, l.source, l.target, l.type, l.weight, l.attributes.Type])).toEqual([
      ["0", "D01", "D02", "production", 1, "Directed"],
      ["1", "D03", "D02", "technology", 2.5, "Directed"],
      ["2", "D02", "D01", "sales", 1, "Undirected"],
    ]);
  });

  it("reads links as 'other' without a warning per row when Type is the only type-like column", () => {
    const [nodes, edges] = gephiCsv();
    const text = new TextDecoder().decode(edges!.bytes).replace(/,link_type|,(production|technology|sales)(?=\r\n)/g, "");
    const ds = readFiles([nodes!, { name: "edges.csv", bytes: new TextEncoder().encode(text) }]);
    expect(ds.links.map((l) => l.type)).toEqual(["other", "other", "other"]);
    expect(ds.report.warnings).toEqual([]);
  });
});

describe("io: real files — direction words in a type column", () => {
  it("never reads a direction as a link type, even past the rows the header sample looks at", () => {
    const rows = [["id", "name", "division"], ["A", "가", "서울"], ["B", "나", "부산"]];
    const links = [["Source", "Target", "Type"], ...Array.from({ length: 60 }, () => ["A", "B", "생산"]), ["A", "B", "Directed"], ["B", "A", "물류"]];
    const ds = readFiles([csvFile("c.csv", rows), csvFile("e.csv", links)]);
    expect(ds.links.slice(-2).map((l) => l.type)).toEqual(["other", "other"]);
    expect(ds.report.warnings.map((i) => [i.row, i.reason, i.detail])).toEqual([[63, "unknown-link-type", "물류"]]);
  });
});

describe("io: real files — a links file with unknown columns", () => {
  it("loads no links but suggests the two columns that hold company ids", () => {
    const ds = readFiles([companiesCsv(), unknownLinksCsv()]);
    expect(ds.links).toEqual([]);
    expect(brief(ds.report.rejected)).toEqual([["업체간.csv", 0, "missing-column"]]);
    expect(ds.report.warnings.map((i) => [i.file, i.row, i.reason, i.detail])).toEqual([
      ["업체간.csv", 0, "column-suggestion", "supplier=업체A,buyer=업체B"],
    ]);
  });

  it("loads them with that mapping, by file name or by header signature", async () => {
    const { headerSignature } = await import("../../../src/io/mapping/columnMapping.ts");
    const mapping = { supplier: "업체A", buyer: "업체B" };
    const byName = readFiles([companiesCsv(), unknownLinksCsv()], { mappings: { "업체간.csv": mapping } });
    const bySignature = readFiles([companiesCsv(), unknownLinksCsv()], { mappings: { [headerSignature(["번호", "업체A", "업체B", "금액"])]: mapping } });
    for (const ds of [byName, bySignature]) {
      expect(ends(ds)).toEqual([["D01", "D02", "other"], ["D03", "D02", "other"], ["D04", "D01", "other"]]);
      expect(brief(ds.report.rejected)).toEqual([["업체간.csv", 5, "unknown-company"]]);
      expect(ds.report.files[1]).toMatchObject({ mapping: "given", columns: { supplier: "업체A", buyer: "업체B", weight: "금액" } });
    }
  });
});

describe("io: real files — workbooks", () => {
  it.each(["xlsx", "xls", "ods"] as const)("reads the companies and links sheets of a %s workbook", (bookType) => {
    const file = workbook({ bookType });
    const ds = readFiles([file]);
    const f = file.name;
    // SheetJS's ODS writer does not write sheet visibility, so there the hidden sheet is read.
    const hiddenRead = bookType === "ods";
    expect(ds.companies.map((c) => [c.id, c.name, c.division, c.tier])).toEqual([
      ["101", "(주)대한정밀", "KR-48", "super-regional"],
      ["102", "오토렉스", "KR-31", "regional-innovation"],
      ["103", "구영테크", "KR-27", undefined],
    ]);
    expect(ds.links.map((l) => [l.source, l.target, l.type, l.weight, l.year])).toEqual([
      ["101", "102", "production", 350, 2023],
      ["103", "102", "technology", 1200.5, 2024],
      ["102", "101", "sales", 80, 2022],
      ...(hiddenRead ? [["101", "103", "other", undefined, undefined]] : []),
    ]);
    expect(brief(ds.report.rejected)).toEqual([
      [`${f} › 기업`, 7, "missing-name"],
      [`${f} › 거래`, 7, "unknown-company"],
    ]);
    expect(brief(ds.report.warnings)).toEqual([
      ...(hiddenRead ? [] : [[`${f} › 숨김`, 0, "sheet-skipped"]]),
      [`${f} › 빈 시트`, 0, "sheet-skipped"],
      [`${f} › 설명`, 0, "sheet-skipped"],
    ]);
    expect(ds.report.files[0]).toMatchObject({ name: f, kind: "spreadsheet", rows: hiddenRead ? 9 : 8 });
    expect(ds.report.files[0]?.sheets?.map((s) => [s.sheet, s.kind, s.headerRow, s.rows, s.skipped])).toEqual([
      ["기업", "companies", 3, 4, undefined],
      ["거래", "links", 3, 4, undefined],
      hiddenRead ? ["숨김", "links", 1, 1, undefined] : ["숨김", "unknown", 0, 0, "hidden"],
      ["빈 시트", "unknown", 0, 0, "empty"],
      ["설명", "unknown", 1, 0, undefined],
    ]);
  });

  it("suggests columns for a links sheet that loaded nothing, naming the sheet", async () => {
    const { sheetWorkbook, COMPANY_ROWS } = await import("../../../scripts/lib/realFiles.ts");
    const links = [["업체A", "업체B"], ["D01", "D02"], ["D03", "D02"]];
    const ds = readFiles([sheetWorkbook("w.xlsx", { 기업: COMPANY_ROWS, 거래: links })]);
    expect(ds.companies).toHaveLength(5);
    expect(ds.report.warnings.map((i) => [i.file, i.row, i.reason, i.detail])).toEqual([
      ["w.xlsx › 거래", 0, "sheet-skipped", "no known columns"],
      ["w.xlsx › 거래", 0, "column-suggestion", "supplier=업체A,buyer=업체B"],
    ]);
    const mapped = readFiles([sheetWorkbook("w.xlsx", { 기업: COMPANY_ROWS, 거래: links })], { mappings: { "w.xlsx › 거래": { supplier: "업체A", buyer: "업체B" } } });
    expect(mapped.links.map((l) => [l.source, l.target])).toEqual([["D01", "D02"], ["D03", "D02"]]);
    expect(mapped.report.files[0]?.sheets?.[1]).toMatchObject({ kind: "links", mapping: "given" });
  });

  it("rejects a workbook with no readable sheet, naming the sheet", async () => {
    const { sheetWorkbook } = await import("../../../scripts/lib/realFiles.ts");
    const ds = readFiles([sheetWorkbook("notes.xlsx", { 메모: [["작성자", "날짜"], ["홍길동", "2024-01-01"]] })]);
    expect(brief(ds.report.rejected)).toEqual([["notes.xlsx › 메모", 0, "unknown-format"]]);
  });
});
