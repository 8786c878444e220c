// Companies tables of typed files (Parquet, Arrow) loaded column by column, as columnarLinks.ts
// loads links. The row path (companyRow.ts through columnar.ts each()) makes a row of text
// cells per company and normalises its division text anew: 100k companies parse a few dozen
// division texts 100k times. Here a division text is normalised (and an address read for its
// municipality) once, a tier word parsed once, and no rows of cells are made.
//
// The checks after the division are companyRow.ts's own (addCompanyCells), on the text the
// row path gives each cell (columnarValues.ts), so the companies and every issue are the row
// path's. test/io/columnar/reader.property.test.ts holds the two to that.

import { NO_DIVISION, type DivisionCode } from "../../model/types.ts";
import { municipalityOfAddress } from "../../regions/address.ts";
import { normaliseDivision } from "../../regions/normalise.ts";
import { byValue, valuesOf, type ColumnAt } from "./links.ts";
import { valueText } from "./values.ts";
import { addCompanyCells, fillCompany, readDivision } from "../rows/companyRow.ts";
import type { Table } from "../rows/rowTable.ts";
import { parseTier } from "../text/tier.ts";
import { cleanText } from "../text/values.ts";

const PROGRESS_EVERY = 8192;

interface DivisionVerdict {
  text: string;
  /** null: a text no vintage places, warned about on each row that has it. */
  division: DivisionCode | null;
  /** What the text names as a municipality when it is an address. */
  municipality: string;
}

/** Loads every row of a companies table from its typed columns; the row path's companies and issues. */
export function readCompanyColumns(t: Table, rows: number, column: ColumnAt, progress: (fraction: number) => void): void {
  const { builder, file, cols } = t;
  const codeSystem = { codeSystem: cols.codeSystem.division ?? "mois" };
  const valuesAt = (i: number | undefined) => {
    const c = column(i);
    return c ? valuesOf(c) : undefined;
  };
  const textAt = (i: number | undefined): ((r: number) => string) => {
    const values = valuesAt(i);
    return values ? (r) => valueText(values[r]) : () => "";
  };
  const ids = textAt(cols.index.id);
  const names = textAt(cols.index.name);
  const nameEn = textAt(cols.index.name_en);
  const municipality = textAt(cols.index.municipality);
  const municipalityCode = textAt(cols.index.municipality_code);
  const address = textAt(cols.index.address);
  const industry = byValue(column(cols.index.industry), valueText);
  const tier = byValue(column(cols.index.tier), valueText);
  const lat = textAt(cols.index.lat);
  const lon = textAt(cols.index.lon);
  const verdict = (v: unknown): DivisionVerdict => {
    const text = valueText(v).trim();
    // What readDivision's normaliser says of the text, once; its warning is given per row below.
    const division = text ? normaliseDivision(text, codeSystem) : NO_DIVISION;
    return { text, division, municipality: division ? municipalityOfAddress(text, division, codeSystem) : "" };
  };
  const divisionAt = byValue(column(cols.index.division), verdict);
  // A row without a division but with an address is placed by its address (companyRow.ts).
  const addressAt = cols.index.address === undefined ? null : byValue(column(cols.index.address), verdict);
  const tiers = new Map<string, string>();
  const tierOf = (text: string) => {
    let parsed = tiers.get(text);
    if (parsed === undefined) tiers.set(text, (parsed = parseTier(text)));
    return parsed;
  };
  const fill: typeof fillCompany = (company, text) => fillCompany(company, text, tierOf);
  const extras = cols.extra.map((e) => ({ name: e.name, values: valuesAt(e.index) ?? [] }));

  for (let r = 0; r < rows; r++) {
    const row = r + 1;
    if (r % PROGRESS_EVERY === 0) progress(r / rows);
    const explicitId = cleanText(ids(r));
    const name = cleanText(names(r));
    if (!name) {
      builder.log.reject(file, row, "missing-name", explicitId);
      continue;
    }
    const given = divisionAt(r);
    const d = given.text || !addressAt ? given : addressAt(r);
    // The row path's warning for an unplaced text, from its own function.
    const division = d.division ?? readDivision(t, row, d.text, codeSystem, () => null);
    const places = { municipality: municipality(r).trim(), code: municipalityCode(r).trim(), address: address(r).trim(), divisionText: d.text };
    const text = {
      nameEn: nameEn(r),
      municipality: places.municipality || d.municipality || municipalityOfAddress(places.address, division),
      industry: industry(r),
      tier: tier(r),
    };
    addCompanyCells(t, row, { explicitId, name, division, text, lat: lat(r), lon: lon(r), places }, () => {
      const attributes: Record<string, string> = {};
      for (const e of extras) attributes[e.name] = valueText(e.values[r]);
      return attributes;
    }, fill);
  }
  progress(1);
}
