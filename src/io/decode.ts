// Bytes to text. Korean spreadsheets arrive as UTF-8 (with or without the BOM Excel adds),
// as CP949 from "CSV (쉼표로 분리)" in Korean Excel, or as UTF-16 from Excel's "Unicode text".

import { decodeCp949 } from "./cp949.ts";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "euc-kr" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Decodes a file's bytes. Strict UTF-8 is tried first because CP949 byte pairs are almost
 * never valid UTF-8, while valid UTF-8 often decodes to plausible-looking CP949 garbage.
 * The fallback reads full CP949/UHC, including the 8,822 syllables plain EUC-KR lacks,
 * in browsers and in Node alike (see cp949.ts).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeCp949(bytes), encoding: "euc-kr" };
  }
}

/** Number of U+FFFD replacement characters: bytes the decoder could not map. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}
