// The year range of an untrusted filter: numbers only, whole years the readers could have
// loaded, in order, and pulled in to the data's years where that keeps the same links.
import { quote, readNumber } from "./readValues.ts";

/** The readers accept years 1900-2100 (io/values.ts parseYear); no link can lie outside. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export interface YearRange {
  yearFrom: number | null;
  yearTo: number | null;
  problems: string[];
}

function readYear(field: string, value: unknown, round: (x: number) => number, problems: string[]): number | null {
  if (value === undefined || value === null) return null;
  const n = readNumber(value);
  if (n === undefined || n < FIRST_YEAR || n > LAST_YEAR) {
    problems.push(`${field}: ${quote(value)} is not a year between ${FIRST_YEAR} and ${LAST_YEAR}; left open`);
    return null;
  }
  const year = round(n);
  if (year !== n) problems.push(`${field}: ${quote(value)} rounded to ${year}`);
  return year;
}

/** `data` is the first and last year of the loaded links, or null when none has a year. */
export function validateYears(from: unknown, to: unknown, data: { min: number; max: number } | null): YearRange {
  const problems: string[] = [];
  // Rounding inward keeps exactly the whole years the fractional range covered.
  let yearFrom = readYear("yearFrom", from, Math.ceil, problems);
  let yearTo = readYear("yearTo", to, Math.floor, problems);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    problems.push(`year range ${yearFrom}–${yearTo} was reversed; swapped`);
    [yearFrom, yearTo] = [yearTo, yearFrom];
  }
  if (data) {
    // A bound beyond the data's years keeps the same links as the data's first or last year
    // (undated links are out either way), and it puts the brush handle on the axis.
    if (yearFrom !== null && yearFrom < data.min) yearFrom = data.min;
    if (yearTo !== null && yearTo > data.max) yearTo = data.max;
    if (yearFrom !== null && yearFrom > data.max) problems.push(`yearFrom: ${yearFrom} is after the last year in the data (${data.max}); no dated link is kept`);
    if (yearTo !== null && yearTo < data.min) problems.push(`yearTo: ${yearTo} is before the first year in the data (${data.min}); no dated link is kept`);
  }
  return { yearFrom, yearTo, problems };
}
