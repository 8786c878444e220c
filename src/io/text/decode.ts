// Bytes to text. Korean spreadsheets arrive as UTF-8 (with or without the BOM Excel adds),
// as CP949 from "CSV (쉼표로 분리)" in Korean Excel, or as UTF-16 from Excel's "Unicode text";
// and sometimes as a mixture: rows pasted from a CP949 file into a UTF-8 one, or a UTF-8 file
// cut in the middle of a syllable. The encoding is decided by evidence, line by line when the
// file as a whole is neither, so one bad line never turns the whole file into mojibake.

import { decodeCp949 } from "./cp949.ts";
import type { IssueLog } from "../read/issues.ts";

export type TextEncodingName = "utf-8" | "utf-8-bom" | "euc-kr" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /**
   * Line numbers (1-based; CR, LF and CRLF each end a line) read in the other of UTF-8 and CP949 than `encoding`
   * says, and read cleanly: a mixed file. Absent when every line agrees.
   */
  otherLines?: number[];
  /** Lines with bytes neither encoding reads; those bytes show as U+FFFD in `text`. */
  brokenLines?: number[];
  /** Set when the bytes are not text at all (an image, an archive...): what they look like. */
  binary?: string;
}

/** What a file's first bytes say it is, for the ones people drop by mistake. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["gzip archive", [0x1f, 0x8b]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["executable", [0x7f, 0x45, 0x4c, 0x46]],
];

const SNIFF_BYTES = 8192;
// Text has almost no control bytes besides tab, CR and LF; binary formats are full of them.
// A share this high is never a text file with a stray NUL in one cell.
const BINARY_CONTROL_SHARE = 0.1;

/** A description of the file when its bytes are not text, else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE ? "binary data (or UTF-16 text without a byte-order mark)" : null;
}

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
const utf8Lossy = new TextDecoder("utf-8");

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not one.
 * Hand-written because a fatal TextDecoder signals failure by throwing, and a CP949 file of
 * 500k lines would throw 500k times.
 */
function utf8SequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let min: number;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
  else if (b === 0xe0) [need, min] = [2, 0xa0];
  else if (b === 0xed) [need, min, max] = [2, 0x80, 0x9f];
  else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
  else if (b === 0xf0) [need, min] = [3, 0x90];
  else if (b === 0xf4) [need, min, max] = [3, 0x80, 0x8f];
  else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
  else return 0;
  if (i + need >= end) return 0;
  const second = bytes[i + 1]!;
  if (second < min || second > max) return 0;
  for (let k = 2; k <= need; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

interface LineStats {
  /** Bytes outside ASCII. */
  high: number;
  /** Bytes in invalid UTF-8 sequences. */
  badUtf8: number;
}

function lineStats(bytes: Uint8Array, start: number, end: number): LineStats {
  let high = 0;
  let badUtf8 = 0;
  for (let i = start; i < end; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    high++;
    const n = utf8SequenceAt(bytes, i, end);
    if (n === 0) {
      badUtf8++;
      i++;
    } else {
      high += n - 1;
      i += n;
    }
  }
  return { high, badUtf8 };
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Number of U+FFFD replacement characters: bytes the decoder could not map. */
export function countReplacements(text: string): number {
  return countChar(text, "\ufffd");
}


/**
 * Share of the non-ASCII characters that are Hangul syllables. Korean text decoded with the
 * right code page is mostly syllables; UTF-8 bytes read as CP949 come out as rare hanja and
 * symbols ("��숈뼇硫뷀깉" for "동양메탈").
 */
function hangulShare(text: string): number {
  return scanNonAscii(text, false).share;
}

/**
 * Hangul syllables among the non-ASCII characters; with `stopAtOdd`, gives up at the first
 * U+FFFD or ideograph (what a wrong code page produces) and says so.
 */
function scanNonAscii(text: string, stopAtOdd: boolean): { share: number; odd: boolean } {
  let all = 0;
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    all++;
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if (stopAtOdd && (c === 0xfffd || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))) return { share: 0, odd: true };
  }
  return { share: all === 0 ? 1 : hangul / all, odd: false };
}

// Korean CP949 text also holds hanja, ㈜, · and the like; mojibake is mostly not syllables.
const PLAUSIBLE_HANGUL_SHARE = 0.6;

type LineVerdict = "utf-8" | "cp949";

/** Of two lossy readings of one line: fewer unread bytes, else more Hangul, else CP949. */
function betterReading(cpBad: number, utf8Bad: number, cp: string, utf8: string): LineVerdict {
  if (cpBad !== utf8Bad) return cpBad < utf8Bad ? "cp949" : "utf-8";
  const [cpShare, utf8Share] = [hangulShare(cp), hangulShare(utf8)];
  if (cpShare !== utf8Share) return cpShare > utf8Share ? "cp949" : "utf-8";
  return "cp949";
}

/** End of the line starting at `start`, after its CR, LF or CRLF: lines may end either way in one file. */
function lineEnd(bytes: Uint8Array, start: number): number {
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) return i + 1;
    if (b === 0x0d) return bytes[i + 1] === 0x0a ? i + 2 : i + 1;
  }
  return bytes.length;
}

/**
 * Decodes a file that is not valid UTF-8 as a whole, line by line. A line of valid UTF-8 is
 * UTF-8; a line CP949 reads without error is CP949; a line neither reads cleanly is decoded by
 * the one that leaves fewer bytes unread (ties: the more plausible Korean, then the file's
 * majority) and reported as broken.
 */
function decodeByLine(bytes: Uint8Array): DecodedText {
  const verdicts: LineVerdict[] = [];
  const clean: boolean[] = [];
  const texts: string[] = [];
  // Lines both encodings read cleanly, where CP949 gives Korean and UTF-8 gives Latin or Greek
  // ("탈" is C5 BB in CP949, and C5 BB is UTF-8 for "Ż"): decided by the file's other lines.
  const either = new Map<number, string>();
  let utf8Lines = 0;
  let cpLines = 0;
  for (let start = 0; start < bytes.length; ) {
    const end = lineEnd(bytes, start);
    const { high, badUtf8 } = lineStats(bytes, start, end);
    const chunk = bytes.subarray(start, end);
    start = end;
    if (high === 0 || badUtf8 === 0) {
      const utf8 = utf8Lossy.decode(chunk);
      texts.push(utf8);
      verdicts.push("utf-8");
      clean.push(true);
      if (high === 0) continue;
      const cp = decodeCp949(chunk);
      if (countReplacements(cp) === 0 && hangulShare(cp) > hangulShare(utf8)) either.set(texts.length - 1, cp);
      else utf8Lines++;
      continue;
    }
    const cp = decodeCp949(chunk);
    const cpBad = countReplacements(cp);
    if (cpBad === 0) {
      texts.push(cp);
      verdicts.push("cp949");
      clean.push(true);
      cpLines++;
      continue;
    }
    const utf8 = utf8Lossy.decode(chunk);
    const utf8Bad = countReplacements(utf8);
    const pick = betterReading(cpBad, utf8Bad, cp, utf8);
    texts.push(pick === "cp949" ? cp : utf8);
    verdicts.push(pick);
    clean.push(false);
  }
  // Ties between the two readings go to CP949, what Korean Excel writes, unless the file's
  // clean lines say UTF-8.
  const encoding: TextEncodingName = utf8Lines > cpLines ? "utf-8" : "euc-kr";
  const majority: LineVerdict = encoding === "utf-8" ? "utf-8" : "cp949";
  if (majority === "cp949") {
    for (const [i, cp] of either) {
      texts[i] = cp;
      verdicts[i] = "cp949";
    }
  }
  const otherLines: number[] = [];
  const brokenLines: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!clean[i]) brokenLines.push(i + 1);
    else if (verdicts[i] !== majority && /[^\x00-\x7f]/.test(texts[i]!)) otherLines.push(i + 1);
  }
  const out: DecodedText = { text: texts.join(""), encoding };
  if (otherLines.length) out.otherLines = otherLines;
  if (brokenLines.length) out.brokenLines = brokenLines;
  return out;
}

// A UTF-8 Hangul syllable starts with EA-ED, which CP949 takes as the lead of a hanja (or an
// invalid pair), so UTF-8 Hangul read as CP949 always shows ideographs: "기업명" -> "湲곗뾽紐".

/**
 * Decodes a whole file that is not UTF-8: CP949 in one pass when that reads it cleanly with
 * no ideograph anywhere (the usual Korean Excel file); otherwise line by line, which also
 * reads the rare CP949 file with hanja correctly, only slower.
 */
function decodeNotUtf8(bytes: Uint8Array): DecodedText {
  const cp = decodeCp949(bytes);
  if (plainKorean(cp)) return { text: cp, encoding: "euc-kr" };
  return decodeByLine(bytes);
}

/** No U+FFFD, no ideograph, and mostly Hangul syllables among the non-ASCII: in one pass. */
function plainKorean(text: string): boolean {
  const { share, odd } = scanNonAscii(text, true);
  return !odd && share >= PLAUSIBLE_HANGUL_SHARE;
}

/**
 * Line ends and NUL bytes, which every reader after this one would otherwise have to know about.
 * A file whose lines end in CR alone beside CRLF or LF (rows pasted from an old Mac export)
 * is read with every line end as LF, since the CSV parser picks one line end per file. A
 * NUL byte in a text file is shown as U+FFFD, so the row holding it is reported like any
 * other unreadable byte instead of the whole file being taken for binary.
 */
const CR_OR_NUL = /[\r\u0000]/;

/** Whether lines end in more than one way; CRLF alone (Excel) or LF alone the CSV parser reads as is. */
function mixedLineEnds(text: string): boolean {
  if (!text.includes("\r")) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) !== 10) return true;
    if (c === 10 && (i === 0 || text.charCodeAt(i - 1) !== 13)) return true;
  }
  return false;
}

function tidy(decoded: DecodedText): DecodedText {
  let { text } = decoded;
  // One scan for both: most files have neither.
  if (!CR_OR_NUL.test(text)) return decoded;
  if (mixedLineEnds(text)) text = text.replace(/\r\n?/g, "\n");
  if (text.includes("\u0000")) text = text.replace(/\u0000/g, "\ufffd");
  return text === decoded.text ? decoded : { ...decoded, text };
}

/**
 * Decodes a file's bytes. Strict UTF-8 is tried first because CP949 byte pairs are almost
 * never valid UTF-8, while valid UTF-8 often decodes to plausible-looking CP949 garbage.
 * The CP949 fallback reads full CP949/UHC, including the 8,822 syllables plain EUC-KR lacks,
 * in browsers and in Node alike (see cp949.ts). Binary files keep their NUL bytes, so a
 * caller that rejects text with NUL rejects them; `binary` says what they look like.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    const inner = decodeUtf8OrMixed(rest);
    return tidy({ ...inner, encoding: inner.encoding === "utf-8" ? "utf-8-bom" : inner.encoding });
  }
  if (b0 === 0xff && b1 === 0xfe) return tidy({ text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" });
  if (b0 === 0xfe && b1 === 0xff) return tidy({ text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" });
  const binary = binaryKind(bytes);
  if (binary) return { text: utf8Lossy.decode(bytes), encoding: "utf-8", binary };
  return tidy(decodeUtf8OrMixed(bytes));
}

const SNIFF_CHARS = 65536;
const TWO_BYTE_UTF8 = /[\u0080-\u07ff]/;
const KOREAN_OR_CJK = /[\u1100-\u11ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]/;

/**
 * A short CP949 file can be valid UTF-8 by accident: its Hangul byte pairs from C2-C8 x A1-BF
 * are also two-byte UTF-8 (Latin, Greek, Cyrillic). Valid UTF-8 without any Korean in its
 * first characters but with such letters is read as CP949 when that gives clean Korean.
 */
function mistakenCp949(bytes: Uint8Array, text: string): DecodedText | null {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (!TWO_BYTE_UTF8.test(head) || KOREAN_OR_CJK.test(head)) return null;
  const cp = decodeCp949(bytes);
  return countReplacements(cp) === 0 && hangulShare(cp) >= PLAUSIBLE_HANGUL_SHARE && !syllablesInLatinWords(cp) ? { text: cp, encoding: "euc-kr" } : null;
}

const SYLLABLE_IN_WORD = /[A-Za-z][\uac00-\ud7a3]|[\uac00-\ud7a3][A-Za-z]/g;
const SYLLABLE = /[\uac00-\ud7a3]/g;

/**
 * Whether Hangul sits inside Latin words: "Société" in UTF-8 read as CP949 is "Soci쳀t쳀".
 * Korean text has syllables next to syllables, spaces, digits and punctuation.
 */
function syllablesInLatinWords(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  const touching = head.match(SYLLABLE_IN_WORD)?.length ?? 0;
  const syllables = head.match(SYLLABLE)?.length ?? 0;
  return touching > syllables * 0.2;
}

function decodeUtf8OrMixed(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = utf8Fatal.decode(bytes);
  } catch {
    return decodeNotUtf8(bytes);
  }
  return mistakenCp949(bytes, text) ?? { text, encoding: "utf-8" };
}

const listLines = (lines: readonly number[]) => (lines.length > 10 ? `${lines.slice(0, 10).join(", ")} and ${lines.length - 10} more` : lines.join(", "));

/**
 * decodeBytes plus the whole-file verdicts every text format reports alike; null after
 * logging when the bytes are not text. Unreadable bytes are reported by row where rows are
 * known (CSV, graph JSON); here only a file mixing UTF-8 and CP949 lines gets a note, since
 * each of those lines was read correctly.
 */
export function decodeText(bytes: Uint8Array, name: string, log: IssueLog): DecodedText | null {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) {
    log.reject(name, 0, "unreadable-file", "binary", `file is ${decoded.binary}, not text: load a CSV, JSON, GEXF, GraphML or XLSX file`);
    return null;
  }
  if (decoded.otherLines) {
    const other = decoded.encoding === "utf-8" || decoded.encoding === "utf-8-bom" ? "CP949" : "UTF-8";
    const lines = listLines(decoded.otherLines);
    log.warn(name, 0, "encoding", `${other}: ${lines}`, `file mixes encodings: line(s) ${lines} are ${other}, the rest ${decoded.encoding}; each line was read in its own encoding`);
  }
  return decoded;
}
