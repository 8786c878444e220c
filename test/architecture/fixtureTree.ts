// A throwaway source tree for the architecture checks' own tests, removed after the describe block.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";

export function fixtureTree(name: string): { root: string; write: (path: string, text?: string) => void } {
  const root = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    root,
    write(path, text = "") {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
  };
}
