// The SQL files of sql/aggregate/ as the engine receives them: placeholders filled, then cut
// into single statements. DuckDB runs these statement by statement (duck.ts), and the Spark
// grammar test parses the very same texts, so what is checked is what runs.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SQL_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../sql/aggregate");

/** Every file of sql/aggregate/, in name order (the order the steps are numbered in). */
export function sqlFileNames(dir = SQL_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".sql")).sort();
}

/** SQL text literal: the only quoting the substitutions need (paths, file names). */
export const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Fills `{{name}}` placeholders; an unknown placeholder is a bug, so it throws. */
export function fillTemplate(sql: string, vars: Readonly<Record<string, string>>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const v = vars[key];
    if (v === undefined) throw new Error(`aggregate: SQL placeholder {{${key}}} has no value`);
    return v;
  });
}

/** The text of one file of sql/aggregate/ with its placeholders filled. */
export function fileSql(name: string, vars: Readonly<Record<string, string>> = {}, dir = SQL_DIR): string {
  return fillTemplate(readFileSync(join(dir, name), "utf8"), vars);
}

/**
 * Cuts SQL text at the semicolons that end statements: not those inside a '...' literal
 * ('' doubles a quote), a "..." identifier, a -- comment or a block comment. Pieces
 * holding only white space and comments are dropped (a file's header, its trailing
 * comment). The SQL here uses no E'...' or $$...$$ strings, whose backslash and dollar
 * rules this does not know; 75_csv_cells.sql's regular expressions are plain '...' text.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  let meaningful = false;
  let i = 0;
  const n = sql.length;
  const push = (end: number) => {
    if (meaningful) out.push(sql.slice(start, end).trim());
    start = end + 1;
    meaningful = false;
  };
  while (i < n) {
    const c = sql[i]!;
    if (c === "-" && sql[i + 1] === "-") {
      const eol = sql.indexOf("\n", i);
      i = eol < 0 ? n : eol + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      meaningful = true;
      // A doubled quote inside is part of the text: skip pairs until a lone closing quote.
      let j = i + 1;
      for (;;) {
        const k = sql.indexOf(c, j);
        if (k < 0) {
          j = n;
          break;
        }
        if (sql[k + 1] === c) j = k + 2;
        else {
          j = k + 1;
          break;
        }
      }
      i = j;
    } else if (c === ";") {
      push(i);
      i++;
    } else {
      if (!/\s/.test(c)) meaningful = true;
      i++;
    }
  }
  push(n);
  return out;
}

/** One file's statements as the engine runs them. */
export function fileStatements(name: string, vars: Readonly<Record<string, string>> = {}, dir = SQL_DIR): string[] {
  return splitStatements(fileSql(name, vars, dir));
}

/** A statement without its comments, on one line: to name it in messages and match it in lists. */
export function statementHead(statement: string, length = 60): string {
  return statement.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s+/g, " ").trim().slice(0, length);
}
