// One sheet of a workbook as cell text: what both workbook readers return (xlsxSheets.ts through
// SheetJS, xlsxFast.ts by scanning the XML), in a module of its own so neither reads the other's.

export interface SheetRows {
  name: string;
  /** Position in the workbook, from 1. */
  position: number;
  /** Why the sheet is not read ("hidden", "empty"), or null when it is. */
  skipped: string | null;
  /** Cell text by the sheet's own 0-based row and column; the header is somewhere near the top. */
  rows: string[][];
  /** Sheet row number (1-based, as the spreadsheet shows it) of rows[0]. */
  firstRow: number;
}
