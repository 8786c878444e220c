// A lean reader for the common XLSX case: unzip the parts that hold cell values and scan their
// XML for cells, without building SheetJS's workbook model (which took ~2 s at 10k companies /
// 50k links and a gigabyte at ten times that). Anything it does not expect makes it return
// null, and xlsxSheets.ts reads the file with SheetJS instead, so it can only be faster, never
// different: test/io/formats/xlsxFast.test.ts holds the two to the same output.

import { strFromU8, unzipSync } from "fflate";
import * as XLSX from "@e965/xlsx";
import type { SheetRows } from "./sheetRows.ts";

class Unexpected extends Error {}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// Excel writes characters XML cannot hold as _xHHHH_; "_x005F_" escapes a literal "_x".
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function text(raw: string): string {
  let out = raw.includes("&") ? raw.replace(ENTITY, (_, hex: string, dec: string, name: string) => (name ? NAMED[name.toLowerCase()]! : String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10)))) : raw;
  if (out.includes("_x")) out = out.replace(EXCEL_ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

const ATTRS = new Map<string, RegExp>();

function attr(tag: string, name: string): string | undefined {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = re.exec(tag);
  return m ? text(m[1]!) : undefined;
}

/** Text of every <t> in a string item, leaving out phonetic runs (<rPh>, Japanese/Korean readings). */
function itemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += text(m[1] ?? "");
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(itemText(m[1] ?? ""));
  return out;
}

// Built-in number formats that are dates or times, including the East Asian ones (27-36, 50-58).
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether each cell style (the s attribute) formats numbers as dates. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId"));
    const code = attr(m[0], "formatCode");
    if (code !== undefined) formats.set(id, code);
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\s[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    const code = formats.get(id);
    return code !== undefined ? XLSX.SSF.is_date(code) : BUILTIN_DATES.has(id);
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

function serialDate(v: number): string {
  const p = XLSX.SSF.parse_date_code(v) as { y: number; m: number; d: number; H: number; M: number } | null;
  if (!p) throw new Unexpected("date");
  const day = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return p.H || p.M ? `${day} ${pad(p.H)}:${pad(p.M)}` : day;
}

/** "B12" -> [11, 1]. */
function cellRef(ref: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + code - 64;
  }
  const r = Number(ref.slice(i));
  if (!i || !Number.isInteger(r) || r < 1) throw new Unexpected(`cell ${ref}`);
  return [r - 1, c - 1];
}

function numberText(v: string): string {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n)) throw new Unexpected(`number ${v}`);
  return String(n);
}

/** An attribute of a short tag by plain search: the scan runs once per cell, where regexes cost. */
function quick(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at === -1) return undefined;
  const start = at + name.length + 3;
  const raw = tag.slice(start, tag.indexOf('"', start));
  return raw.includes("&") || raw.includes("_x") ? text(raw) : raw;
}

function valueOf(inner: string): string | undefined {
  let at = inner.indexOf("<v>");
  if (at === -1) {
    at = inner.indexOf("<v ");
    if (at === -1) return undefined;
    at = inner.indexOf(">", at) - 2;
  }
  const end = inner.indexOf("</v>", at);
  return end === -1 ? undefined : inner.slice(at + 3, end);
}

function cellValue(type: string | undefined, style: number, inner: string, strings: readonly string[], dates: readonly boolean[]): string {
  const v = valueOf(inner);
  switch (type ?? "n") {
    case "s": {
      const s = v === undefined ? undefined : strings[Number(v)];
      if (s === undefined) throw new Unexpected("shared string");
      return s;
    }
    case "inlineStr":
      return itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? "");
    case "str":
      return v === undefined ? "" : text(v);
    case "b":
      return v === undefined ? "" : v === "1" ? "true" : "false";
    case "e":
      return "";
    case "n":
      if (v === undefined) return "";
      return dates[style] ? serialDate(Number(numberText(v))) : numberText(v);
    default:
      // "d" (ISO dates) and anything newer: SheetJS knows them.
      throw new Unexpected(`cell type ${type}`);
  }
}

const isNameEnd = (code: number) => code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;

function sheetRows(xml: string, strings: readonly string[], dates: readonly boolean[]): { rows: string[][]; firstRow: number } {
  const grid: string[][] = [];
  let first = Infinity;
  let last = -1;
  let width = 0;
  let nextRow = 0;
  let nextCol = 0;
  const start = xml.indexOf("<sheetData");
  const stop = xml.indexOf("</sheetData>");
  let i = start === -1 ? xml.length : start + 10;
  const end = stop === -1 ? xml.length : stop;
  while ((i = xml.indexOf("<", i)) !== -1 && i < end) {
    const tagEnd = xml.indexOf(">", i);
    if (tagEnd === -1) throw new Unexpected("unclosed tag");
    if (xml.startsWith("<row", i) && isNameEnd(xml.charCodeAt(i + 4))) {
      const r = quick(xml.slice(i, tagEnd + 1), "r");
      nextRow = r === undefined ? nextRow + 1 : Number(r);
      nextCol = 0;
      i = tagEnd + 1;
      continue;
    }
    if (xml.charCodeAt(i + 1) !== 99 /* c */ || !isNameEnd(xml.charCodeAt(i + 2))) {
      i = tagEnd + 1;
      continue;
    }
    const tag = xml.slice(i, tagEnd + 1);
    const ref = quick(tag, "r");
    const [r, c] = ref === undefined ? [nextRow - 1, nextCol] : cellRef(ref);
    nextCol = c + 1;
    if (xml.charCodeAt(tagEnd - 1) === 47 /* / */) {
      i = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf("</c>", tagEnd);
    if (close === -1) throw new Unexpected("unclosed cell");
    const value = cellValue(quick(tag, "t"), Number(quick(tag, "s") ?? 0), xml.slice(tagEnd + 1, close), strings, dates);
    i = close + 4;
    if (value === "") continue;
    if (r < 0) throw new Unexpected("cell outside a row");
    const row = (grid[r] ??= []);
    row[c] = value;
    if (r < first) first = r;
    if (r > last) last = r;
    if (c + 1 > width) width = c + 1;
  }
  if (last === -1) return { rows: [], firstRow: 1 };
  const rows: string[][] = [];
  for (let r = first; r <= last; r++) rows.push(grid[r] ?? []);
  for (const merge of xml.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const [r0, c0] = cellRef(merge[1]!);
    const [r1, c1] = cellRef(merge[2]!);
    const value = rows[r0 - first]?.[c0] ?? "";
    if (!value) continue;
    for (let r = Math.max(r0, first); r <= Math.min(r1, last); r++) {
      const row = rows[r - first]!;
      for (let c = c0; c <= c1; c++) if (!row[c]) row[c] = value;
    }
  }
  // Every row as wide as the sheet, as SheetJS gives them: a cell left empty is "", not absent.
  for (const row of rows) for (let c = 0; c < width; c++) row[c] ??= "";
  return { rows, firstRow: first + 1 };
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === "");

/** The sheets of an XLSX file, or null when it is not one this reader is sure about. */
export function readXlsxFast(bytes: Uint8Array): SheetRows[] | null {
  try {
    const parts = unzipSync(bytes, { filter: (f) => (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels") });
    const part = (path: string) => {
      const p = parts[path];
      return p ? strFromU8(p) : undefined;
    };
    const workbook = part("xl/workbook.xml");
    const rels = part("xl/_rels/workbook.xml.rels");
    if (!workbook || !rels) return null;
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attr(m[0], "Id");
      const target = attr(m[0], "Target");
      if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    }
    const strings = sharedStrings(part("xl/sharedStrings.xml"));
    const dates = dateStyles(part("xl/styles.xml"));
    const sheets: SheetRows[] = [];
    for (const [i, m] of [...workbook.matchAll(/<sheet\s[^>]*>/g)].entries()) {
      const name = attr(m[0], "name") ?? `Sheet${i + 1}`;
      const state = attr(m[0], "state");
      const position = i + 1;
      if (state === "hidden" || state === "veryHidden") {
        sheets.push({ name, position, skipped: state === "veryHidden" ? "very hidden" : "hidden", rows: [], firstRow: 1 });
        continue;
      }
      const rid = attr(m[0], "r:id");
      const xml = rid === undefined ? undefined : part(targets.get(rid) ?? "");
      if (xml === undefined) return null;
      const { rows, firstRow } = sheetRows(xml, strings, dates);
      const skipped = rows.every(isBlankRow) ? "empty" : null;
      sheets.push({ name, position, skipped, rows: skipped ? [] : rows, firstRow });
    }
    return sheets.length ? sheets : null;
  } catch {
    return null;
  }
}
