// Where a snapshot's data came from, checkably: each source file's SHA-256 (crypto.subtle
// exists in Node 20, browsers and workers alike) with the reader's row count and encoding.

import type { FileSummary, InputFile } from "../../model/types.ts";
import type { SnapshotMetadata, SourceFileMeta } from "./types.ts";

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy in a plain ArrayBuffer: digest() refuses views of a SharedArrayBuffer.
  const digest = await crypto.subtle.digest("SHA-256", bytes.slice());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Metadata of the files a dataset was read from. `summaries` is the import report's file
 * list, in the order the files were given to readFiles (names there are made unique).
 */
export async function sourceFiles(files: readonly InputFile[], summaries: readonly FileSummary[]): Promise<SourceFileMeta[]> {
  return Promise.all(
    summaries.map(async (s, i): Promise<SourceFileMeta> => {
      const file = files[i];
      const meta: SourceFileMeta = { name: s.name, kind: s.kind, encoding: s.encoding, rows: s.rows };
      if (file) [meta.sha256, meta.bytes] = [await sha256Hex(file.bytes), file.bytes.length];
      return meta;
    }),
  );
}

/** Metadata as pretty JSON, the same text in every format that carries it whole. */
export function metadataJson(metadata: SnapshotMetadata): string {
  return JSON.stringify(metadata, null, 2);
}
