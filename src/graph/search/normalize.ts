// How names and queries are folded before they are compared: one function for both sides, so
// whatever a name loses (spaces, company forms, case, NFC/NFD differences) a query loses too.

import { disassemble, getChoseong } from "es-hangul";
import { foldId, foldName } from "../../model/companyNames.ts";

export { foldId, foldName };

/** Hangul compatibility consonants (ㄱ..ㅎ): what people type as initials. */
export const INITIAL = /[\u3131-\u314e]/;
const SYLLABLE = /[\uac00-\ud7a3]/;

// es-hangul works one character at a time; names draw on a few thousand syllables, so each is
// taken apart once and remembered (a 100k-name index builds several times faster).
const jamoCache: Array<string | undefined> = [];
const initialCache: Array<string | undefined> = [];

function perUnit(text: string, cache: Array<string | undefined>, convert: (c: string) => string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += cache[code] ??= convert(text[i]!);
  }
  return out;
}

const initialOf = (c: string) => (SYLLABLE.test(c) ? getChoseong(c) : c);

/**
 * One initial per UTF-16 unit of a folded name: a syllable becomes its initial consonant
 * (서울에프앤비 -> ㅅㅇㅇㅍㅇㅂ), anything else stays, so positions line up with the name.
 */
export function initialsOf(folded: string): string {
  return perUnit(folded, initialCache, initialOf);
}

/** Syllables spelt as jamo (서울 -> ㅅㅓㅇㅜㄹ), so a half-typed last syllable still matches. */
export function jamoOf(folded: string): string {
  return perUnit(folded, jamoCache, disassemble);
}

export const hasSyllable = (text: string) => SYLLABLE.test(text);
