// Delimited text (CSV, TSV, semicolon) via papaparse. Rows are numbered as a spreadsheet
// numbers them: one number per record, so a quoted newline does not shift later rows and
// blank lines still count.

import Papa from "papaparse";
import { mapHeaders, type ColumnMap } from "./headers.ts";
import { detectShape, restrictToShape, type ShapeGuess } from "./shape.ts";

export interface CsvHead extends ShapeGuess {
  delimiter: string;
  /** Spreadsheet row of the header (1 unless title rows sit above it). */
  headerRow: number;
  headers: string[];
  /** Column map already restricted to the detected shape. */
  cols: ColumnMap;
}

// Korean government exports often put a title and a blank line above the header.
const HEADER_SEARCH_ROWS = 10;
const DELIMITERS = [",", "\t", ";", "|"];

/** The delimiter that occurs most often in the first line; quoted delimiters in a header are rare. */
function guessDelimiter(text: string): string {
  const end = text.indexOf("\n");
  const line = end === -1 ? text : text.slice(0, end);
  let best = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = line.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** Finds the header row and the file's shape; null when the text has no non-blank record. */
export function readCsvHead(text: string): CsvHead | null {
  const delimiter = guessDelimiter(text);
  const preview = Papa.parse<string[]>(text, { delimiter, preview: HEADER_SEARCH_ROWS }).data;
  let fallback: CsvHead | null = null;
  for (let i = 0; i < preview.length; i++) {
    const headers = preview[i]!;
    if (isBlank(headers)) continue;
    const all = mapHeaders(headers);
    const guess = detectShape(all);
    const cols = guess.shape ? restrictToShape(all, headers, guess.shape) : all;
    const head: CsvHead = { ...guess, delimiter, headerRow: i + 1, headers, cols };
    if (guess.shape && guess.missing.length === 0) return head;
    // Without a complete match, report against the first row that looked like anything.
    if (!fallback || (!fallback.shape && guess.shape)) fallback = head;
  }
  return fallback;
}

export interface CsvRowHandlers {
  row: (row: number, cells: string[]) => void;
  malformed: (row: number, detail: string) => void;
  /** Called now and then with the share of the text parsed so far (0..1). */
  progress?: (fraction: number) => void;
}

const PROGRESS_EVERY = 8192;

/** Feeds every data record after the header to the handlers; returns the number of data rows. */
export function eachCsvRow(text: string, head: CsvHead, on: CsvRowHandlers): number {
  const width = head.headers.length;
  let row = 0;
  let dataRows = 0;
  Papa.parse<string[]>(text, {
    delimiter: head.delimiter,
    step(result) {
      row++;
      if (row <= head.headerRow) return;
      const cells = result.data;
      if (result.errors.some((e) => e.code === "MissingQuotes")) {
        dataRows++;
        on.malformed(row, "a quoted cell is never closed; the rest of the file was read into it");
        return;
      }
      if (isBlank(cells)) return;
      dataRows++;
      // Extra cells usually mean an unquoted comma shifted the columns; empty extras are
      // harmless trailing delimiters.
      if (cells.length > width && !isBlank(cells.slice(width))) {
        on.malformed(row, `${cells.length} cells but the header has ${width}`);
        return;
      }
      on.row(row, cells);
      if (on.progress && row % PROGRESS_EVERY === 0) on.progress(result.meta.cursor / text.length);
    },
  });
  return dataRows;
}
