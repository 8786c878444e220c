// Deterministic hashing and a small seeded PRNG, identical in every JS engine:
// only 32-bit integer arithmetic (Math.imul, shifts) and one division at the end.

/** Final avalanche of MurmurHash3: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a string's UTF-16 code units; `seed` picks an independent hash. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b9)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return fmix32(h ^ text.length);
}

/**
 * Small Fast Counter PRNG (sfc32, 128-bit state). Two independent 32-bit hashes seed it, so
 * 100k ids give distinct streams with overwhelming probability (a single 32-bit seed would
 * already collide about once among 100k ids).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seedA: number, seedB = 0) {
    this.a = seedA | 0;
    this.b = seedB | 0;
    this.c = (seedA ^ 0x9e3779b9) | 0;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  static fromString(text: string): Random {
    return new Random(hashString(text, 1), hashString(text, 2));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal (Box-Muller). Uses Math.log/cos, whose last bits may differ between engines: for Node scripts. */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined && items.length === 0) throw new Error("geo/random: pick from an empty list");
    return item as T;
  }

  /** Index drawn with probability proportional to weights (all >= 0, sum > 0). */
  weighted(weights: ArrayLike<number>, total?: number): number {
    let sum = total ?? 0;
    if (total === undefined) for (let i = 0; i < weights.length; i++) sum += weights[i] ?? 0;
    let r = this.next() * sum;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}
