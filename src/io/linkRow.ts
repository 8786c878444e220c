// A links-file row to a link. Everything that can reject the row is checked before
// anything is warned about, so a rejected row gets exactly one issue.

import type { Company, Link } from "../model/types.ts";
import { isDirectionWord } from "./mapping.ts";
import { cell, extraAttributes, type Table } from "./table.ts";
import { cleanText, parseFlag, parseLinkType, parseNumber, parseYear } from "./values.ts";
import { fieldsNamed } from "./issues.ts";

export interface CheckedLink {
  link: Link;
  explicitId: boolean;
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
  const weightText = cell(t, cells, "weight").trim();
  const weight = weightText ? parseNumber(weightText) : undefined;
  if (weight !== undefined && !(weight >= 0)) {
    log.reject(t.file, row, "bad-number", weightText);
    return null;
  }
  const yearText = cell(t, cells, "year").trim();
  const year = yearText ? parseYear(yearText) : undefined;
  if (year !== undefined && Number.isNaN(year)) {
    log.reject(t.file, row, "bad-year", yearText);
    return null;
  }

  const typeText = cell(t, cells, "type").trim();
  let type = parseLinkType(typeText);
  if (!type) {
    // A direction ("Directed", Gephi's Type) that the header sample did not catch is no link type either.
    if (!isDirectionWord(typeText)) log.warn(t.file, row, "unknown-link-type", typeText);
    type = "other";
  }
  const link: Link = { id, source, target, type, attributes: extraAttributes(t, cells) };
  if (weight !== undefined) link.weight = weight;
  if (year !== undefined) link.year = year;
  if (parseFlag(cell(t, cells, "illustrative"))) link.illustrative = true;
  return { link, explicitId: explicitId !== "" };
}

interface ResolvedEnd {
  /** The text that found the company, reported when it is another spelling of the name. */
  ref: string;
  company: Company;
}

function resolveEnd(t: Table, row: number, cells: readonly string[], role: "supplier" | "buyer"): ResolvedEnd | null {
  // An id column ("공급기업ID") is asked first; the name column covers ids the file left empty.
  const idRef = cleanText(cell(t, cells, `${role}_id`));
  const nameRef = cleanText(cell(t, cells, role));
  if (!idRef && !nameRef) {
    t.builder.log.reject(t.file, row, "missing-id", role, undefined, fieldsNamed(role));
    return null;
  }
  const company = (idRef && t.builder.getCompany(idRef)) || t.builder.resolve(nameRef || idRef);
  if (!company) {
    t.builder.log.reject(t.file, row, "unknown-company", idRef || nameRef);
    return null;
  }
  return { ref: company.id === idRef ? idRef : nameRef || idRef, company };
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
  t.builder.addLink(checked.link, checked.explicitId);
}
