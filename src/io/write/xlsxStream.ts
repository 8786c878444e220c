// An XLSX workbook written row by row into a streaming zip (fflate's Zip): for the national
// company table and ranking, a million rows that SheetJS would first hold as a million arrays
// and then as one XML string. Each sheet's XML is deflated as it is made and handed on in
// chunks, so memory holds one batch of rows and the compressed bytes, never the whole sheet.
// Text cells are inline strings, escaped (xmlText.ts): never formulas. A sheet takes at most
// Excel's 1,048,576 rows; the caller starts another sheet for more (XLSX_MAX_ROWS).

import { Zip, ZipDeflate, strToU8 } from "fflate";
import { xmlEscape } from "./xmlText.ts";

export type XlsxCell = string | number | boolean | null | undefined;

/** Rows per sheet Excel opens, the header row included. */
export const XLSX_MAX_ROWS = 1_048_576;
// Excel refuses longer cell text.
const MAX_CELL = 32767;

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// The platform's encoder: fflate's strToU8 is JavaScript, and a million rows make hundreds of megabytes of text.
const encoder = new TextEncoder();
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Sheet names: at most 31 characters, none of []:*?/\ (Excel's rules). */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
}

export class XlsxStreamWriter {
  private readonly zip: Zip;
  private readonly sheets: string[] = [];
  private sheet: ZipDeflate | null = null;
  private buffer: string[] = [];
  private buffered = 0;
  private row = 0;
  private columns: string[] = [];
  private error: Error | null = null;

  /** `emit` receives the file's bytes in order; the last call has `final` true. */
  constructor(emit: (bytes: Uint8Array, final: boolean) => void, private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 = 1) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.error = err;
      else emit(data, final);
    });
  }

  /** Starts a sheet (ending the one before); rows follow with addRow. */
  startSheet(name: string): void {
    this.endSheet();
    this.sheets.push(sheetName(name));
    this.sheet = new ZipDeflate(`xl/worksheets/sheet${this.sheets.length}.xml`, { level: this.level });
    this.zip.add(this.sheet);
    this.row = 0;
    this.push(`${HEAD}<worksheet ${NS} ${REL_NS}><sheetData>`);
  }

  /** Rows written to the current sheet so far. */
  get rows(): number {
    return this.row;
  }

  addRow(cells: readonly XlsxCell[]): void {
    if (!this.sheet) throw new Error("io/xlsxStream: no sheet started");
    if (this.row >= XLSX_MAX_ROWS) throw new Error("io/xlsxStream: a sheet holds at most 1,048,576 rows");
    const r = ++this.row;
    let xml = `<row r="${r}">`;
    // A cell names its column only after an empty one: readers place an unnamed cell right after
    // the one before it, and a million rows of "A123" references are a tenth of the file.
    let named = true;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined || v === "" || (typeof v === "number" && !Number.isFinite(v))) {
        named = false;
        continue;
      }
      const ref = named ? "" : ` r="${(this.columns[c] ??= columnName(c)) + r}"`;
      named = true;
      if (typeof v === "number") {
        xml += `<c${ref}><v>${v}</v></c>`;
      } else if (typeof v === "boolean") {
        xml += `<c${ref} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        const text = v.length > MAX_CELL ? v.slice(0, MAX_CELL) : v;
        const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
        xml += `<c${ref} t="inlineStr"><is><t${space}>${xmlEscape(text)}</t></is></c>`;
      }
    }
    this.push(xml + "</row>");
  }

  private push(xml: string, final = false): void {
    this.buffer.push(xml);
    this.buffered += xml.length;
    // Deflated in batches of about a megabyte of text: one call per row would cost more than the rows.
    if (final || this.buffered > 1 << 20) {
      this.sheet!.push(encoder.encode(this.buffer.join("")), final);
      this.buffer = [];
      this.buffered = 0;
    }
    if (this.error) throw this.error;
  }

  private endSheet(): void {
    if (!this.sheet) return;
    this.push("</sheetData></worksheet>", true);
    this.sheet = null;
  }

  /** Writes the workbook's other parts and ends the zip. */
  finish(): void {
    if (this.sheets.length === 0) this.startSheet("Sheet1");
    this.endSheet();
    const n = this.sheets.length;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const file = (name: string, text: string) => {
      const part = new ZipDeflate(name, { level: this.level });
      this.zip.add(part);
      part.push(strToU8(text), true);
    };
    file(
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        "</Types>",
    );
    file(
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    file(
      "xl/workbook.xml",
      `${HEAD}<workbook ${NS} ${REL_NS}><sheets>` + ids.map((i) => `<sheet name="${xmlEscape(this.sheets[i - 1]!)}" sheetId="${i}" r:id="rId${i}"/>`).join("") + "</sheets></workbook>",
    );
    file(
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("") +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    );
    // The least Excel takes without a repair prompt: one font, fill, border and cell format.
    file(
      "xl/styles.xml",
      `${HEAD}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    );
    this.zip.end();
    if (this.error) throw this.error;
  }
}
