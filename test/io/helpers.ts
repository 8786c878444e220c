// Shared by the io tests: fixtures from disk and small files written inline.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ImportIssue, InputFile } from "../../src/model/types.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

export function fixture(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(FIXTURES + name)) };
}

export function textFile(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** Issues reduced to what most assertions compare. */
export function brief(issues: ImportIssue[]): Array<[string, number, string]> {
  return issues.map((i) => [i.file, i.row, i.reason]);
}
