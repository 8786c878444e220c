// The import report as CSV, and the one rule for writing any CSV cell safely.

import type { ImportIssue, ImportReport } from "../model/types.ts";

// Cells starting with these are run as formulas by Excel, LibreOffice and Google Sheets
// (CSV injection); tab and CR are included because some spreadsheets strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell: neutralises formula-looking text with a leading apostrophe, then quotes when
 * needed. Numbers are written as they are: a negative number is data, not a formula.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(csvCell).join(",");
}

const COLUMNS = ["file", "row", "severity", "reason", "detail", "message"];

export interface ReportCsvOptions {
  /** Prefix a UTF-8 BOM so Korean Excel opens the file as UTF-8 rather than CP949. */
  bom?: boolean;
}

/** Rejected rows then warnings, with CRLF line ends as RFC 4180 and Excel expect. */
export function reportToCsv(report: ImportReport, opts: ReportCsvOptions = {}): string {
  const line = (issue: ImportIssue, severity: string) =>
    csvLine([issue.file, issue.row, severity, issue.reason, issue.detail, issue.message]);
  const lines = [
    csvLine(COLUMNS),
    ...report.rejected.map((i) => line(i, "rejected")),
    ...report.warnings.map((i) => line(i, "warning")),
  ];
  return (opts.bom ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
}
