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
 * bytes. A slot holds the hash, code, start and length of its value, whose bytes are copied
 * into one arena: a lookup reads one slot and the arena, not scattered buffers (this is
 * memory-bound; 500k references touch 100k values at random).
 */
export class ByteCodes {
  readonly distinct: unknown[] = [];
  /** Whether the last code() was a value not seen before: the caller then sets distinct[code]. */
  fresh = false;
  /** Per slot: hash, code (EMPTY when free), start and length in the arena. */
  private slots = new Int32Array(SLOT * 1024).fill(EMPTY);
  private arena = new Uint8Array(1 << 16);
  private used = 0;

  /** The code of `buf[start, end)`. */
  code(buf: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    const length = end - start;
    for (let s = (h & mask) * SLOT; ; s = (s + SLOT) & (mask * SLOT + SLOT - 1)) {
      const c = slots[s + 1]!;
      if (c === EMPTY) return this.add(s, h, buf, start, end);
      if (slots[s] === h && slots[s + 3] === length && this.same(slots[s + 2]!, buf, start, end)) {
        this.fresh = false;
        return c;
      }
    }
  }

  private same(at: number, buf: Uint8Array, start: number, end: number): boolean {
    const arena = this.arena;
    for (let i = start, j = at; i < end; i++, j++) if (buf[i] !== arena[j]) return false;
    return true;
  }

  private add(s: number, h: number, buf: Uint8Array, start: number, end: number): number {
    const c = this.distinct.length;
    const length = end - start;
    if (this.used + length > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + length));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(start, end), this.used);
    const slots = this.slots;
    slots[s] = h;
    slots[s + 1] = c;
    slots[s + 2] = this.used;
    slots[s + 3] = length;
    this.used += length;
    this.distinct.push(undefined);
    this.fresh = true;
    // At most half full, so probes stay short.
    if ((c + 1) * 2 * SLOT > slots.length) this.rehash();
    return c;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2).fill(EMPTY));
    const mask = slots.length / SLOT - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + 1] === EMPTY) continue;
      let s = (old[o]! & mask) * SLOT;
      while (slots[s + 1] !== EMPTY) s = (s + SLOT) & (slots.length - 1);
      slots.set(old.subarray(o, o + SLOT), s);
    }
  }
}

/** Int32s per slot of ByteCodes' table. */
const SLOT = 4;
