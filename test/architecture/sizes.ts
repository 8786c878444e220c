// Sizes a newcomer can take in: no function longer than a screenful or two, no folder with more
// files at its top than one can scan. Read with TypeScript's own parser, so a brace inside a
// string or a comment is never mistaken for code.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { sourceFiles, type Violation } from "./imports.ts";

export const MAX_FUNCTION_LINES = 120;
export const MAX_FOLDER_FILES = 25;

/** What a function is called where it is declared: its own name, or the variable, property or method it is assigned to. */
function nameOf(node: ts.SignatureDeclaration, parent: ts.Node, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(source);
  if (ts.isCallExpression(parent)) return `(passed to ${parent.expression.getText(source).slice(0, 40)})`;
  return "(anonymous)";
}

/**
 * Every function in `root` longer than `max` lines, counted from its first line to its last (its
 * doc comment aside). A function inside another counts within its parent too, so splitting a long
 * function means taking its parts out of it, not nesting them deeper.
 */
export function longFunctions(root: string, max = MAX_FUNCTION_LINES): Violation[] {
  const out: Violation[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, "utf8");
    // The walk carries each node's parent, so the parser need not set parent pointers.
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node, parent: ts.Node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = last - first + 1;
        if (lines > max) out.push({ file: `${relative(root, file)}:${first + 1}`, problem: `${nameOf(node, parent, source)} is ${lines} lines (at most ${max})` });
      }
      ts.forEachChild(node, (child) => visit(child, node));
    };
    visit(source, source);
  }
  return out;
}

/** Every folder of `root`, itself included, with more than `max` files directly in it (folders in it are not counted). */
export function crowdedFolders(root: string, max = MAX_FOLDER_FILES): Violation[] {
  const out: Violation[] = [];
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).length;
    if (files > max) out.push({ file: relative(root, dir) || ".", problem: `${files} files at its top (at most ${max})` });
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
  };
  walk(root);
  return out;
}
