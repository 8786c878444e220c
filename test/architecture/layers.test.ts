import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Pure layers must run in Node, in workers and in tests: no React, no DOM-bound modules.
const PURE = ["model", "regions", "io", "graph", "geo", "layout"];
const FORBIDDEN = [/from\s+["']react(-dom)?(\/[^"']*)?["']/, /from\s+["']sigma(\/[^"']*)?["']/, /from\s+["']zustand/, /from\s+["']\.\.\/(ui|render|state|workers)\//];
const DOM_GLOBALS = /\b(document|window|localStorage|navigator)\./;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("layering", () => {
  for (const layer of PURE) {
    it(`src/${layer} imports no UI, renderer or store code and touches no DOM global`, () => {
      const offenders: string[] = [];
      for (const file of files(join("src", layer))) {
        const text = readFileSync(file, "utf8");
        for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${file}: ${pattern}`);
        if (DOM_GLOBALS.test(text.replace(/\/\/.*$/gm, ""))) offenders.push(`${file}: DOM global`);
      }
      expect(offenders).toEqual([]);
    });
  }
});
