// Import issues and their English sentences (the UI localises `reason` + `detail` itself;
// `message` is for the CLI and the CSV report).

import type { ImportIssue, IssueReason, NamedField } from "../../model/types.ts";

const q = (s: string) => `'${s.length > 80 ? s.slice(0, 77) + "..." : s}'`;

const MESSAGES: Record<IssueReason, (detail: string) => string> = {
  "unreadable-file": (d) => `file could not be read${d ? ` (${d})` : ""}`,
  "empty-file": () => "file has no data rows",
  "unknown-format": (d) => `format not recognised${d ? ` (${d})` : ""}`,
  "missing-column": (d) => `required column missing: ${d}`,
  "malformed-row": (d) => `row could not be parsed${d ? ` (${d})` : ""}`,
  "missing-name": () => "company name is empty",
  "missing-id": (d) => `${d || "id"} is empty`,
  "unknown-division": (d) => (d ? `unknown division ${q(d)}` : "division is empty"),
  "conflicting-division": (d) => `company already known with another division (${d}); first kept`,
  "ambiguous-municipality": (d) => `municipality names several places (${d}); company kept without a municipality`,
  "unknown-municipality": (d) => `unknown municipality ${q(d)}; company kept without a municipality`,
  "moved-municipality": (d) => `municipality moved to another province (${d}); placed where it is now`,
  "conflicting-municipality": (d) => `municipality lies in another division (${d}); division kept, municipality not placed`,
  "duplicate-id": (d) => `duplicate id ${q(d)}; first kept`,
  "unknown-company": (d) => `link refers to unknown company ${q(d)}`,
  "self-link": (d) => `company ${q(d)} linked to itself`,
  "bad-number": (d) => `not a non-negative number: ${q(d)}`,
  "decimal-mark": (d) => `number read by another row's decimal mark: ${q(d)}`,
  "bad-year": (d) => `not a year between 1900 and 2100: ${q(d)}`,
  "bad-coordinate": (d) => `coordinate outside Korea or not a number (${d}); coordinate dropped`,
  "unknown-link-type": (d) => `unknown link type ${q(d)}; read as 'other'`,
  encoding: (d) => `text may be garbled: ${d}`,
  "merged-company": (d) => `names of one company joined: ${d}`,
  "same-name": (d) => `same name as another company, kept apart: ${d}`,
  "column-suggestion": (d) => `columns that may be meant: ${d}`,
  "sheet-skipped": (d) => `sheet skipped${d ? `: ${q(d)}` : ""}`,
  "undirected-graph": () => "undirected graph: the direction of its links is unknown",
  "unlisted-division": (d) => `divisions not listed, each shown as a region of its own: ${d}`,
};

/** Each field of `names`, for an issue whose detail is exactly those fields (a missing column, an empty id). */
export const fieldsNamed = (...names: readonly string[]): NamedField[] => names.map((field) => ({ field }));

export function makeIssue(file: string, row: number, reason: IssueReason, detail: string, message?: string, named?: readonly NamedField[]): ImportIssue {
  const issue: ImportIssue = { file, row, reason, detail, message: message ?? MESSAGES[reason](detail) };
  if (named) issue.named = named;
  return issue;
}

/**
 * Collects issues in two lists; `rejected` rows were not loaded, `warnings` were loaded or are
 * facts. Files are read in phases (companies first), so `sorted` puts issues back in the order
 * a reader expects: by file as given, then by section (JSON nodes before edges), then by row.
 */
export class IssueLog {
  readonly rejected: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  /** Set by a reader that numbers rows from 1 again within one file (JSON nodes = 1, edges = 2). */
  section = 0;
  private readonly rejectedSections: number[] = [];
  private readonly warningSections: number[] = [];

  reject(file: string, row: number, reason: IssueReason, detail: string, message?: string, named?: readonly NamedField[]): void {
    this.rejected.push(makeIssue(file, row, reason, detail, message, named));
    this.rejectedSections.push(this.section);
  }

  warn(file: string, row: number, reason: IssueReason, detail: string, message?: string, named?: readonly NamedField[]): void {
    this.warnings.push(makeIssue(file, row, reason, detail, message, named));
    this.warningSections.push(this.section);
  }

  sorted(fileOrder: readonly string[]): { rejected: ImportIssue[]; warnings: ImportIssue[] } {
    const rank = new Map(fileOrder.map((name, i) => [name, i]));
    const sort = (list: ImportIssue[], sections: number[]) => {
      const keys = list.map((issue, i) => [rank.get(issue.file) ?? 0, sections[i] ?? 0, issue.row, i] as const);
      keys.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
      return keys.map((k) => list[k[3]]!);
    };
    return { rejected: sort(this.rejected, this.rejectedSections), warnings: sort(this.warnings, this.warningSections) };
  }
}
