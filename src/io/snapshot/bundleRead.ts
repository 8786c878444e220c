// Reading a snapshot bundle back: the data from its graphology JSON (through the JSON reader,
// so the same checks apply), and the view and metadata for the app to restore. Only the
// entries we need are inflated, each with a size limit, so a zip bomb cannot exhaust memory.

import { unzipSync, type UnzipFileInfo } from "fflate";
import { BUNDLE_FILES } from "./bundleWrite.ts";
import { parseDrawing } from "./drawing.ts";
import type { FormatReader } from "../formats/types.ts";
import { jsonReader } from "../formats/json.ts";
import { startsWithBytes, ZIP_MAGIC } from "../formats/textFile.ts";
import { parseMetadata } from "../formats/xmlGraph.ts";

const WANTED = new Set<string>([BUNDLE_FILES.graph, BUNDLE_FILES.metadata, BUNDLE_FILES.view, BUNDLE_FILES.drawing]);
// Generous for 500k links (about 150 MB of JSON), small enough to refuse a bomb.
const MAX_ENTRY = 1 << 29;

/** Whether a zip's central directory names an entry: cheap, no inflating. */
export function zipNamesEntry(bytes: Uint8Array, entry: string): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 65536));
  const needle = new TextEncoder().encode(entry);
  outer: for (let i = 0; i + needle.length <= tail.length; i++) {
    for (let j = 0; j < needle.length; j++) if (tail[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export const bundleReader: FormatReader = {
  id: "bundle",
  sniff: (name, bytes) => startsWithBytes(bytes, ZIP_MAGIC) && (/\.zip$/i.test(name) || zipNamesEntry(bytes, BUNDLE_FILES.graph)),
  read(file, name, log, summary) {
    summary.kind = "bundle";
    let entries: Record<string, Uint8Array>;
    const tooBig: string[] = [];
    try {
      entries = unzipSync(file.bytes, {
        filter: (f: UnzipFileInfo) => {
          if (!WANTED.has(f.name)) return false;
          if (f.originalSize > MAX_ENTRY) return tooBig.push(f.name), false;
          return true;
        },
      });
    } catch (e) {
      log.reject(name, 0, "unreadable-file", "zip", `not a readable zip file: ${(e as Error).message}`);
      return null;
    }
    if (tooBig.length) log.reject(name, 0, "unreadable-file", tooBig.join(", "), `zip entry too large to read: ${tooBig.join(", ")}`);
    const graph = entries[BUNDLE_FILES.graph];
    if (!graph) {
      if (!tooBig.length) log.reject(name, 0, "unknown-format", "zip", `zip file without ${BUNDLE_FILES.graph}: not a Supply Atlas snapshot bundle`);
      return null;
    }
    const content = jsonReader.read({ name, bytes: graph }, name, log, summary);
    summary.kind = "bundle";
    if (!content) return null;
    const text = (b: Uint8Array | undefined) => (b ? parseMetadata(new TextDecoder().decode(b)) : undefined);
    content.kind = "bundle";
    content.snapshot = { view: text(entries[BUNDLE_FILES.view]) ?? null, metadata: text(entries[BUNDLE_FILES.metadata]) };
    const drawingBytes = entries[BUNDLE_FILES.drawing];
    if (drawingBytes) {
      const read = parseDrawing(new TextDecoder().decode(drawingBytes));
      // The data stays good without it: the app lays out and computes as for any file.
      if ("error" in read) log.warn(name, 0, "unreadable-file", BUNDLE_FILES.drawing, `${BUNDLE_FILES.drawing} ignored (${read.error}): positions and communities are computed anew`);
      else content.snapshot.drawing = read.drawing;
    }
    return content;
  },
};
