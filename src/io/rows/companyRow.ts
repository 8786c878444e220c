// A companies-file row (CSV record or JSON node flattened to cells) to a company.
// A rejected row changes nothing; a repaired row is loaded and warned about.

import { NO_DIVISION, type Company, type DivisionCode } from "../../model/types.ts";
import { normaliseDivision } from "../../regions/normalise.ts";
import { municipalityOfAddress } from "../../regions/address.ts";
import { divisionWord } from "../read/datasetBuilder.ts";
import { cell, extraAttributes, type Table } from "./rowTable.ts";
import { placeMunicipality, type MunicipalityTexts } from "./municipalityCell.ts";
import { cleanText, parseNumber, parseTier } from "../text/values.ts";

// Mainland, Jeju, Ulleungdo and Dokdo with a small margin.
const inKorea = (lat: number, lon: number) => lat >= 32.9 && lat <= 38.9 && lon >= 124 && lon <= 132;

export function setCoordinates(t: Table, row: number, company: Company, latText: string, lonText: string): void {
  if (!latText.trim() && !lonText.trim()) return;
  const lat = parseNumber(latText);
  const lon = parseNumber(lonText);
  const detail = `lat ${latText.trim() || "(empty)"}, lon ${lonText.trim() || "(empty)"}`;
  const named = [{ field: "lat", value: latText.trim() }, { field: "lon", value: lonText.trim() }];
  if (inKorea(lat, lon)) {
    company.lat = lat;
    company.lon = lon;
  } else if (inKorea(lon, lat)) {
    // Swapped columns are the commonest coordinate mistake and the fix is unambiguous.
    company.lat = lon;
    company.lon = lat;
    t.builder.log.warn(t.file, row, "bad-coordinate", detail, `latitude and longitude swapped (${detail}); swapped back`, named);
  } else {
    t.builder.log.warn(t.file, row, "bad-coordinate", detail, undefined, named);
  }
}

/** Copies the optional company fields that are present; never overwrites a field already set. */
export function fillCompany(company: Company, text: { nameEn: string; municipality: string; industry: string; tier: string }, tierOf: (text: string) => string = parseTier): void {
  const nameEn = text.nameEn.trim();
  const municipality = text.municipality.trim();
  const industry = text.industry.trim();
  const tier = text.tier.trim();
  if (nameEn && company.nameEn === undefined) company.nameEn = nameEn;
  if (municipality && company.municipality === undefined) company.municipality = municipality;
  if (industry && company.industry === undefined) company.industry = industry;
  if (tier && company.tier === undefined) company.tier = tierOf(tier);
}

/** Warns that a new company shares its name with companies kept apart from it. */
export function warnSameName(t: Table, row: number, company: Company, others: readonly Company[]): void {
  if (others.length === 0) return;
  const list = others.map((c) => `${c.id} (${divisionWord(c.division)})`).join(", ");
  const why = others.every((c) => c.division !== company.division) ? "in another division" : "with another id";
  t.builder.log.warn(
    t.file, row, "same-name", `${company.name}: ${list}`,
    `'${company.name}' (${divisionWord(company.division)}) has the name of ${list}, ${why}: kept as a separate company, id '${company.id}'`,
  );
}

/**
 * The division a row's text gives. A text no vintage places is warned about (the user learns
 * of it) and the company kept without a division; an empty text is no news.
 */
export function readDivision(
  t: Table, row: number, divisionText: string, codeSystem: Parameters<typeof normaliseDivision>[1],
  normalise: (text: string, opts: Parameters<typeof normaliseDivision>[1]) => DivisionCode | null = normaliseDivision,
): DivisionCode {
  if (!divisionText) return NO_DIVISION;
  const division = normalise(divisionText, codeSystem);
  if (division) return division;
  t.builder.log.warn(t.file, row, "unknown-division", divisionText, `unknown division '${divisionText}': company kept without a division (not on the map)`);
  return NO_DIVISION;
}

/** A company row's cells as the checks read them; the column-wise loader (columnarCompanies.ts) gives the same. */
export interface CompanyCells {
  /** Cleaned (cleanText). */
  explicitId: string;
  /** Cleaned; a row without one is rejected before the division is read. */
  name: string;
  division: DivisionCode;
  /** Untrimmed, as fillCompany takes them; municipality already completed from an address. */
  text: { nameEn: string; municipality: string; industry: string; tier: string };
  lat: string;
  lon: string;
  /** What the row says of the municipality, for its registry code (municipalityCell.ts). */
  places?: MunicipalityTexts;
}

/**
 * The checks after the division: duplicate ids, the same name twice (merged, or kept apart and
 * warned about), coordinates. Shared by the row path and the column-wise path so both give
 * the same companies and report. `attributes` is called only for a company that is added.
 */
export function addCompanyCells(t: Table, row: number, c: CompanyCells, attributes: () => Record<string, string>, fill: typeof fillCompany = fillCompany): void {
  const { log } = t.builder;
  const { explicitId, name, division, text } = c;
  const same = t.builder.sameName(name);
  let id = explicitId;
  if (explicitId) {
    // Explicit ids always win: two ids are two companies, whatever their names.
    if (t.builder.getCompany(explicitId)) return log.reject(t.file, row, "duplicate-id", explicitId);
  } else {
    // Without an id the name is the company: the same name in the same division is one company.
    const twin = same.find((co) => co.division === division);
    if (twin && twin.id === name) return log.reject(t.file, row, "duplicate-id", name);
    if (twin) {
      if (twin.name === name) {
        log.warn(t.file, row, "merged-company", `${name} = ${twin.id}`, `'${name}' without an id read as company '${twin.id}' of the same name and division`);
      } else {
        t.builder.noteSpelling(twin, name, t.file, row);
      }
      fill(twin, text);
      if (c.places) placeMunicipality(t, row, twin, c.places);
      return;
    }
    id = t.builder.newIdFor(name, division);
  }

  const company: Company = { id, name, division, attributes: attributes() };
  fill(company, text);
  if (c.places) placeMunicipality(t, row, company, c.places);
  setCoordinates(t, row, company, c.lat, c.lon);
  warnSameName(t, row, company, [...same]);
  t.builder.addCompany(company);
}

export function readCompanyRow(t: Table, row: number, cells: readonly string[]): void {
  const explicitId = cleanText(cell(t, cells, "id"));
  const name = cleanText(cell(t, cells, "name"));
  if (!name) return t.builder.log.reject(t.file, row, "missing-name", explicitId);
  // A row without a division but with an address (a graph node beside nodes that have a
  // division) is placed by its address, as an address-only file is.
  const divisionText = cell(t, cells, "division").trim() || cell(t, cells, "address").trim();
  const codeSystem = { codeSystem: t.cols.codeSystem.division ?? "mois" };
  const division = readDivision(t, row, divisionText, codeSystem);
  const places: MunicipalityTexts = {
    municipality: cell(t, cells, "municipality").trim(),
    code: cell(t, cells, "municipality_code").trim(),
    address: cell(t, cells, "address").trim(),
    divisionText,
  };
  const text = {
    nameEn: cell(t, cells, "name_en"),
    // An address ("경기도 성남시 ...", in the division column or its own) names the municipality too.
    municipality: places.municipality || municipalityOfAddress(divisionText, division, codeSystem) || municipalityOfAddress(places.address, division),
    industry: cell(t, cells, "industry"),
    tier: cell(t, cells, "tier"),
  };
  const lat = cell(t, cells, "lat");
  const lon = cell(t, cells, "lon");
  addCompanyCells(t, row, { explicitId, name, division, text, lat, lon, places }, () => extraAttributes(t, cells));
}
