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

/** The file a relative import names, if it is one of `files` (the repo writes extensions; an index or a bare name is looked for too). */
function resolveImport(root: string, from: string, spec: string, files: ReadonlySet<string>): string | null {
  const base = relative(root, normalize(join(dirname(from), spec)));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) if (files.has(candidate)) return candidate;
  return null;
}

/** Each file of `root` (relative to it) -> the files of `root` it imports, in any form, type-only too. */
export function importGraph(root: string): Map<string, string[]> {
  const files = sourceFiles(root).map((f) => relative(root, f));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(readFileSync(join(root, file), "utf8"))
      .filter((spec) => spec.startsWith("."))
      .map((spec) => resolveImport(root, join(root, file), spec, known))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The groups of files that reach each other through imports (strongly connected components of two or more, or a file importing itself). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative so a long chain of imports cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = graph.get(top.node) ?? [];
      if (top.edge < targets.length) {
        const target = targets[top.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) low.set(top.node, Math.min(low.get(top.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== top.node);
      if (group.length > 1 || targets.includes(top.node)) found.push(group);
    }
  }
  return found;
}

/** One way round a group of files that reach each other: from its first file (by name) back to it, shortest. */
function wayRound(graph: ReadonlyMap<string, readonly string[]>, group: readonly string[]): string[] {
  const members = new Set(group);
  const start = [...group].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const way = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) way.splice(1, 0, at);
        return [...way, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** Every circle of imports in `root` (a src/ folder): each reported once, with the files it goes through. */
export function importCircles(root: string): Violation[] {
  const graph = importGraph(root);
  return circles(graph)
    .map((group) => {
      const way = wayRound(graph, group);
      const others = group.filter((f) => !way.includes(f)).sort();
      const also = others.length > 0 ? ` (and through ${others.join(", ")})` : "";
      return { file: way[0]!, problem: `imports in a circle: ${way.join(" -> ")}${also}` };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
