// The one rule for writing any CSV cell safely; every CSV writer goes through it.

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
