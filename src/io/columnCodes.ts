// Text columns of typed files as codes: each row's index among the column's distinct values,
// found from the value's UTF-8 bytes. A links table's supplier and buyer columns hold few
// distinct values many times over; as codes they are neither decoded into a string per row
// nor hashed as strings (a Map lookup of a freshly decoded string hashes all of it first),
// which was most of the cost of loading them. Each distinct value is decoded once, by the
// format's own decoder, so its text is exactly what the row path reads.

export interface ColumnCodes {
  /** Per row: the index of its value in `distinct`, or -1 for a null. */
  codes: Int32Array;
  /** Each distinct value, as the column's values() gives it. */
  distinct: unknown[];
}

const EMPTY = -1;

/**
 * Assigns codes to byte strings: an open-addressing table keyed by an FNV-1a hash of the
 * bytes. Each slot keeps its hash beside its code, and each distinct value's bytes are copied
 * into one arena, so a lookup touches two small arrays instead of scattered buffers.
 */
export class ByteCodes {
  readonly distinct: unknown[] = [];
  /** Whether the last code() was a value not seen before: the caller then sets distinct[code]. */
  fresh = false;
  private slots: Int32Array<ArrayBuffer>;
  private slotHashes: Int32Array<ArrayBuffer>;
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1024);

  constructor(expected: number) {
    this.slots = new Int32Array(slotCount(expected)).fill(EMPTY);
    this.slotHashes = new Int32Array(this.slots.length);
  }

  /** The code of `buf[start, end)`. */
  code(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const c = this.slots[slot]!;
      if (c === EMPTY) return this.add(slot, h, buf, start, end);
      if (this.slotHashes[slot] === h && this.same(c, buf, start, end)) {
        this.fresh = false;
        return c;
      }
    }
  }

  private same(c: number, buf: Uint8Array, start: number, end: number): boolean {
    const at = this.starts[c]!;
    if (this.starts[c + 1]! - at !== end - start) return false;
    const arena = this.arena;
    for (let i = start, j = at; i < end; i++, j++) if (buf[i] !== arena[j]) return false;
    return true;
  }

  private add(slot: number, h: number, buf: Uint8Array, start: number, end: number): number {
    const c = this.distinct.length;
    if (c + 2 > this.starts.length) this.starts = grow(this.starts);
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(start, end), this.used);
    this.starts[c] = this.used;
    this.used += length;
    this.starts[c + 1] = this.used;
    this.distinct.push(undefined);
    this.fresh = true;
    this.slots[slot] = c;
    this.slotHashes[slot] = h;
    // At most half full, so probes stay short.
    if ((c + 1) * 2 > this.slots.length) this.rehash();
    return c;
  }

  private rehash(): void {
    const [slots, hashes] = [this.slots, this.slotHashes];
    this.slots = new Int32Array(slots.length * 2).fill(EMPTY);
    this.slotHashes = new Int32Array(this.slots.length);
    const mask = this.slots.length - 1;
    for (let s = 0; s < slots.length; s++) {
      const c = slots[s]!;
      if (c === EMPTY) continue;
      let slot = hashes[s]! & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = c;
      this.slotHashes[slot] = hashes[s]!;
    }
  }
}

function slotCount(expected: number): number {
  let n = 1024;
  while (n < expected * 2 && n < 1 << 26) n *= 2;
  return n;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Codes of a column given as one value per row: a byte string, or null / undefined. */
export function codesOfByteValues(values: ArrayLike<unknown>, decode: (bytes: Uint8Array) => unknown): ColumnCodes {
  const codes = new Int32Array(values.length);
  const dict = new ByteCodes(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (!(v instanceof Uint8Array)) {
      codes[r] = EMPTY;
      continue;
    }
    const c = (codes[r] = dict.code(v, 0, v.length));
    if (dict.fresh) dict.distinct[c] = decode(v);
  }
  return { codes, distinct: dict.distinct };
}
