// One number cell as people type it: its decimal mark, or the two readings when it is ambiguous; units from the header.
import { describe, expect, it } from "vitest";
import { headerMoneyUnit, numberForm, parseNumberCell, parseYearCell } from "../../../src/io/text/numbers.ts";

describe("io/numbers: one cell", () => {
  it.each([
    ["1234", { kind: "number", value: 1234, mark: null }],
    ["12,5", { kind: "number", value: 12.5, mark: "," }],
    ["1.234,5", { kind: "number", value: 1234.5, mark: "," }],
    ["1.234.567", { kind: "number", value: 1234567, mark: "," }],
    ["1,234.5", { kind: "number", value: 1234.5, mark: "." }],
    ["1,234,567", { kind: "number", value: 1234567, mark: "." }],
    ["0.125", { kind: "number", value: 0.125, mark: "." }],
    ["0,125", { kind: "number", value: 0.125, mark: "," }],
    ["1.000", { kind: "ambiguous", separator: ".", ifDot: 1, ifComma: 1000 }],
    ["1,000", { kind: "ambiguous", separator: ",", ifDot: 1000, ifComma: 1 }],
    ["1,2,3", { kind: "invalid" }],
    ["1.23.4", { kind: "invalid" }],
  ])("%j", (text, form) => {
    expect(numberForm(text)).toEqual(form);
  });

  it("reads typed amounts alone the Korean way, and refuses units it cannot place", () => {
    expect(parseNumberCell("１２３")).toBe(123);
    expect(parseNumberCell("₩ 1,234")).toBe(1234);
    expect(parseNumberCell("1,234원")).toBe(1234);
    expect(parseNumberCell("1.234,5")).toBe(1234.5);
    expect(parseNumberCell("-12,5")).toBe(-12.5);
    expect(parseNumberCell("12억원")).toBeNaN();
  });

  it.each([
    ["2023", 2023], ["２０２３", 2023], ["2023.0", 2023], ["2023년", 2023], ["2023년도", 2023], ["FY2023", 2023], ["fy 2023", 2023],
    ["2023.5", NaN], ["FY23", NaN], ["1899", NaN], ["2023-01", NaN],
  ])("year %j -> %d", (text, year) => {
    expect(parseYearCell(text)).toBe(year);
  });

  it("finds the money unit a header names", () => {
    expect(headerMoneyUnit("금액(억원)")).toMatchObject({ name: "억원", mul: 100, div: 1 });
    expect(headerMoneyUnit("거래금액 (백만원)")).toMatchObject({ mul: 1, div: 1 });
    expect(headerMoneyUnit("금액[천원]")).toMatchObject({ mul: 1, div: 1000 });
    expect(headerMoneyUnit("금액(단위: 만원)")).toMatchObject({ mul: 1, div: 100 });
    expect(headerMoneyUnit("Amount [KRW]")).toMatchObject({ mul: 1, div: 1e6 });
    expect(headerMoneyUnit("금액")).toBeNull();
    expect(headerMoneyUnit("시도(통계청)")).toBeNull();
  });
});
