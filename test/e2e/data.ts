// What the browser tests compare the app with: the same files read by the app's own readers in Node.
import { readFileSync } from "node:fs";
import { readFiles } from "../../src/io/read/readFiles.ts";

export const SAMPLE_FILES = ["data/sample/companies.csv", "data/sample/links.csv"];

export const readLocal = (paths: readonly string[]) =>
  readFiles(paths.map((path) => ({ name: path.split("/").pop()!, bytes: new Uint8Array(readFileSync(path)) })));

/** A file under test/e2e/fixtures/. */
export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
