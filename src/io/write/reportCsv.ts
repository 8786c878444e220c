// The import report as CSV.

import type { ImportIssue, ImportReport } from "../../model/types.ts";
import { csvLine } from "./csvCell.ts";

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
