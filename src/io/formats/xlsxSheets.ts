// Spreadsheet workbooks (XLSX, XLSM, XLS, ODS) to tables of cell text, through SheetJS CE
// (@e965/xlsx, the 0.20.3 release republished: npm's `xlsx` 0.18.5 has known advisories).
// Only cached values are read: formulas are never evaluated, so a workbook computes nothing here.

import * as XLSX from "@e965/xlsx";
import { readXlsxFast } from "./xlsxFast.ts";
import type { SheetRows } from "./sheetRows.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as people write it: the day, plus the time when it has one. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : "";
  return day + time;
}

/** One cell's cached value as text: numbers in full (not as formatted), dates as ISO days. */
export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell) return "";
  const v = cell.v;
  switch (cell.t) {
    case "s":
      return typeof v === "string" ? v : String(v ?? "");
    case "n":
      if (typeof v !== "number") return "";
      // A date is a number with a date format; the formatted text would follow the file's locale.
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
        const p = XLSX.SSF.parse_date_code(v) as { y: number; m: number; d: number; H: number; M: number } | null;
        if (p) return dateText(new Date(Date.UTC(p.y, p.m - 1, p.d, p.H, p.M)));
      }
      return String(v);
    case "b":
      return v ? "true" : "false";
    case "d":
      return v instanceof Date ? dateText(v) : String(v ?? "");
    case "e":
      // #N/A, #REF!: the formula's error is no value; the row readers then say what is missing.
      return "";
    default:
      return "";
  }
}

/** Copies each merged range's value into every cell it covers (a name merged down several rows belongs to each). */
function spreadMerges(rows: string[][], merges: readonly XLSX.Range[] | undefined, r0: number): void {
  for (const m of merges ?? []) {
    const value = rows[m.s.r - r0]?.[m.s.c] ?? "";
    if (!value) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = rows[r - r0];
      if (!row) continue;
      for (let c = m.s.c; c <= m.e.c; c++) if (!row[c]) row[c] = value;
    }
  }
}

function sheetRows(ws: XLSX.WorkSheet): { rows: string[][]; firstRow: number } {
  const ref = ws["!ref"];
  if (!ref) return { rows: [], firstRow: 1 };
  const range = XLSX.utils.decode_range(ref);
  const data = (ws["!data"] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const src = data[r];
    const row: string[] = [];
    // Columns before the range start stay empty so indexes are the sheet's own columns.
    if (src) for (let c = range.s.c; c <= range.e.c; c++) row[c] = cellText(src[c]);
    for (let c = 0; c < range.s.c; c++) row[c] = "";
    rows.push(row.length ? Array.from(row, (x) => x ?? "") : []);
  }
  spreadMerges(rows, ws["!merges"], range.s.r);
  return { rows, firstRow: range.s.r + 1 };
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** Every sheet of a workbook, hidden and empty ones marked as skipped; throws what SheetJS throws. */
export function readWorkbook(bytes: Uint8Array): SheetRows[] {
  return readXlsxFast(bytes) ?? readWithSheetJs(bytes);
}

/** The same through SheetJS's workbook model: XLS, ODS, and any XLSX the lean reader is unsure of. */
export function readWithSheetJs(bytes: Uint8Array): SheetRows[] {
  const wb = XLSX.read(bytes, { type: "array", dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false });
  return wb.SheetNames.map((name, i) => {
    const position = i + 1;
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    if (hidden) return { name, position, skipped: hidden === 2 ? "very hidden" : "hidden", rows: [], firstRow: 1 };
    const ws = wb.Sheets[name];
    const { rows, firstRow } = ws ? sheetRows(ws) : { rows: [], firstRow: 1 };
    const skipped = rows.every(isBlankRow) ? "empty" : null;
    return { name, position, skipped, rows: skipped ? [] : rows, firstRow };
  });
}

const SHEET_NAME = /\.(xlsx|xlsm|xlsb|xls|ods|fods)$/i;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const starts = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** A workbook by its name, or an OLE file (old .xls), or a zip whose parts are a workbook's. */
export function looksLikeWorkbook(name: string, bytes: Uint8Array): boolean {
  if (SHEET_NAME.test(name)) return true;
  if (starts(bytes, OLE)) return true;
  if (!starts(bytes, ZIP)) return false;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return head.includes("xl/") || head.includes("opendocument.spreadsheet");
}
