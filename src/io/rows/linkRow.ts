// A links-file row to a link. Everything that can reject the row is checked before
// anything is warned about, so a rejected row gets exactly one issue.
//
// The checks of one value (a reference, an amount, a year, a link type) are functions of its
// text alone, exported so that the column-wise reader of typed files (columnarLinks.ts) can
// run each of them once per distinct value and still say exactly what this row path says.

import type { Company, IssueReason, Link, LinkType } from "../../model/types.ts";
import type { DatasetBuilder } from "../read/datasetBuilder.ts";
import { isDirectionWord } from "../mapping/columnMapping.ts";
import { cell, extraAttributes, type Table } from "./rowTable.ts";
import { cleanText, parseFlag, parseLinkType, parseNumber, parseYear } from "../text/values.ts";
import { fieldsNamed } from "../read/issues.ts";

export interface CheckedLink {
  link: Link;
  explicitId: boolean;
}

/** A cell's verdict: its value (undefined for an empty cell), or the reason the row is rejected. */
export type Checked<T> = { value: T | undefined } | { reject: IssueReason; detail: string };

const NO_VALUE = { value: undefined } as const;

/** An amount cell: empty, a non-negative number, or "bad-number". */
export function checkWeight(text: string): Checked<number> {
  const weightText = text.trim();
  if (!weightText) return NO_VALUE;
  const weight = parseNumber(weightText);
  return weight >= 0 ? { value: weight } : { reject: "bad-number", detail: weightText };
}

/** A year cell: empty, a year 1900-2100, or "bad-year". */
export function checkYear(text: string): Checked<number> {
  const yearText = text.trim();
  if (!yearText) return NO_VALUE;
  const year = parseYear(yearText);
  return Number.isNaN(year) ? { reject: "bad-year", detail: yearText } : { value: year };
}

/** A link-type cell: its type, and the text to warn about when it names none ("other" then). */
export function checkLinkType(text: string): { type: LinkType; unknown: string | null } {
  const typeText = text.trim();
  const type = parseLinkType(typeText);
  if (type) return { type, unknown: null };
  // A direction ("Directed", Gephi's Type) that the header sample did not catch is no link type either.
  return { type: "other", unknown: isDirectionWord(typeText) ? null : typeText };
}

/** Validates the link's own fields; returns null after logging when the row is rejected. */
export function readLinkFields(t: Table, row: number, cells: readonly string[], source: string, target: string): CheckedLink | null {
  const { log } = t.builder;
  if (source === target) {
    log.reject(t.file, row, "self-link", source);
    return null;
  }
  const explicitId = cleanText(cell(t, cells, "id"));
  const id = explicitId || `${t.file}#${row}`;
  if (t.builder.hasLink(id, explicitId !== "")) {
    log.reject(t.file, row, "duplicate-id", id);
    return null;
  }
  const weight = checkWeight(cell(t, cells, "weight"));
  if ("reject" in weight) {
    log.reject(t.file, row, weight.reject, weight.detail);
    return null;
  }
  const year = checkYear(cell(t, cells, "year"));
  if ("reject" in year) {
    log.reject(t.file, row, year.reject, year.detail);
    return null;
  }
  const { type, unknown } = checkLinkType(cell(t, cells, "type"));
  if (unknown !== null) log.warn(t.file, row, "unknown-link-type", unknown);
  const link: Link = { id, source, target, type, attributes: extraAttributes(t, cells) };
  if (weight.value !== undefined) link.weight = weight.value;
  if (year.value !== undefined) link.year = year.value;
  if (parseFlag(cell(t, cells, "illustrative"))) link.illustrative = true;
  return { link, explicitId: explicitId !== "" };
}

export interface ResolvedEnd {
  /** The text that found the company, reported when it is another spelling of the name. */
  ref: string;
  company: Company;
}

/** Why an end of a link names no company: no reference at all, or one no company answers to. */
export interface UnresolvedEnd {
  reject: "missing-id" | "unknown-company";
  detail: string;
}

/**
 * The company a link's end names by its id cell and its name cell (either may be absent, ""),
 * while no company is being added: every links table is read after all companies.
 */
export function resolveReference(builder: DatasetBuilder, idText: string, nameText: string, role: "supplier" | "buyer"): ResolvedEnd | UnresolvedEnd {
  // An id column ("공급기업ID") is asked first; the name column covers ids the file left empty.
  const idRef = cleanText(idText);
  const nameRef = cleanText(nameText);
  if (!idRef && !nameRef) return { reject: "missing-id", detail: role };
  const company = (idRef && builder.getCompany(idRef)) || builder.resolve(nameRef || idRef);
  if (!company) return { reject: "unknown-company", detail: idRef || nameRef };
  return { ref: company.id === idRef ? idRef : nameRef || idRef, company };
}

/** Logs why a row's end names no company. */
export function rejectEnd(t: Table, row: number, end: UnresolvedEnd): void {
  t.builder.log.reject(t.file, row, end.reject, end.detail, undefined, end.reject === "missing-id" ? fieldsNamed(end.detail) : undefined);
}

function resolveEnd(t: Table, row: number, cells: readonly string[], role: "supplier" | "buyer"): ResolvedEnd | null {
  const end = resolveReference(t.builder, cell(t, cells, `${role}_id`), cell(t, cells, role), role);
  if ("company" in end) return end;
  rejectEnd(t, row, end);
  return null;
}

export function readLinkRow(t: Table, row: number, cells: readonly string[]): void {
  const source = resolveEnd(t, row, cells, "supplier");
  if (source === null) return;
  const target = resolveEnd(t, row, cells, "buyer");
  if (target === null) return;
  const checked = readLinkFields(t, row, cells, source.company.id, target.company.id);
  if (!checked) return;
  t.builder.noteReference(source.ref, source.company, t.file, row);
  t.builder.noteReference(target.ref, target.company, t.file, row);
  t.builder.addLink(checked.link, checked.explicitId, source.company, target.company);
}
