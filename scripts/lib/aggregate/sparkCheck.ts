// Checks the aggregate's planned statements against a Spark SQL grammar (the grammar is
// passed in: test/scripts/lib/aggregate/sparkCheck.test.ts uses dt-sql-parser's SparkSQL, a dev
// dependency). Each problem names the file, the statement's number in it and what is wrong.

import {
  DUCKDB_ONLY_FUNCTIONS, DUCKDB_ONLY_STATEMENTS, SHARED_FUNCTIONS, duckdbOnlyEntry, functionsCalled, rewriteFunctions,
} from "./duckdbOnly.ts";
import type { SqlStep } from "./plan.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SQL_DIR, splitStatements, sqlFileNames, statementHead } from "./statements.ts";

export interface GrammarError {
  message: string;
  startLine?: number;
  startColumn?: number;
}

/** A grammar: the syntax errors of one statement (none when it parses). */
export type Validate = (sql: string) => readonly GrammarError[];

const DUCKDB_ONLY_NAMES = new Set(DUCKDB_ONLY_FUNCTIONS.map((f) => f.name));

function where(step: SqlStep, index: number, statement: string): string {
  return `${step.file}${step.key ? ` (${step.key})` : ""} statement ${index + 1} (${statementHead(statement, 50)}…)`;
}

function grammarProblems(validate: Validate, sql: string, place: string): string[] {
  const errors = validate(sql);
  if (errors.length === 0) return [];
  const e = errors[0]!;
  const at = e.startLine === undefined ? "" : ` at line ${e.startLine}:${(e.startColumn ?? 0) + 1}`;
  return [`${place}: Spark SQL grammar${at}: ${e.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""}`];
}

/**
 * Every problem of these steps on Spark SQL: a statement that does not parse, or calls a
 * function that is neither shared nor rewritable, unless duckdbOnly.ts lists it, in which
 * case its Spark form must parse. Also a list entry that matches no statement any more.
 */
export function sparkProblems(steps: readonly SqlStep[], validate: Validate): string[] {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const step of steps) {
    step.statements.forEach((statement, i) => {
      const place = where(step, i, statement);
      const entry = duckdbOnlyEntry(step.file, statement);
      if (entry) {
        used.add(`${entry.file}|${entry.statement}`);
        for (const spark of entry.spark(statement, step.vars)) problems.push(...grammarProblems(validate, spark, `${place}, its Spark form in duckdbOnly.ts`));
        return;
      }
      problems.push(...grammarProblems(validate, statement, place));
      const called = functionsCalled(statement);
      const unknown = called.filter((f) => !SHARED_FUNCTIONS.has(f) && !DUCKDB_ONLY_NAMES.has(f));
      if (unknown.length > 0) {
        problems.push(`${place}: calls ${unknown.map((f) => `${f}()`).join(", ")}, not known to mean the same in Spark SQL (duckdbOnly.ts SHARED_FUNCTIONS, DUCKDB_ONLY_FUNCTIONS)`);
      } else if (called.some((f) => DUCKDB_ONLY_NAMES.has(f))) {
        problems.push(...grammarProblems(validate, rewriteFunctions(statement), `${place}, rewritten for Spark (duckdbOnly.ts)`));
      }
    });
  }
  for (const e of DUCKDB_ONLY_STATEMENTS) {
    if (!used.has(`${e.file}|${e.statement}`) && steps.some((s) => s.file === e.file)) {
      problems.push(`duckdbOnly.ts lists ${e.file} "${e.statement}…", which no planned statement starts with any more`);
    }
  }
  return problems;
}

/**
 * The files of sql/aggregate/ the plan does not run (one just added, run by run.ts through
 * duck.file): one without placeholders runs as its plain text, so that text is checked as a
 * step; one with placeholders needs its step in plan.ts, where its values are made.
 */
export function unplannedSteps(steps: readonly SqlStep[], files = sqlFileNames(), dir = SQL_DIR): { steps: SqlStep[]; problems: string[] } {
  const planned = new Set(steps.map((s) => s.file));
  const out: SqlStep[] = [];
  const problems: string[] = [];
  for (const file of files.filter((f) => !planned.has(f))) {
    const text = readFileSync(join(dir, file), "utf8");
    const placeholders = [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))];
    if (placeholders.length > 0) {
      problems.push(`${file} is not in the aggregate's plan (plan.ts aggregatePlan): add its step there with values for {{${placeholders.join("}}, {{")}}}, so the Spark check sees it as it runs`);
    } else out.push({ file, key: "not in plan.ts", vars: {}, text, statements: splitStatements(text) });
  }
  return { steps: out, problems };
}
