// Numbers as people type them, read by the column they stand in: decimal marks decided across
// the column, units from the header, ambiguous cells reported with their row.
import { describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief, textFile } from "../helpers.ts";

const COMPANIES = textFile("c.csv", "id,회사명,시도\nA,가,서울\nB,나,부산\n");

function weights(linksCsv: string) {
  const ds = readFiles([COMPANIES, textFile("l.csv", linksCsv)]);
  return { weights: ds.links.map((l) => l.weight), rejected: ds.report.rejected, ds };
}

describe("io/read: number columns", () => {
  it("reads a European column by the marks its other cells show", () => {
    const r = weights("공급기업;수요기업;금액\nA;B;1.234,5\nA;B;1.000\nB;A;12,5\nB;A;2.500.000\n");
    expect(r.weights).toEqual([1234.5, 1000, 12.5, 2500000]);
    expect(r.rejected).toEqual([]);
  });

  it("says when a cell is read by another row's decimal mark, naming both rows", () => {
    const r = weights('supplier,buyer,weight\nA,B,"1,234"\nA,B,7\nB,A,"1.234,5"\nA,B,"2,500"\n');
    expect(r.weights).toEqual([1.234, 7, 1234.5, 2.5]);
    expect(r.rejected).toEqual([]);
    expect(brief(r.ds.report.warnings)).toEqual([["l.csv", 2, "decimal-mark"]]);
    const [note] = r.ds.report.warnings;
    expect(note?.message).toContain("'1,234' in column 'weight' and 1 more cell(s) like it read as 1.234");
    expect(note?.message).toContain("'1.234,5' in row 4");
    // A column whose cells need no other row says nothing.
    expect(weights('supplier,buyer,weight\nA,B,"1,234,567"\nA,B,7\n').ds.report.warnings).toEqual([]);
  });

  it("reads '1,000' as a thousand and '1.5' as one and a half in a Korean column", () => {
    const r = weights('supplier,buyer,weight\nA,B,"1,000"\nA,B,1.5\nB,A,"1,234,567"\nB,A,1.000\n');
    expect(r.weights).toEqual([1000, 1.5, 1234567, 1]);
    expect(r.rejected).toEqual([]);
  });

  it("reports '1.000' when nothing in the column says what the point means", () => {
    const r = weights("supplier,buyer,weight\nA,B,1.000\nA,B,250\nB,A,2.500\n");
    expect(r.weights).toEqual([250]);
    expect(brief(r.rejected)).toEqual([["l.csv", 2, "bad-number"], ["l.csv", 4, "bad-number"]]);
    expect(r.rejected[0]?.message).toContain("could be 1000 or 1");
  });

  it("reports ambiguous cells in a column that uses both marks", () => {
    const r = weights('supplier,buyer,weight\nA,B,"12,5"\nA,B,1.5\nB,A,"1,000"\n');
    expect(r.weights).toEqual([12.5, 1.5]);
    expect(brief(r.rejected)).toEqual([["l.csv", 4, "bad-number"]]);
    expect(r.rejected[0]?.message).toContain("both '.' and ','");
  });

  it("stores amounts in 백만원, converting by the header's unit and by units typed in cells", () => {
    // "1,5" shows the column's decimal comma, so "₩2,000" is two 억원, not two thousand.
    const r = weights('공급기업,수요기업,금액(억원)\nA,B,12\nA,B,"1,5"\nB,A,3억원\nB,A,500백만원\nA,B,"₩2,000"\nA,B,１０\n');
    expect(r.weights).toEqual([1200, 150, 300, 500, 200, 1000]);
    expect(r.rejected).toEqual([]);
    const thousand = weights("공급기업,수요기업,금액(천원)\nA,B,1234\nA,B,500만원\n");
    expect(thousand.weights).toEqual([1.234, 5]);
  });

  it("reports a unit typed in a cell when the header names none", () => {
    const r = weights("supplier,buyer,금액\nA,B,12억원\nA,B,350\nA,B,1234원\n");
    expect(r.weights).toEqual([350, 1234]);
    expect(brief(r.rejected)).toEqual([["l.csv", 2, "bad-number"]]);
    expect(r.rejected[0]?.message).toContain("header");
  });

  it("reads years as people type them", () => {
    const ds = readFiles([COMPANIES, textFile("l.csv", "supplier,buyer,연도\nA,B,２０２３\nA,B,2023.0\nB,A,FY2024\nB,A,2024년도\nA,B,23\n")]);
    expect(ds.links.map((l) => l.year)).toEqual([2023, 2023, 2024, 2024]);
    expect(brief(ds.report.rejected)).toEqual([["l.csv", 6, "bad-year"]]);
  });

  it("reads coordinates with a decimal comma when the column shows one", () => {
    const ds = readFiles([textFile("c.csv", "회사명;시도;위도;경도\n가;서울;37,5665;126,978\n나;부산;35,180;129,075\n")]);
    expect(ds.companies.map((c) => [c.lat, c.lon])).toEqual([[37.5665, 126.978], [35.18, 129.075]]);
    expect(ds.report.warnings).toEqual([]);
  });

  it("reads a coordinate by the only reading that is a degree", () => {
    const ds = readFiles([textFile("c.csv", "회사명;시도;위도;경도\n가;서울;37,5665;126,978\n나;부산;35.180;129.075\n")]);
    expect(ds.companies.map((c) => [c.lat, c.lon])).toEqual([[37.5665, 126.978], [35.18, 129.075]]);
  });
});
