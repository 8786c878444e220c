// A row of the single-file shape: one link plus what it says about both companies
// ("supplier, supplier_division, buyer, buyer_division, ..."). Companies are created the first
// time they appear; later rows may fill gaps but never change what an earlier row said.

import type { Company } from "../model/types.ts";
import { normaliseDivision } from "../regions/normalise.ts";
import { fillCompany } from "./companyRow.ts";
import { readLinkFields } from "./linkRow.ts";
import { cell, type Table } from "./table.ts";
import { cleanText } from "./values.ts";

type Role = "supplier" | "buyer";

interface End {
  role: Role;
  id: string;
  /** The known company, or the new one to add once the whole row has passed. */
  company: Company;
  isNew: boolean;
  divisionText: string;
}

function planEnd(t: Table, row: number, cells: readonly string[], role: Role): End | null {
  const { log } = t.builder;
  const name = cleanText(cell(t, cells, role));
  if (!name) {
    log.reject(t.file, row, "missing-id", role);
    return null;
  }
  const explicitId = cleanText(cell(t, cells, `${role}_id`));
  const divisionText = cell(t, cells, `${role}_division`).trim();
  const known = explicitId ? t.builder.getCompany(explicitId) : t.builder.resolve(name);
  if (known) return { role, id: known.id, company: known, isNew: false, divisionText };
  if (!divisionText) {
    log.reject(t.file, row, "unknown-company", name, `unknown company '${name}' and no ${role} division to create it`);
    return null;
  }
  const division = normaliseDivision(divisionText, { codeSystem: t.cols.codeSystem[`${role}_division`] ?? "mois" });
  if (!division) {
    log.reject(t.file, row, "unknown-division", divisionText);
    return null;
  }
  const id = explicitId || name;
  return { role, id, company: { id, name, division, attributes: {} }, isNew: true, divisionText };
}

function commitEnd(t: Table, row: number, cells: readonly string[], end: End): void {
  const { company, role } = end;
  if (!end.isNew && end.divisionText) {
    const division = normaliseDivision(end.divisionText, { codeSystem: t.cols.codeSystem[`${role}_division`] ?? "mois" });
    if (!division) {
      t.builder.log.warn(t.file, row, "unknown-division", end.divisionText);
    } else if (division !== company.division) {
      const detail = `${company.id}: ${company.division}, not ${division}`;
      t.builder.log.warn(t.file, row, "conflicting-division", detail);
    }
  }
  fillCompany(company, {
    nameEn: cell(t, cells, `${role}_name_en`),
    municipality: cell(t, cells, `${role}_municipality`),
    industry: cell(t, cells, `${role}_industry`),
    tier: cell(t, cells, `${role}_tier`),
  });
  if (end.isNew) t.builder.addCompany(company);
}

export function readSingleRow(t: Table, row: number, cells: readonly string[]): void {
  const supplier = planEnd(t, row, cells, "supplier");
  if (!supplier) return;
  const buyer = planEnd(t, row, cells, "buyer");
  if (!buyer) return;
  const checked = readLinkFields(t, row, cells, supplier.id, buyer.id);
  if (!checked) return;
  commitEnd(t, row, cells, supplier);
  commitEnd(t, row, cells, buyer);
  t.builder.addLink(checked.link, checked.explicitId);
}
