// Reads every import of a source tree and checks it against the layering docs/design.md states.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";

/**
 * Which folders of src/ each folder may import from (besides itself). Lower layers never see
 * higher ones: pure logic below, the store and services in the middle, drawing and React on top.
 */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  // Generic scheduling (memoLast, inOwnTask, changeGate): knows nothing of the domain.
  schedule: [],
  i18n: ["model"],
  regions: ["model"],
  geo: ["model", "regions"],
  style: ["model", "regions"],
  graph: ["model", "i18n", "regions", "geo", "style"],
  io: ["model", "i18n", "regions", "geo", "style", "graph"],
  layout: ["model", "geo", "graph"],
  workers: ["model", "i18n", "regions", "geo", "style", "graph", "io", "layout"],
  state: ["schedule", "model", "i18n", "regions", "style", "graph", "io"],
  app: ["schedule", "model", "i18n", "regions", "geo", "style", "graph", "io", "layout", "workers", "state"],
  render: ["schedule", "model", "i18n", "regions", "geo", "style", "graph", "io", "layout", "state", "app"],
  ui: ["schedule", "model", "i18n", "regions", "geo", "style", "graph", "io", "layout", "state", "app", "render"],
  data: ["model"],
  types: [],
};

/** Folders that must run in Node and in workers: no React, no renderer, no store, no DOM. */
export const PURE = ["schedule", "model", "i18n", "regions", "geo", "style", "graph", "io", "layout"];
/** Packages only some folders may use. */
export const PACKAGES: ReadonlyArray<{ pattern: RegExp; only: readonly string[] }> = [
  { pattern: /^react(-dom)?(\/|$)/, only: ["ui"] },
  { pattern: /^sigma(\/|$)|^@sigma\//, only: ["render"] },
  { pattern: /^zustand(\/|$)/, only: ["state", "ui"] },
];
const DOM_GLOBALS = /\b(document|window|localStorage|navigator)\./;

export interface Violation {
  file: string;
  problem: string;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter(Boolean);
}

/** Every import in `root` (a src/ folder) that breaks the layering, at any depth and in any direction. */
export function layerViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const file of sourceFiles(root)) {
    const rel = relative(root, file);
    const parts = rel.split(sep);
    // Files directly in src/ (main.tsx) compose everything.
    if (parts.length < 2) continue;
    const layer = parts[0]!;
    const allowed = ALLOWED[layer];
    if (!allowed) {
      out.push({ file: rel, problem: `folder '${layer}' has no place in the layering` });
      continue;
    }
    const text = readFileSync(file, "utf8");
    for (const spec of importsOf(text)) {
      if (spec.startsWith(".")) {
        const target = relative(root, normalize(join(dirname(file), spec)));
        const targetLayer = target.split(sep)[0]!;
        if (target.startsWith("..")) continue;
        if (targetLayer !== layer && !allowed.includes(targetLayer)) out.push({ file: rel, problem: `imports ${targetLayer}/ (${spec})` });
        continue;
      }
      for (const { pattern, only } of PACKAGES) {
        if (pattern.test(spec) && !only.includes(layer)) out.push({ file: rel, problem: `imports package '${spec}'` });
      }
    }
    if (PURE.includes(layer) && DOM_GLOBALS.test(text.replace(/\/\/.*$/gm, ""))) out.push({ file: rel, problem: "touches a DOM global" });
  }
  return out;
}

/** Module-level `let`: mutable state that two app instances would share. */
export function moduleStateViolations(root: string, folders: readonly string[]): Violation[] {
  const out: Violation[] = [];
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder))) {
      if (/\.worker\.ts$/.test(file)) continue; // a worker is its own instance
      const text = readFileSync(file, "utf8");
      if (/^(let|var)\s/m.test(text)) out.push({ file: relative(root, file), problem: "module-level mutable state" });
    }
  }
  return out;
}
