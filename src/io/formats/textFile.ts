// What the text formats (CSV, JSON, GEXF, GraphML) share before parsing: decoding and the
// whole-file checks, so an empty, binary or garbled file gets one message in any format.

import { decodeText } from "../text/decode.ts";
import type { IssueLog } from "../read/issues.ts";

export interface FileText {
  text: string;
  encoding: string;
}

/** The file as text; null after logging when it is binary or blank. */
export function fileText(bytes: Uint8Array, name: string, log: IssueLog): FileText | null {
  // Binary files, mixed encodings; unreadable bytes are reported by row (decode.ts).
  const decoded = decodeText(bytes, name, log);
  if (!decoded) return null;
  const { text, encoding } = decoded;
  if (!text.trim()) {
    log.reject(name, 0, "empty-file", "");
    return null;
  }
  return { text, encoding };
}

const PREFIX_BYTES = 2048;

/** The first characters of a file, for sniffing markup: BOMs and UTF-16 are handled, errors are not fatal. */
export function textPrefix(bytes: Uint8Array): string {
  const head = bytes.subarray(0, PREFIX_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head.subarray(2));
  return new TextDecoder("utf-8").decode(head).replace(/^\ufeff/, "");
}

export const startsWithBytes = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0] as const;
