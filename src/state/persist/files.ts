import type { InputFile, NamedBuffer } from "../../model/types.ts";
import type { SavedDataset, SavedFile } from "./types.ts";

/**
 * Files as handed to loadDataset, copied: loadDataset transfers its buffers to a worker, which
 * empties them here, so take this copy (or save) before loading.
 */
export function savedFilesFromBuffers(buffers: readonly NamedBuffer[]): SavedFile[] {
  return buffers.map(({ name, buffer }) => ({ name, bytes: new Uint8Array(buffer).slice() }));
}

/** A saved dataset's files for loadDataset (each in a fresh buffer of its own, safe to transfer). */
export function savedToBuffers(saved: Pick<SavedDataset, "files">): NamedBuffer[] {
  return saved.files.map(({ name, bytes }) => ({ name, buffer: bytes.slice().buffer }));
}

/** A saved dataset's files for readFiles (the synchronous readers, e.g. in tests or a worker). */
export function savedToInputFiles(saved: Pick<SavedDataset, "files">): InputFile[] {
  return saved.files.map(({ name, bytes }) => ({ name, bytes }));
}
