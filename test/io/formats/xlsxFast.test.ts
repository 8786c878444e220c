import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { readXlsxFast } from "../../../src/io/formats/xlsxFast.ts";
import { readWithSheetJs } from "../../../src/io/formats/xlsxSheets.ts";
import type { SheetRows } from "../../../src/io/formats/sheetRows.ts";
import { sheetWorkbook, workbook } from "../../../scripts/lib/realFiles.ts";

/** Sheets as what the readers see: each non-blank row by its sheet row number, trailing empty cells dropped. */
function seen(sheets: readonly SheetRows[]) {
  return sheets.map((s) => ({
    name: s.name,
    skipped: s.skipped,
    rows: s.rows.flatMap((cells, i) => {
      let end = cells.length - 1;
      while (end >= 0 && cells[end] === "") end--;
      return end === -1 ? [] : [[s.firstRow + i, ...cells.slice(0, end + 1)]];
    }),
  }));
}

describe("io/xlsxFast: the lean XLSX reader gives what SheetJS gives", () => {
  it("on the agency-style workbook (title rows, merges, numbers, a date, a formula, hidden, empty and notes sheets)", () => {
    const { bytes } = workbook();
    const fast = readXlsxFast(bytes);
    expect(fast).not.toBeNull();
    expect(seen(fast!)).toEqual(seen(readWithSheetJs(bytes)));
  });

  it("declines what it does not read (XLS, ODS, not a zip), so SheetJS reads those", () => {
    expect(readXlsxFast(workbook({ bookType: "xls" }).bytes)).toBeNull();
    expect(readXlsxFast(workbook({ bookType: "ods" }).bytes)).toBeNull();
    expect(readXlsxFast(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toBeNull();
  });

  it("on inline strings, booleans, errors and shared strings with markup characters", () => {
    const ws: XLSX.WorkSheet = {
      "!ref": "A1:D2",
      A1: { t: "s", v: "a & <b> \"c\" _x0041_" }, B1: { t: "b", v: true }, C1: { t: "e", v: 42 }, D1: { t: "n", v: 0.1 + 0.2 },
      A2: { t: "s", v: "줄\n바꿈" }, D2: { t: "n", v: 45429, z: "yyyy-mm-dd" },
    };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, "s");
    for (const bookSST of [true, false]) {
      const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", bookSST }) as ArrayBuffer);
      const fast = readXlsxFast(bytes);
      expect(fast).not.toBeNull();
      expect(seen(fast!)).toEqual(seen(readWithSheetJs(bytes)));
    }
  });

  it("on generated sheets of any text and numbers", () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), (rows) => {
        const { bytes } = sheetWorkbook("g.xlsx", { 시트: rows as Array<Array<string | number>> });
        const fast = readXlsxFast(bytes);
        expect(fast).not.toBeNull();
        expect(seen(fast!)).toEqual(seen(readWithSheetJs(bytes)));
      }),
      { numRuns: 30 },
    );
  });
});
