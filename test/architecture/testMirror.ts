// Tests mirror the code they test, file for file, so a module's tests are found by its path:
// test/<path>/<module>.test.ts tests src/<path>/<module>.ts, and test/scripts/<path>/<module>.test.ts
// tests scripts/<path>/<module>.ts. A second file about one aspect of a module adds the aspect
// after its name (io/read/readFiles.xml.test.ts); a behaviour spanning many modules is named after
// the entry module it drives.
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { sourceFiles } from "./imports.ts";

/** Folders of test/ that test no single module: browser tests, these checks, and test data. */
export const NOT_MIRRORED = ["e2e", "architecture", "fixtures"] as const;
/** test/scripts/ mirrors the repository's scripts/; everything else in test/ mirrors src/. */
export const SCRIPTS_MIRROR = "scripts";

const TEST_FILE = /\.test\.tsx?$/;

/** The module a test file is named after, if it exists: the shortest dotted prefix of its name that names a file. */
export function moduleOf(repo: string, testFile: string): string | null {
  const parts = testFile.split(sep);
  const [top] = parts;
  const code = top === SCRIPTS_MIRROR ? ["scripts", ...parts.slice(1)] : ["src", ...parts];
  const folder = code.slice(0, -1);
  const words = code.at(-1)!.replace(TEST_FILE, "").split(".");
  for (let n = 1; n <= words.length; n++) {
    for (const ext of [".ts", ".tsx"]) {
      const candidate = join(...folder, words.slice(0, n).join(".") + ext);
      if (existsSync(join(repo, candidate))) return candidate;
    }
  }
  return null;
}

/** Unit test files under `repo`/test whose name and folder name no module of src/ or scripts/. */
export function testsWithoutModule(repo: string): string[] {
  const root = join(repo, "test");
  return sourceFiles(root)
    .map((file) => relative(root, file))
    .filter((file) => TEST_FILE.test(file) && !(NOT_MIRRORED as readonly string[]).includes(file.split(sep)[0]!))
    .filter((file) => moduleOf(repo, file) === null)
    .map((file) => join("test", file))
    .sort();
}
