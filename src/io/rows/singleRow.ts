// A row of the single-file shape: one link plus what it says about both companies
// ("supplier, supplier_division, buyer, buyer_division, ..."). Companies are created the first
// time they appear; later rows may fill gaps but never change what an earlier row said.

import { hasDivision, type Company } from "../../model/types.ts";
import { normaliseDivision } from "../../regions/normalise.ts";
import { fillCompany, readDivision, warnSameName } from "./companyRow.ts";
import { readLinkFields } from "./linkRow.ts";
import { foldName } from "../../model/companyNames.ts";
import { cell, type Table } from "./rowTable.ts";
import { placeMunicipality } from "./municipalityCell.ts";
import { cleanText } from "../text/values.ts";
import { fieldsNamed } from "../read/issues.ts";

type Role = "supplier" | "buyer";

interface End {
  role: Role;
  id: string;
  /** The known company, or the new one to add once the whole row has passed. */
  company: Company;
  isNew: boolean;
  divisionText: string;
  /** How the row wrote the company, when it found a known one. */
  ref: string;
  /** Known companies of the same name in other divisions, warned about when a new one is added. */
  namesakes: readonly Company[];
}

function planEnd(t: Table, row: number, cells: readonly string[], role: Role): End | null {
  const { log } = t.builder;
  const explicitId = cleanText(cell(t, cells, `${role}_id`));
  // Without a name column the id is all the row says about the company.
  const name = cleanText(cell(t, cells, role)) || explicitId;
  if (!name) {
    log.reject(t.file, row, "missing-id", role, undefined, fieldsNamed(role));
    return null;
  }
  const divisionText = cell(t, cells, `${role}_division`).trim() || cell(t, cells, `${role}_address`).trim();
  const codeSystem = t.cols.codeSystem[`${role}_division`] ?? "mois";
  const division = divisionText ? normaliseDivision(divisionText, { codeSystem }) : null;
  const known = (ref: string, company: Company): End => ({ role, id: company.id, company, isNew: false, divisionText, ref, namesakes: [] });

  if (explicitId) {
    // Explicit ids always win over names.
    const byId = t.builder.getCompany(explicitId);
    if (byId) return known(explicitId, byId);
  } else {
    // The same name in the same division is one company; in another division, another company.
    // Most rows repeat a name exactly as first written: that lookup skips folding the name.
    const exact = t.builder.companyNamed(name);
    if (exact && (!division || exact.division === division)) return known(name, exact);
    const same = t.builder.sameName(name);
    const twin = division ? same.find((c) => c.division === division) : same[0];
    if (twin) return known(name, twin);
    if (same.length > 0 && !division) {
      // An unreadable division cannot tell namesakes apart: the first is taken, as before.
      return known(name, same[0]!);
    }
  }
  // A company the row cannot place is still created, without a division (warned when the text is unknown).
  const placed = division ?? readDivision(t, row, divisionText, { codeSystem });
  const id = explicitId || t.builder.newIdFor(name, placed);
  const namesakes = t.builder.sameName(name);
  return { role, id, company: { id, name, division: placed, attributes: {} }, isNew: true, divisionText, ref: name, namesakes };
}

function commitEnd(t: Table, row: number, cells: readonly string[], end: End): void {
  const { company, role } = end;
  if (!end.isNew) {
    t.builder.noteReference(end.ref, company, t.file, row);
    if (end.divisionText) {
      const division = normaliseDivision(end.divisionText, { codeSystem: t.cols.codeSystem[`${role}_division`] ?? "mois" });
      if (!division) {
        t.builder.log.warn(t.file, row, "unknown-division", end.divisionText);
      } else if (!hasDivision(company.division)) {
        // A gap an earlier row left: filled, as the other company fields are.
        company.division = division;
      } else if (division !== company.division) {
        const detail = `${company.id}: ${company.division}, not ${division}`;
        t.builder.log.warn(t.file, row, "conflicting-division", detail);
      }
    }
  }
  fillCompany(company, {
    nameEn: cell(t, cells, `${role}_name_en`),
    municipality: cell(t, cells, `${role}_municipality`),
    industry: cell(t, cells, `${role}_industry`),
    tier: cell(t, cells, `${role}_tier`),
  });
  placeMunicipality(t, row, company, {
    municipality: cell(t, cells, `${role}_municipality`).trim(),
    code: cell(t, cells, `${role}_municipality_code`).trim(),
    address: cell(t, cells, `${role}_address`).trim(),
    divisionText: end.divisionText,
  });
  if (end.isNew) {
    warnSameName(t, row, company, end.namesakes);
    t.builder.addCompany(company);
  }
}

export function readSingleRow(t: Table, row: number, cells: readonly string[]): void {
  const supplier = planEnd(t, row, cells, "supplier");
  if (!supplier) return;
  const buyer = planEnd(t, row, cells, "buyer");
  if (!buyer) return;
  // Two spellings of one new company in one row ("(주)대한정밀" supplies "대한정밀", both in 경남).
  if (supplier.isNew && buyer.isNew && supplier.company.division === buyer.company.division && foldName(supplier.company.name) === foldName(buyer.company.name)) {
    return t.builder.log.reject(t.file, row, "self-link", `${supplier.company.name} = ${buyer.company.name}`);
  }
  const checked = readLinkFields(t, row, cells, supplier.id, buyer.id);
  if (!checked) return;
  commitEnd(t, row, cells, supplier);
  commitEnd(t, row, cells, buyer);
  t.builder.addLink(checked.link, checked.explicitId, supplier.company, buyer.company);
}
