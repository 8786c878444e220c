// The CSV files of a summary bundle, scanned as bytes. They are machine-written (comma,
// UTF-8, RFC 4180 quoting) and large: a national companies.csv has a million rows of 34
// columns. Making a string per cell would cost tens of millions of allocations; this scanner
// records where each field lies, numbers are read straight from the bytes and text is copied
// as bytes into packed columns. Anything it cannot read exactly falls back to the general path.

import type { PackedStrings } from "../../graph/summary/columns.ts";

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const decoder = new TextDecoder();

export class ByteCsv {
  readonly bytes: Uint8Array;
  private pos = 0;
  /** Fields of the current record: bytes [start, end), inside the quotes for quoted ones. */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 when the field was quoted and holds a doubled quote that must be undone. */
  escaped = new Uint8Array(64);
  fields = 0;
  /** Spreadsheet row of the current record (header = 1); a quoted line break does not count. */
  row = 0;
  /** Set when the current record's quoting was broken (text after a closing quote, or an unclosed quote). */
  broken = false;

  constructor(bytes: Uint8Array) {
    // A BOM before the header would become part of its first name.
    this.bytes = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
  }

  get offset(): number {
    return this.pos;
  }

  /** Reads the next record; false at the end of the bytes. A blank line is a record of one empty field. */
  next(): boolean {
    const b = this.bytes;
    const n = b.length;
    if (this.pos >= n) return false;
    this.row++;
    this.fields = 0;
    this.broken = false;
    let p = this.pos;
    for (;;) {
      if (this.fields === this.start.length) this.grow();
      const f = this.fields++;
      this.escaped[f] = 0;
      if (b[p] === QUOTE) {
        p++;
        const s = p;
        for (;;) {
          if (p >= n) {
            this.broken = true;
            break;
          }
          if (b[p] === QUOTE) {
            if (b[p + 1] === QUOTE) {
              this.escaped[f] = 1;
              p += 2;
              continue;
            }
            break;
          }
          p++;
        }
        this.start[f] = s;
        this.end[f] = Math.min(p, n);
        p++;
        // Anything between the closing quote and the delimiter breaks the record.
        if (p < n && b[p] !== COMMA && b[p] !== LF && b[p] !== CR) {
          this.broken = true;
          while (p < n && b[p] !== COMMA && b[p] !== LF) p++;
        }
      } else {
        const s = p;
        while (p < n && b[p] !== COMMA && b[p] !== LF) p++;
        let e = p;
        if (e > s && b[e - 1] === CR && (p >= n || b[p] === LF)) e--;
        this.start[f] = s;
        this.end[f] = e;
      }
      if (p >= n) {
        this.pos = n;
        return true;
      }
      if (b[p] === COMMA) {
        p++;
        continue;
      }
      if (b[p] === CR) p++;
      if (b[p] === LF) p++;
      this.pos = p;
      return true;
    }
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const escaped = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    escaped.set(this.escaped);
    [this.start, this.end, this.escaped] = [start, end, escaped];
  }

  /** Narrows field f to its bytes without ASCII spaces at either end. */
  trim(f: number): void {
    const b = this.bytes;
    let s = this.start[f]!;
    let e = this.end[f]!;
    while (s < e && b[s] === 0x20) s++;
    while (e > s && b[e - 1] === 0x20) e--;
    this.start[f] = s;
    this.end[f] = e;
  }

  /** Field f as a number key when it is at most 6 bytes (exact in a double), else -1: a cheap lookup key for short codes. */
  shortKey(f: number): number {
    const s = this.start[f]!;
    const e = this.end[f]!;
    if (e - s > 6 || this.escaped[f]) return -1;
    let key = 1;
    for (let p = s; p < e; p++) key = key * 256 + this.bytes[p]!;
    return key;
  }

  /** Whether field f says yes: true, 1 or yes in any case. */
  yes(f: number): boolean {
    const b = this.bytes;
    const s = this.start[f]!;
    const len = this.end[f]! - s;
    const c = b[s]! | 0x20;
    if (len === 1) return b[s] === 0x31;
    if (len === 4) return c === 0x74 && (b[s + 1]! | 0x20) === 0x72 && (b[s + 2]! | 0x20) === 0x75 && (b[s + 3]! | 0x20) === 0x65;
    if (len === 3) return c === 0x79 && (b[s + 1]! | 0x20) === 0x65 && (b[s + 2]! | 0x20) === 0x73;
    return false;
  }

  isBlank(): boolean {
    return this.fields === 1 && this.end[0]! === this.start[0]!;
  }

  isEmpty(f: number): boolean {
    return this.end[f]! <= this.start[f]!;
  }

  text(f: number): string {
    const s = decoder.decode(this.bytes.subarray(this.start[f]!, this.end[f]!));
    return this.escaped[f] ? s.replaceAll('""', '"') : s;
  }

  /**
   * The field as a number: NaN when empty or not a number. Plain decimals with up to 15
   * significant digits are read from the bytes (one correctly rounded division, so the result
   * equals Number(text)); anything else goes through Number().
   */
  number(f: number): number {
    const b = this.bytes;
    let p = this.start[f]!;
    const e = this.end[f]!;
    if (p >= e) return NaN;
    let negative = false;
    if (b[p] === 0x2d) {
      negative = true;
      p++;
    }
    let mantissa = 0;
    let digits = 0;
    let scale = 1;
    let seenDot = false;
    let any = false;
    for (; p < e; p++) {
      const c = b[p]!;
      if (c >= 0x30 && c <= 0x39) {
        any = true;
        if (mantissa === 0 && c === 0x30 && !seenDot) continue;
        mantissa = mantissa * 10 + (c - 0x30);
        if (mantissa !== 0) digits++;
        if (seenDot) scale *= 10;
      } else if (c === 0x2e && !seenDot) {
        seenDot = true;
      } else {
        return this.slowNumber(f);
      }
    }
    if (!any) return NaN;
    if (digits > 15 || scale > 1e22) return this.slowNumber(f);
    const value = scale === 1 ? mantissa : mantissa / scale;
    return negative ? -value : value;
  }

  private slowNumber(f: number): number {
    const text = this.text(f).trim();
    return text === "" ? NaN : Number(text);
  }
}

/** Packed UTF-8 strings built one at a time (summaryColumns.ts PackedStrings). */
export class PackedBuilder {
  private bytes: Uint8Array;
  private offsets: Uint32Array;
  private length = 0;
  private used = 0;

  constructor(rows = 1024, bytesPerRow = 12) {
    this.bytes = new Uint8Array(Math.max(64, rows * bytesPerRow));
    this.offsets = new Uint32Array(rows + 1);
  }

  get size(): number {
    return this.length;
  }

  /** Appends field f of the scanner's record, undoing doubled quotes. */
  pushField(csv: ByteCsv, f: number): void {
    const s = csv.start[f]!;
    const e = csv.end[f]!;
    if (csv.escaped[f]) {
      this.pushBytes(new TextEncoder().encode(csv.text(f)));
      return;
    }
    this.reserve(e - s);
    // Short cells copy faster by hand than through a subarray view.
    const src = csv.bytes;
    const dst = this.bytes;
    let at = this.used;
    if (e - s < 48) for (let p = s; p < e; p++) dst[at++] = src[p]!;
    else {
      dst.set(src.subarray(s, e), at);
      at += e - s;
    }
    this.used = at;
    this.close();
  }

  pushEmpty(): void {
    this.close();
  }

  /** FNV-1a hash of string i's bytes. */
  hash(i: number): number {
    return hashBytes(this.bytes, this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** Whether string i has exactly the bytes src[s, e). */
  equals(i: number, src: Uint8Array, s: number, e: number): boolean {
    const a = this.offsets[i]!;
    if (this.offsets[i + 1]! - a !== e - s) return false;
    const b = this.bytes;
    for (let k = 0; k < e - s; k++) if (b[a + k] !== src[s + k]) return false;
    return true;
  }

  pushBytes(src: Uint8Array): void {
    this.reserve(src.length);
    this.bytes.set(src, this.used);
    this.used += src.length;
    this.close();
  }

  /** Undoes the last push (a row rejected after its text was copied). */
  pop(): void {
    if (this.length === 0) return;
    this.length--;
    this.used = this.offsets[this.length]!;
  }

  private close(): void {
    if (this.length + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.length++;
    this.offsets[this.length] = this.used;
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.used + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  /** Views, not copies, unless most of the buffer would go to waste. */
  finish(): PackedStrings {
    const cut = <T extends Uint8Array | Uint32Array>(a: T, n: number): T => (n < a.length * 0.7 ? a.slice(0, n) : a.subarray(0, n)) as T;
    return { bytes: cut(this.bytes, this.used), offsets: cut(this.offsets, this.length + 1) };
  }
}

export function hashBytes(b: Uint8Array, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let p = s; p < e; p++) h = Math.imul(h ^ b[p]!, 0x01000193);
  return h >>> 0;
}

/**
 * Row of each id kept in a PackedBuilder, found by the id's bytes: a million ids without a
 * million strings. Open addressing over a power-of-two table, sized once for `capacity` ids.
 */
export class ByteIdIndex {
  private readonly keys: PackedBuilder;
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(keys: PackedBuilder, capacity: number) {
    this.keys = keys;
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The row holding these bytes, or -1. */
  find(src: Uint8Array, s: number, e: number): number {
    for (let slot = hashBytes(src, s, e) & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.table[slot]!;
      if (row < 0 || this.keys.equals(row, src, s, e)) return row;
    }
  }

  /** Records that string `row` of the keys (already pushed) is that row's id. */
  add(row: number): void {
    for (let slot = this.keys.hash(row) & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.table[slot]! < 0) {
        this.table[slot] = row;
        return;
      }
    }
  }
}

/** Records in the bytes at most (line feeds + 1): what to size columns by, without regrowing. */
export function maxRecords(bytes: Uint8Array): number {
  let n = 1;
  for (let p = bytes.indexOf(0x0a); p >= 0; p = bytes.indexOf(0x0a, p + 1)) n++;
  return n;
}
