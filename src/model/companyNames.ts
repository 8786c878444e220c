// Company names folded for comparison, shared by the readers (one company per folded name and
// division) and by search (a query loses what a name loses): spaces, company forms ((주), ㈜,
// 주식회사, Co., Ltd. …), case, full-width forms and NFC/NFD differences.

import { getChoseong } from "es-hangul";

/** Korean company forms, dropped wherever they appear in parentheses. */
const PAREN_FORM = /\(\s*(?:주|유|株|有|주식회사|유한회사|유한책임회사)\s*\)/g;
/** Korean company forms written out, dropped at the start or the end of a name. */
const LEADING_FORM = /^\s*(?:주식회사|유한회사|유한책임회사)/;
const TRAILING_FORM = /(?:주식회사|유한회사|유한책임회사)\s*$/;
/**
 * English company forms, dropped at the end when a space, comma or dot sets them apart
 * ("Seoul F&B Co., Ltd." but not "Tesco"); repeated forms go together.
 */
const ENGLISH_FORMS = /(?:[\s,.]+(?:co|ltd|inc|corp|llc|limited|corporation)\b\.?)+[\s,.]*$/;
/**
 * Dropped from names and queries: spaces, control characters and punctuation people write or
 * leave out at will. & + # @ stay ("F&B" is not "FB").
 */
const IGNORED = /[\s\x00-\x1f\x7f-\x9f.,·ㆍ・'"‘’“”()[\]{}<>/\\:;!?~*_-]+/g;
/** Conjoining leading consonants left alone after NFC (a lone "ᄉ" from NFD text). */
const LONE_LEADING = /[\u1100-\u1112]/g;

/** Characters canonical() rewrites beyond NFC and lower case; most names have none. */
const SPECIAL = /[\uff01-\uff5e\u321c\u3232\u1100-\u1112]/;
const NON_ASCII = /[^\x00-\x7f]/;
const LATIN = /[a-z]/;

/** NFC, enclosed and full-width forms spelt out, lower case. */
function canonical(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = text.normalize("NFC");
  if (SPECIAL.test(out)) {
    out = out
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u321c/g, "(주)")
      .replace(/\u3232/g, "(유)")
      .replace(LONE_LEADING, (c) => getChoseong(c));
  }
  return out.toLowerCase();
}

const squeeze = (text: string) => text.replace(IGNORED, "");

/** A company name or a name query, folded; company forms go unless nothing else is left. */
export function foldName(text: string): string {
  const base = canonical(text);
  let body = base;
  if (body.includes("(")) body = body.replace(PAREN_FORM, " ");
  if (body.includes("회사")) body = body.replace(LEADING_FORM, "").replace(TRAILING_FORM, "");
  if (LATIN.test(body)) body = body.replace(ENGLISH_FORMS, "");
  const stripped = squeeze(body);
  return stripped.length > 0 ? stripped : squeeze(base);
}

/** An id or an id query, folded the same way but keeping every word. */
export function foldId(text: string): string {
  return squeeze(canonical(text));
}
