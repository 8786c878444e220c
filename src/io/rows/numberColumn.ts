// Number columns read as a whole. A file writes its numbers one way: if any cell of a column
// shows the decimal mark ("12,5", "1.234,5" or "0.5", "1,234.5"), the column's ambiguous
// cells ("1.000", "1,234") are read the same way. The column is only looked at when an
// ambiguous cell turns up, so the usual file of plain numbers costs one regex test per cell.
//
// Amounts are stored in the app's amount unit, 백만원 (million won; the legend and table say
// so). A header naming another unit ("금액(억원)") converts its column; a cell naming a unit
// ("12억원") converts that cell, but only when the header names one too, since otherwise the
// unit of its neighbours is unknown.

import type { ColumnMap } from "./headers.ts";
import { amountText, headerMoneyUnit, numberForm, toMillionWon, type DecimalMark, type MoneyUnit } from "../text/numbers.ts";

type NumberField = "weight" | "lat" | "lon";
const FIELDS: readonly NumberField[] = ["weight", "lat", "lon"];

interface Column {
  field: NumberField;
  index: number;
  header: string;
  /** The header's money unit (weight only); null when it names none. */
  unit: MoneyUnit | null;
  /** Decimal marks the column's unambiguous cells show; undefined until the column is scanned. */
  marks?: Set<DecimalMark>;
  /** The first cell that showed each mark, the evidence a resolved cell is read by. */
  shown?: Map<DecimalMark, { text: string; row: number }>;
  /** Ambiguous cells read by the other cells' mark: the first, and how many. */
  resolved?: { text: string; row: number; value: number; count: number };
}

/** An ambiguous column the user should check: its cells were read by what other cells show. */
export interface NumberNote {
  header: string;
  text: string;
  row: number;
  detail: string;
  message: string;
}

/**
 * The note for a column whose ambiguous cells were read by another row's mark: `first` is the
 * first such cell (and how many there were), `by` the first cell that showed the mark. The app's
 * reader and the national aggregate both word it here.
 */
export function decimalNote(
  header: string,
  first: { text: string; row: number; value: number; count: number },
  by: { text: string; row: number },
  mark: DecimalMark,
): NumberNote {
  const meaning = mark === "," ? "',' as the decimal mark" : "'.' as the decimal mark and ',' between thousands";
  const others = first.count > 1 ? ` and ${first.count - 1} more cell(s) like it` : "";
  return {
    header,
    text: first.text,
    row: first.row,
    detail: `${header}: '${first.text}' = ${show(first.value)} (row ${by.row}: '${by.text}')`,
    message: `'${first.text}' in column '${header}'${others} read as ${show(first.value)}, with ${meaning}, because '${by.text}' in row ${by.row} shows it; check the column if its numbers were typed in different ways`,
  };
}

export interface NumberProblem {
  text: string;
  message: string;
}

/** Visits the cells of every data row of the table once more (for the column scan), with each row's number. */
export type RowScan = (visit: (cells: readonly string[], row: number) => void) => void;

const DIGITS = /^\d+$/;

/** Degrees never reach the thousands: when only one reading is a plausible degree, it is the one. */
function coordinateMark(ifDot: number, ifComma: number): DecimalMark | null {
  const dot = Math.abs(ifDot) <= 180;
  const comma = Math.abs(ifComma) <= 180;
  return dot === comma ? null : dot ? "." : ",";
}
const show = (n: number) => String(n);

export class NumberColumns {
  private readonly columns: Column[];
  private scanned = false;
  private last: { text: string; value: number; mark: DecimalMark } | null = null;

  constructor(cols: ColumnMap, headers: readonly string[], private readonly scan: RowScan) {
    this.columns = [];
    for (const field of FIELDS) {
      const index = cols.index[field];
      if (index === undefined) continue;
      const header = headers[index] ?? field;
      this.columns.push({ field, index, header, unit: field === "weight" ? headerMoneyUnit(header) : null });
    }
  }

  get empty(): boolean {
    return this.columns.length === 0;
  }

  /** Units of converted columns, for the report: [header, unit]. */
  units(): Array<[string, MoneyUnit]> {
    return this.columns.flatMap((c) => (c.unit ? [[c.header, c.unit] as [string, MoneyUnit]] : []));
  }

  /**
   * Rewrites the row's number cells as plain numbers (in 백만원 for amounts), so the row
   * readers parse them as written; returns a problem, leaving the row unread, when a cell
   * cannot be read without guessing. Cells that are no number at all are left for the row
   * readers to report.
   */
  fix(cells: string[], row = 0): NumberProblem | null {
    this.last = null;
    for (const c of this.columns) {
      const text = cells[c.index];
      if (text === undefined || text === "") continue;
      if (DIGITS.test(text)) {
        if (c.unit && (c.unit.mul !== 1 || c.unit.div !== 1)) cells[c.index] = show(toMillionWon(Number(text), c.unit));
        continue;
      }
      const amount = amountText(text);
      if (amount.unit && c.field !== "weight") continue;
      const form = numberForm(amount.core);
      if (form.kind === "invalid") continue;
      let value: number;
      if (form.kind === "number") {
        value = form.value;
      } else {
        // A coordinate with only one reading that is a degree needs no other row, and no note.
        const byDegree = c.field === "weight" ? null : coordinateMark(form.ifDot, form.ifComma);
        const mark = byDegree ?? this.markOf(c);
        const options = `${show(form.ifComma)} or ${show(form.ifDot)}`;
        if (mark === "." || mark === ",") {
          value = mark === "." ? form.ifDot : form.ifComma;
          if (byDegree === null) this.noteResolved(c, text, row, value, mark);
        } else if (mark === "both") {
          return { text, message: `'${text}' in column '${c.header}' could be ${options}: the column uses both '.' and ',' as decimal marks` };
        } else if (c.field !== "weight" || form.separator === ",") {
          // No evidence either way: a comma groups thousands as Korean and English write it;
          // a coordinate in degrees is never in the thousands, so its point is a decimal mark.
          value = form.ifDot;
        } else {
          return { text, message: `'${text}' in column '${c.header}' could be ${options}: no other number in the column shows whether '.' marks decimals or thousands` };
        }
      }
      if (c.field === "weight") {
        if (amount.unit && !c.unit) {
          return { text, message: `'${text}' names a unit (${amount.unit.name}) but the header '${c.header}' names none, so the other amounts' unit is unknown; put the unit in the header, e.g. '${c.header}(백만원)'` };
        }
        const unit = amount.unit ?? c.unit;
        if (unit) value = toMillionWon(value, unit);
      }
      cells[c.index] = show(amount.negative ? -value : value);
    }
    return null;
  }

  /**
   * One note per column whose ambiguous cells were read by the mark other cells show: "1,234" is
   * 1234 to a Korean reader and 1.234 under a decimal comma, so a reading decided by another row
   * is said, with that row, never made silently.
   */
  notes(): NumberNote[] {
    const out: NumberNote[] = [];
    for (const c of this.columns) {
      if (!c.resolved) continue;
      const mark = c.marks!.values().next().value!;
      out.push(decimalNote(c.header, c.resolved, c.shown!.get(mark)!, mark));
    }
    return out;
  }

  /** The last fix() call read an ambiguous cell by the mark other cells show: its text, value and that mark. */
  get lastResolved(): { text: string; value: number; mark: DecimalMark } | null {
    return this.last;
  }

  private noteResolved(c: Column, text: string, row: number, value: number, mark: DecimalMark): void {
    this.last = { text, value, mark };
    if (c.resolved) c.resolved.count++;
    else c.resolved = { text, row, value, count: 1 };
  }

  /** The column's decimal mark from all its cells: ".", ",", "both" or null (no evidence). */
  private markOf(c: Column): DecimalMark | "both" | null {
    if (!this.scanned) this.scanAll();
    const marks = c.marks!;
    if (marks.size === 0) return null;
    return marks.size > 1 ? "both" : marks.values().next().value!;
  }

  private scanAll(): void {
    this.scanned = true;
    for (const c of this.columns) [c.marks, c.shown] = [new Set(), new Map()];
    this.scan((cells, row) => {
      for (const c of this.columns) {
        const text = cells[c.index];
        if (!text || DIGITS.test(text)) continue;
        const form = numberForm(amountText(text).core);
        if (form.kind === "number" && form.mark && !c.marks!.has(form.mark)) {
          c.marks!.add(form.mark);
          c.shown!.set(form.mark, { text, row });
        }
      }
    });
  }
}
