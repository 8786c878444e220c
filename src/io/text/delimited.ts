// Delimited text (CSV, TSV, semicolon) via papaparse. Rows are numbered as a spreadsheet
// numbers them: one number per record, so a quoted newline does not shift later rows and
// blank lines still count.

import Papa from "papaparse";
import { mapHeaders, type ColumnMap } from "../rows/headers.ts";
import type { IssueLog } from "../read/issues.ts";
import { NumberColumns } from "../rows/numberColumn.ts";
import { detectShape, restrictToShape, type ShapeGuess } from "../rows/shape.ts";

export interface CsvHead extends ShapeGuess {
  delimiter: string;
  /** Spreadsheet row of the header (1 unless title rows sit above it). */
  headerRow: number;
  headers: string[];
  /** Column map already restricted to the detected shape. */
  cols: ColumnMap;
  /** Where row-level warnings go (unreadable bytes, ambiguous numbers); given to readCsvHead. */
  report?: CsvReport;
}

/** The file's name and issue log, for problems only the CSV layer sees. */
export interface CsvReport {
  file: string;
  log: IssueLog;
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
export function readCsvHead(text: string, report?: CsvReport): CsvHead | null {
  const head = findHead(text);
  if (head && report) {
    head.report = report;
    const garbled = garbledCells(head.headers, head.headers);
    if (garbled) report.log.warn(report.file, head.headerRow, "encoding", garbled, encodingMessage(garbled));
  }
  return head;
}

function findHead(text: string): CsvHead | null {
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
const REPLACEMENT = "\ufffd";

/** The cells holding U+FFFD, as "header 'cell'" pairs; "" when none. */
function garbledCells(cells: readonly string[], headers: readonly string[]): string {
  const out: string[] = [];
  cells.forEach((cell, i) => {
    if (cell.includes(REPLACEMENT)) out.push(`${headers[i] ?? `column ${i + 1}`} '${cell.length > 60 ? cell.slice(0, 57) + "..." : cell}'`);
  });
  return out.join(", ");
}

const encodingMessage = (cells: string) =>
  `unreadable bytes (neither UTF-8 nor CP949, or NUL) shown as '\ufffd': ${cells}`;

/** Feeds every data record after the header to the handlers; returns the number of data rows. */
export function eachCsvRow(text: string, head: CsvHead, on: CsvRowHandlers): number {
  const width = head.headers.length;
  const { report } = head;
  // The decoder marks unreadable bytes and NULs with U+FFFD; most files have none to look for.
  const garbled = report !== undefined && text.includes(REPLACEMENT);
  const numbers = new NumberColumns(head.cols, head.headers, (visit) => {
    let r = 0;
    Papa.parse<string[]>(text, {
      delimiter: head.delimiter,
      step(result) {
        if (++r > head.headerRow) visit(result.data, r);
      },
    });
  });
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
      if (garbled) {
        const shown = garbledCells(cells, head.headers);
        if (shown) report.log.warn(report.file, row, "encoding", shown, encodingMessage(shown));
      }
      const problem = numbers.empty ? null : numbers.fix(cells, row);
      if (problem) {
        if (report) report.log.reject(report.file, row, "bad-number", problem.text, problem.message);
        else on.malformed(row, problem.message);
        return;
      }
      on.row(row, cells);
      if (on.progress && row % PROGRESS_EVERY === 0) on.progress(result.meta.cursor / text.length);
    },
  });
  if (report) for (const note of numbers.notes()) report.log.warn(report.file, note.row, "decimal-mark", note.detail, note.message);
  return dataRows;
}
