import { describe, it, expect } from "vitest";
import Papa from "papaparse";
import { reportToCsv } from "../../../src/io/write/reportCsv.ts";
import { csvCell } from "../../../src/io/write/csvCell.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { fixture, textFile } from "../helpers.ts";

describe("io/report: csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["다스코", "다스코"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["=1+2", "'=1+2"],
    ["+82 10", "'+82 10"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "\"'\rCR\""],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["", ""],
  ])("%j -> %s", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it("writes numbers, booleans and nothing as they are", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("io/report: reportToCsv", () => {
  it("lists rejected rows then warnings, and parses back to the same issues", () => {
    const ds = readFiles([fixture("broken-companies.csv"), textFile("=evil.csv", "회사명,시도\n가,=cmd|' /C calc'!A0\n")]);
    const csv = reportToCsv(ds.report);
    expect(csv.startsWith("file,row,severity,reason,detail,message\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(csv.trimEnd(), { delimiter: "," }).data;
    expect(rows).toHaveLength(1 + ds.report.rejected.length + ds.report.warnings.length);
    expect(rows[1]).toEqual(["broken-companies.csv", "3", "rejected", "missing-name", "X02", "company name is empty"]);
    expect(rows.at(-1)?.[2]).toBe("warning");
    // Nothing an attacker put in a file name or a cell starts a formula.
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain("'=evil.csv");
  });

  it("adds a BOM on request, for Korean Excel", () => {
    const report = readFiles([]).report;
    expect(reportToCsv(report, { bom: true }).startsWith("\ufefffile,")).toBe(true);
    expect(reportToCsv(report)).toBe("file,row,severity,reason,detail,message\r\n");
  });
});
