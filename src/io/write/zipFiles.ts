// Several written files as one zip: the CSV pair and its metadata (and any other export of
// more than one file) download as a single file, and the CLI writes one when --out ends in .zip.

import { strToU8, zipSync, type Zippable } from "fflate";
import type { WrittenFile } from "../formats/types.ts";

/** `supply-atlas-csv.zip` for the CSV export: the base name, then the format. */
export const zipName = (format: string, baseName = "supply-atlas") => `${baseName}-${format}.zip`;

/** The files in one zip under their own names; `mtime` fixed makes the bytes reproducible. */
export function zipFiles(name: string, files: readonly WrittenFile[], mtime: Date = new Date()): WrittenFile {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = typeof f.data === "string" ? strToU8(f.data) : f.data;
  return { name, mime: "application/zip", data: zipSync(entries, { level: 6, mtime }) };
}

/** What to save: one file as it is, several as one zip. */
export function asOneFile(format: string, files: readonly WrittenFile[], baseName?: string, mtime?: Date): WrittenFile {
  if (files.length === 1) return files[0]!;
  return zipFiles(zipName(format, baseName), files, mtime);
}
