// Files built like the ones planners actually bring (id-suffixed link columns, company forms
// in names, Gephi's spreadsheet export, Excel workbooks with title rows, hidden and notes
// sheets), generated at test time so the tests read real bytes through the app's readers.

import * as XLSX from "@e965/xlsx";
import type { InputFile } from "../../src/model/types.ts";
import { csvLine } from "../../src/io/write/csvCell.ts";

type Cell = string | number;

export const csvFile = (name: string, rows: ReadonlyArray<readonly Cell[]>): InputFile => ({
  name,
  bytes: new TextEncoder().encode(rows.map((r) => csvLine(r)).join("\r\n") + "\r\n"),
});

/** Five companies with explicit ids, their tiers written the many ways people write them. */
export const COMPANY_ROWS: ReadonlyArray<readonly Cell[]> = [
  ["기업ID", "회사명", "시도", "구분"],
  ["D01", "(주)대한정밀", "경상남도", "초광역 선도기업"],
  ["D02", "오토렉스", "울산", "Super-Regional Leading Company"],
  ["D03", "구영테크", "대구광역시", "지역혁신 선도기업"],
  ["D04", "다스코", "부산", "regional innovation leading company"],
  ["D05", "조인트리", "광주", "초광역권 선도기업"],
];

export function companiesCsv(): InputFile {
  return csvFile("기업목록.csv", COMPANY_ROWS);
}

/** Links naming companies by id only, under each family of id-suffixed headers. */
export function idLinksCsv(headers: readonly [string, string], name = "거래.csv"): InputFile {
  return csvFile(name, [
    [headers[0], headers[1], "거래유형", "금액"],
    ["D01", "D02", "생산", "1,200"],
    ["D03", "D02", "기술협력", "300"],
    ["D04", "D01", "판매", "50"],
    ["D05", "D03", "생산", ""],
    ["D09", "D03", "생산", "10"],
  ]);
}

/**
 * One links file carrying both companies, the same company written four ways in 경남 and a
 * namesake in 부산.
 */
export function namesLinksCsv(): InputFile {
  return csvFile("협력관계.csv", [
    ["공급기업", "공급지역", "수요기업", "수요지역", "거래유형"],
    ["(주)대한정밀", "경남", "오토렉스", "울산", "생산"],
    ["대한정밀", "경상남도", "오토렉스", "울산", "기술협력"],
    ["주식회사 대한정밀", "경남", "구영테크", "대구", "생산"],
    ["대한정밀 주식회사", "경남", "구영테크", "대구", "판매"],
    ["㈜대한정밀", "경남", "오토렉스", "울산", "판매"],
    ["대한정밀", "부산", "오토렉스", "울산", "생산"],
    ["Daehan Precision Co., Ltd.", "경남", "Daehan Precision", "경남", "생산"],
  ]);
}

/** Gephi's "Export table" of nodes and of edges: Id/Label, and Source/Target/Type(Directed)/…/Weight. */
export function gephiCsv(): InputFile[] {
  return [
    csvFile("nodes.csv", [
      ["Id", "Label", "timeset", "division"],
      ["D01", "대한정밀", "", "경남"],
      ["D02", "오토렉스", "", "울산"],
      ["D03", "구영테크", "", "대구"],
    ]),
    csvFile("edges.csv", [
      ["Source", "Target", "Type", "Id", "Label", "timeset", "Weight", "link_type"],
      ["D01", "D02", "Directed", "0", "", "", "1.0", "production"],
      ["D03", "D02", "Directed", "1", "", "", "2.5", "technology"],
      ["D02", "D01", "Undirected", "2", "", "", "1.0", "sales"],
    ]),
  ];
}

/** Links whose company columns no header table knows: nothing loads, the report suggests the columns. */
export function unknownLinksCsv(): InputFile {
  return csvFile("업체간.csv", [
    ["번호", "업체A", "업체B", "금액"],
    ["1", "D01", "D02", "10"],
    ["2", "D03", "D02", "20"],
    ["3", "D04", "D01", "30"],
    ["4", "D05", "D99", "40"],
  ]);
}

function sheet(rows: ReadonlyArray<ReadonlyArray<Cell | Date | XLSX.CellObject | null>>): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows as unknown[][], { cellDates: false, dateNF: "yyyy-mm-dd" });
}

export interface WorkbookOptions {
  bookType?: "xlsx" | "xls" | "ods";
  name?: string;
}

/**
 * A workbook as agencies send them: a merged title row and a blank row above each header,
 * companies and links on their own sheets, numeric ids, a date in the year column, a formula
 * whose cached value is the amount, a hidden sheet, an empty sheet and a notes sheet.
 */
export function workbook({ bookType = "xlsx", name = `협력현황.${bookType}` }: WorkbookOptions = {}): InputFile {
  const wb = XLSX.utils.book_new();
  const companies = sheet([
    ["2024년 선도기업 협력 현황"],
    [],
    ["기업코드", "회사명", "시도", "구분"],
    [101, "(주)대한정밀", "경남", "초광역 선도기업"],
    [102, "오토렉스", "울산", "지역혁신 선도기업"],
    [103, "구영테크", "대구", ""],
    [104, "", "부산", ""],
  ]);
  companies["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  XLSX.utils.book_append_sheet(wb, companies, "기업");
  const links = sheet([
    ["거래 내역 (단위: 백만원)"],
    [],
    ["공급기업코드", "수요기업코드", "거래유형", "거래금액(백만원)", "거래연도"],
    [101, 102, "생산", { t: "n", v: 350, f: "100+250" }, 2023],
    [103, 102, "기술협력", 1200.5, new Date(Date.UTC(2024, 4, 17))],
    [102, 101, "판매", 80, "2022년"],
    [101, 999, "생산", 10, 2023],
  ]);
  links["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  XLSX.utils.book_append_sheet(wb, links, "거래");
  XLSX.utils.book_append_sheet(wb, sheet([["공급기업코드", "수요기업코드"], [101, 103]]), "숨김");
  XLSX.utils.book_append_sheet(wb, sheet([]), "빈 시트");
  XLSX.utils.book_append_sheet(wb, sheet([["작성 기준"], ["2024-12-31 현재, 단위 백만원"]]), "설명");
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 0 }, { Hidden: 1 }, { Hidden: 0 }, { Hidden: 0 }] };
  const out = XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer;
  return { name, bytes: new Uint8Array(out) };
}

/** One sheet of the given rows as a workbook, for property tests and benches. */
export function sheetWorkbook(name: string, sheets: Record<string, ReadonlyArray<readonly Cell[]>>): InputFile {
  const wb = XLSX.utils.book_new();
  for (const [title, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, sheet(rows), title);
  return { name, bytes: new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer) };
}
