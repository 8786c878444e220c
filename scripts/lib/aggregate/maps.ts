// The app's own readers, applied to the distinct values of the input rather than to every row:
// a national file has tens of millions of rows but a few hundred division strings, a handful
// of link type words and years, and amounts that are plain digits (read by SQL) except a few.
// Each distinct value goes through the same TypeScript function the app calls on a cell, and
// the answers are loaded into DuckDB as tables the SQL joins on. Nothing of the app's
// vocabulary is restated in SQL.

import type { Company, Vintage } from "../../../src/model/types.ts";
import { LINK_TYPES, STORED_VINTAGE, VINTAGES } from "../../../src/model/types.ts";
import { DIVISIONS, divisionsOf, toVintage } from "../../../src/regions/divisions.ts";
import { normaliseDivision, type CodeSystem } from "../../../src/regions/normalise.ts";
import { municipalityOfAddress } from "../../../src/regions/address.ts";
import { foldName } from "../../../src/model/companyNames.ts";
import { cleanText, parseFlag, parseLinkType, parseNumber, parseTier, parseYear } from "../../../src/io/text/values.ts";
import { isDirectionWord } from "../../../src/io/mapping/columnMapping.ts";
import { decimalNote, NumberColumns, type NumberNote } from "../../../src/io/rows/numberColumn.ts";
import { amountText, headerMoneyUnit, numberForm, type DecimalMark } from "../../../src/io/text/numbers.ts";
import { setCoordinates } from "../../../src/io/rows/companyRow.ts";
import { municipalityPlacement } from "../../../src/io/rows/municipalityCell.ts";
import { DatasetBuilder } from "../../../src/io/read/datasetBuilder.ts";
import type { Duck } from "./duck.ts";
import type { InspectedInput } from "./inputs.ts";
import { WHITESPACE } from "./whitespace.ts";

// Values cleanText() or trim() may change: every other value is already as the app keeps it,
// so only these few go through TypeScript. A superset is fine; missing one is not.
const MAY_CLEAN = `^${WHITESPACE}|${WHITESPACE}$|${WHITESPACE}{2}|[\\t\\n\\r\\x{A0}\\x{3000}]|[\\x{1100}-\\x{11FF}]`;
const MAY_TRIM = `^${WHITESPACE}|${WHITESPACE}$`;

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The registry's vintages as tables: each stored division's display division, and each vintage's divisions in order. */
export async function loadRegistry(duck: Duck): Promise<void> {
  const stored = DIVISIONS.filter((d) => d.vintages.includes(STORED_VINTAGE));
  const vintageRows: Array<[Vintage, number, string, string, number]> = [];
  const divisionRows: Array<[Vintage, number, string, number]> = [];
  VINTAGES.forEach((vintage, v) => {
    const order = divisionsOf(vintage).map((d) => d.code);
    order.forEach((code, i) => divisionRows.push([vintage, v, code, i]));
    for (const d of stored) {
      const display = toVintage(d.code, vintage);
      vintageRows.push([vintage, v, d.code, display, order.indexOf(display)]);
    }
  });
  await duck.table("vintage_map", [
    { name: "vintage", type: "VARCHAR" }, { name: "vintage_ord", type: "INTEGER" }, { name: "code", type: "VARCHAR" },
    { name: "display", type: "VARCHAR" }, { name: "display_ord", type: "INTEGER" },
  ], vintageRows);
  await duck.table("vintage_divisions", [
    { name: "vintage", type: "VARCHAR" }, { name: "vintage_ord", type: "INTEGER" }, { name: "display", type: "VARCHAR" }, { name: "display_ord", type: "INTEGER" },
  ], divisionRows);
  await duck.table("link_types", [{ name: "link_type", type: "VARCHAR" }, { name: "type_ord", type: "INTEGER" }], LINK_TYPES.map((t, i) => [t, i]));
}

/** Distinct values of `columns` of `table` matching `pattern` (all when null). */
async function distinctOf(duck: Duck, table: string, columns: readonly string[], pattern: string | null): Promise<string[]> {
  if (columns.length === 0) return [];
  const union = columns.map((c) => `SELECT ${c} AS v FROM ${table}`).join(" UNION ALL ");
  const where = pattern ? `WHERE regexp_matches(v, ${q(pattern)})` : "";
  return duck.distinct(`SELECT DISTINCT v FROM (${union}) u ${where}`);
}

const VARCHAR2 = [{ name: "raw", type: "VARCHAR" }, { name: "clean", type: "VARCHAR" }] as const;

/** text_clean and text_trim start empty; each phase adds the values of its columns. */
export async function createTextMaps(duck: Duck): Promise<void> {
  await duck.table("text_clean", VARCHAR2, []);
  await duck.table("text_trim", [{ name: "raw", type: "VARCHAR" }, { name: "trimmed", type: "VARCHAR" }], []);
}

async function appendRows(duck: Duck, table: string, rows: Array<[string, string]>): Promise<void> {
  if (rows.length === 0) return;
  await duck.table(`${table}_add`, VARCHAR2, rows);
  await duck.run(`INSERT INTO ${table} SELECT raw, clean FROM ${table}_add WHERE raw NOT IN (SELECT raw FROM ${table}); DROP TABLE ${table}_add`);
}

/** Values of these columns that cleanText() changes (ids, names, references). */
export async function addCleanValues(duck: Duck, table: string, columns: readonly string[]): Promise<void> {
  const values = await distinctOf(duck, table, columns, MAY_CLEAN);
  await appendRows(duck, "text_clean", values.map((v) => [v, cleanText(v)]));
}

/** Values of these columns that trim() changes (divisions, optional text, words). */
export async function addTrimValues(duck: Duck, table: string, columns: readonly string[]): Promise<void> {
  const values = await distinctOf(duck, table, columns, MAY_TRIM);
  await appendRows(duck, "text_trim", values.map((v) => [v, v.trim()]));
}

/** Each distinct (code system, division text) as normaliseDivision reads it, and the municipality an address there names. */
export async function loadDivisionMap(duck: Duck): Promise<number> {
  const rows = await duck.rows<{ code_system: string; raw: string }>("SELECT DISTINCT code_system, division AS raw FROM companies_in WHERE NOT blank");
  await duck.table("division_map", [{ name: "code_system", type: "VARCHAR" }, { name: "raw", type: "VARCHAR" }, { name: "code", type: "VARCHAR" }, { name: "municipality", type: "VARCHAR" }],
    rows.map((r) => {
      const opts = { codeSystem: r.code_system as CodeSystem };
      const code = normaliseDivision(r.raw.trim(), opts);
      return [r.code_system, r.raw, code, code ? municipalityOfAddress(r.raw.trim(), code, opts) || null : null];
    }));
  return rows.length;
}

/**
 * place_map: each distinct (division, municipality, municipality code, address) the companies
 * carry, placed as the companies reader places a row (companyRow.ts readCompanyRow and
 * municipalityCell.ts): the division (an address column stands in for an empty division
 * cell), the municipality text the company keeps, and the 시군구 code and the division it
 * gives. Why here and not in SQL: resolving a name ("서구" in six provinces, "고성군" in two,
 * codes from before a boundary change, full addresses) is the registry's and the resolver's
 * work, and its rules must live in one place; restated in SQL they would drift. The table is
 * small next to the companies (a 시군구 column has a few hundred values per province); an
 * address column can bring one value per company, still one resolver call each, memoised.
 */
export async function loadPlaceMap(duck: Duck): Promise<number> {
  const rows = await duck.rows<{ code_system: string; division: string; municipality: string; municipality_code: string; address: string }>(
    "SELECT DISTINCT code_system, division, municipality, municipality_code, address FROM companies_in WHERE NOT blank",
  );
  await duck.table("place_map", [
    { name: "code_system", type: "VARCHAR" }, { name: "division_raw", type: "VARCHAR" }, { name: "municipality_raw", type: "VARCHAR" },
    { name: "code_raw", type: "VARCHAR" }, { name: "address_raw", type: "VARCHAR" },
    { name: "division", type: "VARCHAR" }, { name: "municipality", type: "VARCHAR" }, { name: "municipality_code", type: "VARCHAR" },
  ], rows.map((r) => {
    const opts = { codeSystem: r.code_system as CodeSystem };
    const address = r.address.trim();
    const divisionText = r.division.trim() || address;
    const division = divisionText ? normaliseDivision(divisionText, opts) ?? "" : "";
    const texts = { municipality: r.municipality.trim(), code: r.municipality_code.trim(), address, divisionText };
    const municipality = texts.municipality || municipalityOfAddress(divisionText, division, opts) || municipalityOfAddress(address, division);
    const placed = municipalityPlacement(texts, division);
    const code = placed.kind === "placed" ? placed.code : null;
    const finalDivision = placed.kind === "placed" ? placed.division : division;
    return [r.code_system, r.division, r.municipality, r.municipality_code, r.address, finalDivision || null, municipality || null, code];
  }));
  return rows.length;
}

export async function loadTierMap(duck: Duck): Promise<void> {
  const values = await distinctOf(duck, "companies_in", ["tier"], null);
  await duck.table("tier_map", [{ name: "raw", type: "VARCHAR" }, { name: "tier", type: "VARCHAR" }],
    values.map((v) => [v, v.trim() ? parseTier(v.trim()) : null]));
}

/** A column scan over distinct cells: enough for NumberColumns, which only collects decimal marks. */
function scanOf(cells: readonly string[][]) {
  // Distinct values have no row of their own: notes (NumberColumns.notes) are not taken from here.
  return (visit: (cells: readonly string[], row: number) => void) => {
    for (const c of cells) visit(c, 0);
  };
}

/** Coordinates per distinct (file, lat, lon) as the companies reader keeps them (numberColumn.ts, companyRow.ts). */
export async function loadCoordMap(duck: Duck, inputs: readonly InspectedInput[]): Promise<void> {
  const out: Array<[number, string, string, number | null, number | null, string | null, string | null]> = [];
  for (const [fileOrd, input] of inputs.entries()) {
    const li = input.cols.index.lat;
    const oi = input.cols.index.lon;
    if (li === undefined && oi === undefined) continue;
    const pairs = await duck.rows<{ lat: string; lon: string }>(
      `SELECT DISTINCT lat, lon FROM companies_in WHERE file_ord = ${fileOrd} AND NOT blank AND (lat <> '' OR lon <> '')`,
    );
    const width = input.headers.length;
    const cellsOf = (p: { lat: string; lon: string }) => {
      const cells = new Array<string>(width).fill("");
      if (li !== undefined) cells[li] = p.lat;
      if (oi !== undefined) cells[oi] = p.lon;
      return cells;
    };
    const numbers = new NumberColumns(input.cols, input.headers, scanOf(pairs.map(cellsOf)));
    const t = { file: input.name, cols: input.cols, builder: new DatasetBuilder() };
    for (const p of pairs) {
      const cells = cellsOf(p);
      const problem = numbers.empty ? null : numbers.fix(cells);
      if (problem) {
        out.push([fileOrd, p.lat, p.lon, null, null, problem.text, problem.message]);
        continue;
      }
      const company: Company = { id: "", name: "", division: "", attributes: {} };
      setCoordinates(t, 0, company, li === undefined ? "" : cells[li]!, oi === undefined ? "" : cells[oi]!);
      out.push([fileOrd, p.lat, p.lon, company.lat ?? null, company.lon ?? null, null, null]);
    }
  }
  await duck.table("coord_map", [
    { name: "file_ord", type: "INTEGER" }, { name: "lat_raw", type: "VARCHAR" }, { name: "lon_raw", type: "VARCHAR" },
    { name: "lat", type: "DOUBLE" }, { name: "lon", type: "DOUBLE" }, { name: "problem_text", type: "VARCHAR" }, { name: "problem_message", type: "VARCHAR" },
  ], out);
}

/**
 * Amounts that are not plain digits, per links file, as the app reads them: the file's number
 * column first (decimal mark from the column, units from the header), then parseNumber.
 * Plain digits never come here: SQL casts them and applies the header's unit (file_units).
 */
export async function loadWeightMaps(duck: Duck, inputs: readonly InspectedInput[]): Promise<DecimalColumn[]> {
  const weights: Array<[number, string, number | null, boolean, string, string | null, string | null]> = [];
  const units: Array<[number, number, number]> = [];
  const marks: Array<[number, string, string | null, boolean, number | null]> = [];
  const decimals: DecimalColumn[] = [];
  for (const [fileOrd, input] of inputs.entries()) {
    const wi = input.cols.index.weight;
    const unit = wi === undefined ? null : headerMoneyUnit(input.headers[wi] ?? "");
    units.push([fileOrd, unit?.mul ?? 1, unit?.div ?? 1]);
    if (wi === undefined) continue;
    const values = await duck.distinct(
      `SELECT DISTINCT weight FROM links_in WHERE file_ord = ${fileOrd} AND NOT blank AND weight <> '' AND NOT regexp_full_match(weight, '[0-9]+')`,
    );
    const width = input.headers.length;
    const cellsOf = (v: string) => {
      const cells = new Array<string>(width).fill("");
      cells[wi] = v;
      return cells;
    };
    const numbers = new NumberColumns(input.cols, input.headers, scanOf(values.map(cellsOf)));
    let resolvedMark: DecimalMark | null = null;
    for (const raw of values) {
      const cells = cellsOf(raw);
      const problem = numbers.fix(cells);
      const form = numberForm(amountText(raw).core);
      const resolved = numbers.lastResolved;
      marks.push([fileOrd, raw, form.kind === "number" ? form.mark : null, resolved !== null, resolved?.value ?? null]);
      if (resolved) resolvedMark = resolved.mark;
      if (problem) {
        weights.push([fileOrd, raw, null, false, "", problem.text, problem.message]);
        continue;
      }
      // As readLinkFields: the cell as the number column left it, trimmed, then parsed.
      const text = cells[wi]!.trim();
      const weight = text ? parseNumber(text) : undefined;
      const bad = weight !== undefined && !(weight >= 0);
      weights.push([fileOrd, raw, bad || weight === undefined ? null : weight, bad, text, null, null]);
    }
    if (resolvedMark) decimals.push({ fileOrd, header: input.headers[wi] ?? "weight", mark: resolvedMark });
  }
  await duck.table("weight_marks", [
    { name: "file_ord", type: "INTEGER" }, { name: "raw", type: "VARCHAR" }, { name: "mark", type: "VARCHAR" },
    { name: "resolved", type: "BOOLEAN" }, { name: "value", type: "DOUBLE" },
  ], marks);
  await duck.table("weight_map", [
    { name: "file_ord", type: "INTEGER" }, { name: "raw", type: "VARCHAR" }, { name: "value", type: "DOUBLE" }, { name: "bad", type: "BOOLEAN" },
    { name: "detail", type: "VARCHAR" }, { name: "problem_text", type: "VARCHAR" }, { name: "problem_message", type: "VARCHAR" },
  ], weights);
  await duck.table("file_units", [{ name: "file_ord", type: "INTEGER" }, { name: "mul", type: "DOUBLE" }, { name: "div", type: "DOUBLE" }], units);
  return decimals;
}

/** A links file whose amount column read ambiguous cells by the mark other cells show. */
export interface DecimalColumn {
  fileOrd: number;
  header: string;
  mark: DecimalMark;
}

/**
 * The app's note for each such column (numberColumn.ts notes()): the first cell read that way and
 * how many were, from the rows its reader fixes (not blank, not over-long), and the first row
 * whose cell showed the mark, from every row, as its column scan sees them.
 */
export async function weightNotes(duck: Duck, columns: readonly DecimalColumn[]): Promise<Array<NumberNote & { fileOrd: number; file: string }>> {
  const out: Array<NumberNote & { fileOrd: number; file: string }> = [];
  for (const c of columns) {
    const [first] = await duck.rows<{ file: string; text: string; row: number; value: number; n: number }>(
      `SELECT any_value(l.file) AS file, arg_min(l.weight, l.row) AS text, min(l.row) AS row, arg_min(m.value, l.row) AS value, count(*) AS n
       FROM links_in l JOIN weight_marks m ON m.file_ord = l.file_ord AND m.raw = l.weight
       WHERE l.file_ord = ${c.fileOrd} AND m.resolved AND NOT l.blank AND NOT l.overflow`,
    );
    const [by] = await duck.rows<{ text: string; row: number }>(
      `SELECT arg_min(l.weight, l.row) AS text, min(l.row) AS row
       FROM links_in l JOIN weight_marks m ON m.file_ord = l.file_ord AND m.raw = l.weight
       WHERE l.file_ord = ${c.fileOrd} AND m.mark = '${c.mark}'`,
    );
    if (!first || !by || first.text === null || by.text === null) continue;
    const note = decimalNote(c.header, { text: first.text, row: Number(first.row), value: Number(first.value), count: Number(first.n) }, { text: by.text, row: Number(by.row) }, c.mark);
    out.push({ ...note, fileOrd: c.fileOrd, file: first.file });
  }
  return out;
}

/**
 * Link type words, years and illustrative flags: each distinct triple of cells (a handful)
 * read by parseLinkType, parseYear and parseFlag, as readLinkFields reads them.
 */
export async function loadWordMap(duck: Duck): Promise<void> {
  const triples = await duck.rows<{ type: string; year: string; illustrative: string }>("SELECT DISTINCT type, year, illustrative FROM links_in WHERE NOT blank");
  await duck.table("word_map", [
    { name: "type_raw", type: "VARCHAR" }, { name: "year_raw", type: "VARCHAR" }, { name: "flag_raw", type: "VARCHAR" },
    { name: "link_type", type: "VARCHAR" }, { name: "type_warn", type: "BOOLEAN" }, { name: "type_text", type: "VARCHAR" },
    { name: "year", type: "INTEGER" }, { name: "year_bad", type: "BOOLEAN" }, { name: "year_text", type: "VARCHAR" }, { name: "flag", type: "BOOLEAN" },
  ], triples.map((t) => {
    const typeText = t.type.trim();
    const type = parseLinkType(typeText);
    const yearText = t.year.trim();
    const year = yearText ? parseYear(yearText) : undefined;
    const yearBad = year !== undefined && Number.isNaN(year);
    return [t.type, t.year, t.illustrative, type ?? "other", type === null && !isDirectionWord(typeText), typeText,
      year === undefined || yearBad ? null : year, yearBad, yearText, parseFlag(t.illustrative)];
  }));
}

/**
 * References neither an id nor an exact name are looked up by folded name (companyNames.ts),
 * as the app's builder does: the first company whose name folds the same. Only when such
 * references exist are the companies' names folded.
 */
export async function loadFoldMaps(duck: Duck): Promise<number> {
  const refs = await duck.distinct("SELECT DISTINCT fallback FROM ref_lookup WHERE direct IS NULL AND fallback <> ''");
  const refRows = refs.map((r): [string, string] => [r, foldName(r)]);
  const wanted = new Set(refRows.map(([, f]) => f));
  const first = new Map<string, string>();
  if (wanted.size > 0) {
    for await (const batch of duck.batches("SELECT id, name FROM companies ORDER BY ord", (r) => [String(r.id), String(r.name)] as const)) {
      for (const [id, name] of batch) {
        const folded = foldName(name);
        if (wanted.has(folded) && !first.has(folded)) first.set(folded, id);
      }
    }
  }
  await duck.table("ref_fold", [{ name: "ref", type: "VARCHAR" }, { name: "folded", type: "VARCHAR" }], refRows);
  await duck.table("fold_first", [{ name: "folded", type: "VARCHAR" }, { name: "id", type: "VARCHAR" }], [...first]);
  return refs.length;
}
