import { describe, it, expect } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief, fixture, textFile } from "../helpers.ts";

describe("io/csv: companies files", () => {
  it("reads Korean headers (UTF-8) with every company field", () => {
    const ds = readFiles([fixture("companies-ko.csv")]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings).toEqual([]);
    expect(ds.companies).toHaveLength(10);
    expect(ds.companies[0]).toEqual({
      id: "C01",
      name: "서울에프앤비",
      nameEn: "Seoul F&B",
      division: "KR-42",
      municipality: "횡성군",
      municipalityCode: "51730",
      lat: 37.49,
      lon: 127.98,
      industry: "유제품, 발효유, 건강식품, 음료",
      tier: "super-regional",
      attributes: { 비고: "" },
    });
    expect(ds.companies.find((c) => c.id === "C07")?.attributes).toEqual({ 비고: "섬유업체 HUVIS와 다른 회사" });
    expect(ds.report.files).toEqual([
      {
        name: "companies-ko.csv", encoding: "utf-8", kind: "companies", rows: 10, mapping: "detected",
        columns: { id: "기업ID", name: "회사명", name_en: "영문명", division: "시도", municipality: "시군구", lat: "위도", lon: "경도", industry: "업종", tier: "구분" },
      },
    ]);
    expect(ds.report.divisions).toEqual({ "KR-26": 1, "KR-27": 1, "KR-29": 1, "KR-30": 2, "KR-31": 1, "KR-50": 1, "KR-42": 2, "KR-43": 1 });
  });

  it("reads the same file saved as CP949 with CRLF line ends", () => {
    const utf8 = readFiles([fixture("companies-ko.csv")]);
    const cp949 = readFiles([fixture("companies-ko.cp949.csv")]);
    expect(cp949.report.files[0]?.encoding).toBe("euc-kr");
    expect(cp949.companies).toEqual(utf8.companies);
  });

  it("reads English headers and English division spellings from a UTF-8 file with BOM", () => {
    const ds = readFiles([fixture("companies-en.bom.csv")]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.files[0]).toMatchObject({ encoding: "utf-8-bom", kind: "companies", rows: 11 });
    const division = Object.fromEntries(ds.companies.map((c) => [c.id, c.division]));
    expect(division).toEqual({
      B01: "KR-26", B02: "KR-26", D01: "KR-27", D02: "KR-27", G01: "KR-29", J01: "KR-49", J02: "KR-49",
      K01: "KR-42", N01: "KR-45", N02: "KR-45", S01: "KR-50",
    });
    expect(ds.companies.every((c) => c.tier === "regional-innovation")).toBe(true);
    expect(ds.companies[0]?.id).toBe("B01"); // the BOM did not stick to the first header
  });

  it("reads quoted commas and quoted newlines, numbering rows by record", () => {
    const ds = readFiles([fixture("quoted.csv")]);
    expect(ds.companies.map((c) => c.name)).toEqual(["주식회사 가, 나", "두 줄 회사", "정상"]);
    expect(ds.companies[0]?.industry).toBe("기계, 부품");
    expect(ds.companies[1]?.industry).toBe('첫 줄\n둘째 줄 "인용"');
    // Physical line 7, but record 5: the quoted newlines above do not count.
    expect(brief(ds.report.rejected)).toEqual([["quoted.csv", 5, "missing-name"]]);
  });

  it("finds the header below title rows and keeps spreadsheet row numbers", () => {
    const text = "2024년 협력기업 현황\n\n회사명,시도\n가,서울\n나,경기북도\n";
    const ds = readFiles([textFile("titled.csv", text)]);
    expect(ds.companies.map((c) => [c.name, c.division])).toEqual([["가", "KR-11"], ["나", ""]]);
    expect(brief(ds.report.warnings)).toEqual([["titled.csv", 5, "unknown-division"]]);
  });

  it("reads tab- and semicolon-separated text", () => {
    const tsv = readFiles([textFile("a.tsv", "name\tdivision\n가, 주식회사\t서울\n")]);
    expect(tsv.companies[0]).toMatchObject({ name: "가, 주식회사", division: "KR-11" });
    const ssv = readFiles([textFile("b.csv", "name;division;lat;lon\n나;부산;35,1;129\n")]);
    expect(ssv.companies[0]).toMatchObject({ name: "나", division: "KR-26" });
  });

  it("uses the code system named by the header", () => {
    const text = "회사명,통계청코드\n가,26\n";
    expect(readFiles([textFile("k.csv", text)]).companies[0]?.division).toBe("KR-31");
    const mois = "회사명,시도코드\n가,26\n나,50\n";
    expect(readFiles([textFile("m.csv", mois)]).companies.map((c) => c.division)).toEqual(["KR-26", "KR-49"]);
  });

  it("keeps a link-looking column of a companies file as an attribute", () => {
    const ds = readFiles([textFile("c.csv", "회사명,시도,유형\n가,서울,제조업\n")]);
    expect(ds.companies[0]?.attributes).toEqual({ 유형: "제조업" });
  });
});

describe("io/csv: broken companies file", () => {
  const ds = readFiles([fixture("broken-companies.csv")]);

  it("rejects exactly the bad rows, at their spreadsheet row numbers", () => {
    expect(brief(ds.report.rejected)).toEqual([
      ["broken-companies.csv", 3, "missing-name"],
      ["broken-companies.csv", 5, "duplicate-id"],
      ["broken-companies.csv", 11, "malformed-row"],
    ]);
  });

  it("keeps a company whose division it cannot place, without one, and says so", () => {
    const warning = ds.report.warnings.find((w) => w.reason === "unknown-division");
    expect(warning).toMatchObject({ row: 4, detail: "경기북도", message: "unknown division '경기북도': company kept without a division (not on the map)" });
    expect(ds.companies.find((c) => c.id === "X03")?.division).toBe("");
  });

  it("keeps every good row around the bad ones", () => {
    expect(ds.companies.map((c) => c.id)).toEqual(["X01", "X03", "X04", "X05", "X06", "X07", "X09"]);
    expect(ds.companies[0]?.name).toBe("좋은기업1"); // the duplicate X01 on row 5 did not replace it
  });

  it("drops, or swaps back, bad coordinates but keeps the company", () => {
    expect(brief(ds.report.warnings)).toEqual([
      ["broken-companies.csv", 4, "unknown-division"],
      ["broken-companies.csv", 6, "bad-coordinate"],
      ["broken-companies.csv", 8, "bad-coordinate"],
      ["broken-companies.csv", 12, "bad-coordinate"],
    ]);
    const byId = Object.fromEntries(ds.companies.map((c) => [c.id, c]));
    expect(byId.X04?.lat).toBeUndefined();
    expect(byId.X06).toMatchObject({ lat: 35.87, lon: 128.6 });
    expect(byId.X09?.lon).toBeUndefined();
  });

  it("counts data records, not blank lines, as rows", () => {
    expect(ds.report.files[0]?.rows).toBe(10);
  });
});

describe("io/csv: whole-file problems", () => {
  it("reports a links file without a buyer column once, as row 0", () => {
    const ds = readFiles([fixture("links-missing-buyer.csv")]);
    expect(ds.report.rejected).toEqual([
      expect.objectContaining({ file: "links-missing-buyer.csv", row: 0, reason: "missing-column", detail: "buyer" }),
    ]);
    expect(ds.report.files[0]?.kind).toBe("links");
  });

  it("reports a links file with neither supplier nor buyer", () => {
    const ds = readFiles([textFile("l.csv", "type,weight,year\nsales,1,2023\n")]);
    expect(ds.report.rejected[0]).toMatchObject({ row: 0, reason: "missing-column", detail: "supplier, buyer" });
  });

  it("reports unknown formats, empty files and binary files", () => {
    const ds = readFiles([
      fixture("unknown-format.csv"),
      fixture("empty.csv"),
      textFile("blank.csv", " \n\n"),
      { name: "x.bin", bytes: new Uint8Array([0x41, 0, 0x42, 0]) },
      { name: "book.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]) },
    ]);
    expect(brief(ds.report.rejected)).toEqual([
      ["unknown-format.csv", 0, "unknown-format"],
      ["empty.csv", 0, "empty-file"],
      ["blank.csv", 0, "empty-file"],
      ["x.bin", 0, "unreadable-file"],
      // A zip named .xlsx goes to the workbook reader, which says it cannot read it.
      ["book.xlsx", 0, "unreadable-file"],
    ]);
  });

  it("warns about a header with no data rows", () => {
    const ds = readFiles([textFile("h.csv", "회사명,시도\n")]);
    expect(brief(ds.report.warnings)).toEqual([["h.csv", 0, "empty-file"]]);
  });

  it("warns, on its row, when CP949 decoding met bytes it could not map", () => {
    // 0xC9 0x41 is not a CP949 pair; the rest of the file is fine.
    const bytes = new Uint8Array([...new TextEncoder().encode("name,division\nA,Seoul\nB"), 0xc9, 0x41, 0xff, 0xff, 0x2c, 0x42, 0x75, 0x73, 0x61, 0x6e]);
    const ds = readFiles([{ name: "odd.csv", bytes }]);
    expect(ds.report.files[0]?.encoding).toBe("euc-kr");
    expect(brief(ds.report.warnings)).toEqual([["odd.csv", 3, "encoding"]]);
    expect(ds.companies.map((c) => c.division)).toEqual(["KR-11", "KR-26"]);
  });
});
