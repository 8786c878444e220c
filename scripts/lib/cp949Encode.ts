// CP949 encoding of the 2,350 KS X 1001 Hangul syllables plus ASCII, for test files written the
// way Korean Excel writes them. Built from the app's own decoder, so no table ships here; text
// outside that set cannot be encoded and throws.

import { decodeCp949 } from "../../src/io/text/cp949.ts";

let table: Map<string, [number, number]> | undefined;

function ksxSyllables(): Map<string, [number, number]> {
  const map = new Map<string, [number, number]>();
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const ch = decodeCp949(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch >= "\uac00" && ch <= "\ud7a3") map.set(ch, [lead, trail]);
    }
  }
  return map;
}

/** The KS X 1001 syllables, in code order: what CP949 files can always hold. */
export function cp949Syllables(): string[] {
  return [...(table ??= ksxSyllables()).keys()];
}

export function encodeCp949(text: string): Uint8Array {
  const map = (table ??= ksxSyllables());
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`encodeCp949: '${ch}' is not a KS X 1001 syllable`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}
