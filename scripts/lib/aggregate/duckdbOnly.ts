// The aggregate's SQL runs on DuckDB and, statement for statement, on Spark SQL, except for
// what is listed here: each DuckDB-only statement and function, why, and its Spark SQL form
// written out. test/scripts/lib/aggregate/sparkCheck.test.ts parses every planned statement (plan.ts)
// with a Spark SQL grammar: a statement not listed here must parse and call only
// SHARED_FUNCTIONS or DUCKDB_ONLY_FUNCTIONS; a listed one's Spark form must parse instead.
// sparkStatements() turns a plan into the statements a cluster runs (docs/national-scale.md, On a Spark cluster).
//
// Beyond the grammar, three settings make the shared statements mean the same on Spark:
//   spark.sql.parser.escapedStringLiterals=true   backslashes in literals stay as written, as
//       in DuckDB (the regular expressions' \t, \x{0B}; Java's regex reads \x{..} as RE2 does)
//   spark.sql.legacy.createHiveTableByDefault=false   CREATE TABLE ... AS makes data source
//       tables (Parquet or spark.sql.sources.default), not Hive text tables
//   spark.sql.sources.default=delta (or Iceberg)   for 23_link_ids.sql's MERGE
// Quotes inside literals are written chr(39) in the shared files: Spark SQL before it
// standardised '' reads 'a''b' as two adjacent literals ("ab").

import { WHITESPACE } from "./whitespace.ts";
import type { AggregatePlan, SqlStep } from "./plan.ts";
import { fillTemplate, statementHead } from "./statements.ts";

export interface DuckdbOnlyStatement {
  file: string;
  /** How the statement starts, comments left out (statementHead). */
  statement: string;
  /** What in it is DuckDB's own. */
  construct: string;
  why: string;
  /** Its Spark SQL form: from the statement as planned and the step's placeholder values. */
  spark: (statement: string, vars: Readonly<Record<string, string>>) => string[];
}

export interface DuckdbOnlyFunction {
  name: string;
  why: string;
  /** Spark SQL for a call with these arguments (SQL text each). */
  spark: (args: readonly string[]) => string;
}

/**
 * Functions the shared statements may call: the same name, arguments and meaning in DuckDB
 * and Spark SQL. Not here on purpose: regexp_replace (DuckDB replaces the first match, Spark
 * every one), trunc (Spark's truncates dates), contains (Spark 3.3+ only), list_* and
 * struct functions, arg_min/any_value (Spark: min_by, any_value 3.4+).
 */
export const SHARED_FUNCTIONS: ReadonlySet<string> = new Set([
  "abs", "cast", "chr", "coalesce", "concat", "concat_ws", "count", "floor", "greatest", "least", "left", "length", "lower", "max",
  "min", "nullif", "repeat", "replace", "row_number", "substr", "sum", "translate", "upper",
]);

/** Functions with a mechanical Spark spelling, rewritten in place by sparkStatement(). */
export const DUCKDB_ONLY_FUNCTIONS: readonly DuckdbOnlyFunction[] = [
  {
    name: "regexp_full_match",
    why: "DuckDB's whole-string match (RE2); Spark SQL has RLIKE, which matches anywhere. Kept in 22_links.sql: several times faster on DuckDB than the spellings both engines share (translate, trim)",
    spark: ([s, p]) => `(${s} RLIKE ${anchored(p!)})`,
  },
  {
    name: "csv_text",
    why: "75_csv_cells.sql's macro (Spark SQL has no macros): the app's csvCell of a text, inlined",
    spark: ([v]) => `(${sparkCsvText(`(${v})`)})`,
  },
  {
    name: "csv_number",
    why: "75_csv_cells.sql's macro: JavaScript's spelling of a double, inlined",
    spark: ([v]) => `element_at(${sparkCsvNumbers(`array(${v})`)}, 1)`,
  },
  {
    name: "regexp_matches",
    why: "DuckDB's name for a match anywhere in the string; Spark SQL spells it RLIKE",
    spark: ([s, p]) => `(${s} RLIKE ${p})`,
  },
];

/**
 * '<p>' -> '^(?:<p>)\z' for a literal pattern (any other expression is wrapped with concat).
 * \z, not $: Java's $ also matches before a final line break, RE2's only at the end.
 */
function anchored(pattern: string): string {
  const literal = /^'((?:[^']|'')*)'$/.exec(pattern.trim());
  return literal ? `'^(?:${literal[1]})\\z'` : `concat('^(?:', ${pattern}, ')\\z')`;
}

// 01: the file read by Spark's CSV or Parquet source as a temporary view of text columns
// c0..cN (CSV: the header's width plus the overflow columns, like DuckDB's read), numbered
// in file order, and the same cells, blank and overflow marks as 01 into a table. multiLine
// keeps a file in one partition, read in order; rowid counts data rows from 0 as DuckDB's.
const SPARK_READ = `CREATE OR REPLACE TEMPORARY VIEW {{table}}_file{{spark_columns}} USING {{spark_format}} OPTIONS ({{spark_options}});
CREATE TABLE {{table}} AS
SELECT
  {{spark_cells}},
  CASE
    WHEN {{spark_all_cells}} = '' THEN TRUE
    ELSE {{spark_all_cells}} RLIKE '^{{whitespace}}*\\z'
  END AS blank,
  CASE
    WHEN {{spark_overflow_cells}} = '' THEN FALSE
    ELSE NOT ({{spark_overflow_cells}} RLIKE '^{{whitespace}}*\\z')
  END AS overflow,
  rowid
FROM (
  SELECT *, row_number() OVER (ORDER BY monotonically_increasing_id()) - 1 - {{skip}} AS rowid
  FROM {{table}}_file
) numbered
WHERE rowid >= 0`;

// 23: the same rule as a MERGE (Delta or Iceberg tables). On plain Parquet tables, 22's
// link_status is made under another name and this becomes a CREATE TABLE link_status AS
// SELECT with CASE WHEN <the condition> THEN 'duplicate-id' ELSE reason END.
const SPARK_LINK_IDS = `MERGE INTO link_status
USING (
  SELECT explicit_id, file_ord AS first_file, row AS first_row
  FROM (
    SELECT explicit_id, file_ord, row, ROW_NUMBER() OVER (PARTITION BY explicit_id ORDER BY file_ord, row) AS k
    FROM link_status
    WHERE passed_ends AND fields_ok AND explicit_id <> ''
  ) ranked
  WHERE k = 1
) first_ok
ON link_status.explicit_id = first_ok.explicit_id
WHEN MATCHED AND link_status.passed_ends
  AND (link_status.file_ord > first_ok.first_file OR (link_status.file_ord = first_ok.first_file AND link_status.row > first_ok.first_row))
THEN UPDATE SET reason = 'duplicate-id', detail = link_status.explicit_id`;

/** 75's csv_quoted and csv_text inline, for one text value `v` (Spark SQL has no macros). */
export function sparkCsvText(v: string, whitespace = WHITESPACE): string {
  const quoted = (s: string) =>
    `CASE WHEN ${s} RLIKE '[",\\r\\n]|^${whitespace}|${whitespace}$' THEN concat('"', replace(${s}, '"', '""'), '"') ELSE ${s} END`;
  return `CASE WHEN ${v} IS NULL THEN '' WHEN ${v} RLIKE '^[=+\\-@\\t\\r]' THEN ${quoted(`concat(chr(39), ${v})`)} ELSE ${quoted(v)} END`;
}

/**
 * 75's csv_number and csv_exponent for an array of doubles: JavaScript's String(number) of
 * each. Spark writes doubles the Java way (1.0E-5, 1.23456785E7; shortest digits from JDK 19
 * on), so the exponent form is taken apart into a struct m, as 75 takes DuckDB's apart.
 */
export function sparkCsvNumbers(array: string): string {
  const part = (i: number) => `regexp_extract(CAST(x AS STRING), '^(-?)([0-9])\\.([0-9]+)E(-?[0-9]+)$', ${i})`;
  const parts = `named_struct('x', x, 'sign', ${part(1)}, 'lead', ${part(2)}, 'rest', regexp_replace(${part(3)}, '^0$', ''), 'exp', CAST(${part(4)} AS INT))`;
  const fraction = "CASE WHEN m.rest = '' THEN '' ELSE concat('.', m.rest) END";
  // (length(..)) in parentheses: dt-sql-parser 4.5.1 rejects f('0', a - g(b)), which Spark parses.
  return `transform(transform(${array}, x -> ${parts}), m -> CASE
      WHEN m.x IS NULL THEN ''
      WHEN m.x = floor(m.x) AND abs(m.x) < 9007199254740992 THEN CAST(CAST(m.x AS BIGINT) AS STRING)
      WHEN NOT (CAST(m.x AS STRING) LIKE '%E%') THEN CAST(m.x AS STRING)
      WHEN m.exp BETWEEN -6 AND -1 THEN concat(m.sign, '0.', repeat('0', -m.exp - 1), m.lead, m.rest)
      WHEN m.exp < 0 THEN concat(m.sign, m.lead, ${fraction}, 'e', CAST(m.exp AS STRING))
      WHEN m.exp < 21 AND length(m.rest) <= m.exp THEN concat(m.sign, m.lead, m.rest, repeat('0', m.exp - (length(m.rest))))
      WHEN m.exp < 21 THEN concat(m.sign, m.lead, substr(m.rest, 1, m.exp), '.', substr(m.rest, m.exp + 1))
      ELSE concat(m.sign, m.lead, ${fraction}, 'e+', CAST(m.exp AS STRING))
    END)`;
}

/**
 * 76 for Spark: each run of csv_text(..)/csv_number(..) cells becomes one higher-order
 * transform over an array of the columns (the expression written once, not per column),
 * and COPY (q) TO path becomes INSERT OVERWRITE DIRECTORY path USING text q. Spark writes
 * the sorted lines as part files in order: concatenated by name they are the table.
 */
export function sparkCompaniesCsv(statement: string, whitespace = WHITESPACE): string {
  const copy = /^\s*(?:--[^\n]*\n\s*)*COPY\s*\(([\s\S]*)\)\s*TO\s+('(?:[^']|'')*')\s*\([^)]*\)\s*$/.exec(statement);
  if (!copy) throw new Error("duckdbOnly: 76_out_companies_csv.sql is no longer COPY (...) TO '<path>' (...): update sparkCompaniesCsv");
  const cell = /csv_(text|number)\(([^()]*)\)/g;
  let out = "";
  let last = 0;
  let run: { kind: string; args: string[]; start: number; end: number } | null = null;
  const flush = () => {
    if (!run) return;
    const array = `array(${run.args.join(", ")})`;
    const cells = run.kind === "text" ? `transform(${array}, v -> ${sparkCsvText("v", whitespace)})` : sparkCsvNumbers(array);
    out += copy[1]!.slice(last, run.start) + `array_join(${cells}, ',')`;
    last = run.end;
    run = null;
  };
  for (const m of copy[1]!.matchAll(cell)) {
    const between = run ? copy[1]!.slice(run.end, m.index) : "";
    if (run && (run.kind !== m[1] || !/^,\s*$/.test(between))) flush();
    if (run) {
      run.args.push(m[2]!);
      run.end = m.index! + m[0].length;
    } else run = { kind: m[1]!, args: [m[2]!], start: m.index!, end: m.index! + m[0].length };
  }
  flush();
  out += copy[1]!.slice(last);
  return `INSERT OVERWRITE DIRECTORY ${copy[2]} USING text\n${out.trim()}`;
}

const cellsOf = (expr: string) => `SELECT ${expr} AS cell FROM cells`;

export const DUCKDB_ONLY_STATEMENTS: readonly DuckdbOnlyStatement[] = [
  {
    file: "01_read_file.sql",
    statement: "CREATE TABLE",
    construct: "read_csv(..., columns = {...}) / read_parquet(...) table functions, a struct literal, regexp_full_match, and the rowid the input view reads",
    why: "DuckDB reads files with table functions; Spark SQL with a data source (USING csv/parquet) and has no row id",
    spark: (_s, vars) => [...SPARK_READ.split(";\n").map((s) => fillTemplate(s, vars))],
  },
  {
    file: "23_link_ids.sql",
    statement: "UPDATE link_status SET",
    construct: "UPDATE ... FROM",
    why: "Spark SQL has no UPDATE ... FROM; Delta and Iceberg tables take MERGE INTO",
    spark: () => [SPARK_LINK_IDS],
  },
  ...["csv_quoted", "csv_text", "csv_exponent", "csv_number"].map((name): DuckdbOnlyStatement => ({
    file: "75_csv_cells.sql",
    statement: `CREATE OR REPLACE MACRO ${name}(`,
    construct: "CREATE MACRO (and, in csv_number, regexp_extract into a struct, trunc, contains)",
    why: "Spark SQL has no macros (SQL functions only in its newest releases): the expressions are inlined where 76 calls them",
    spark: (_s, vars) => [cellsOf(name === "csv_quoted" || name === "csv_text" ? sparkCsvText("cell_text", vars.whitespace) : `element_at(${sparkCsvNumbers("array(cell_number)")}, 1)`)],
  })),
  {
    file: "76_out_companies_csv.sql",
    statement: "COPY (",
    construct: "COPY (query) TO file, and the macros of 75",
    why: "Spark SQL writes query results with INSERT OVERWRITE DIRECTORY ... USING text",
    spark: (s, vars) => [sparkCompaniesCsv(s, vars.whitespace ?? WHITESPACE)],
  },
];

/** The DuckDB-only entry for a planned statement, if any. */
export function duckdbOnlyEntry(file: string, statement: string): DuckdbOnlyStatement | undefined {
  const head = statementHead(statement, 200);
  return DUCKDB_ONLY_STATEMENTS.find((e) => e.file === file && head.startsWith(e.statement));
}

/** Literals and comments blanked out (same length), so that names are only found in code. */
export function codeOnly(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, (m) => " ".repeat(m.length));
}

const NOT_FUNCTIONS = new Set([
  "all", "and", "any", "as", "by", "case", "else", "exists", "from", "in", "join", "not", "on", "or", "over", "select",
  "then", "union", "using", "values", "when", "where", "with", "within", "filter",
]);

/** The functions a statement calls (lower case, in order of first call). */
export function functionsCalled(statement: string): string[] {
  const names = new Set<string>();
  // `AS t(a, b)` names a derived table's columns: not a call.
  for (const m of codeOnly(statement).matchAll(/(\bAS\s+)?\b([A-Za-z_][A-Za-z0-9_]*)\s*\(/gi)) {
    if (m[1]) continue;
    const name = m[2]!.toLowerCase();
    if (!NOT_FUNCTIONS.has(name)) names.add(name);
  }
  return [...names];
}

/** Splits a call's argument text at top-level commas (literals and parentheses respected). */
function splitArgs(text: string): string[] {
  const code = codeOnly(text);
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** A shared statement with DUCKDB_ONLY_FUNCTIONS calls rewritten as Spark SQL spells them. */
export function rewriteFunctions(statement: string): string {
  let out = statement;
  for (const f of DUCKDB_ONLY_FUNCTIONS) {
    for (;;) {
      const at = codeOnly(out).search(new RegExp(`\\b${f.name}\\s*\\(`, "i"));
      if (at < 0) break;
      const open = out.indexOf("(", at);
      const code = codeOnly(out);
      let depth = 0;
      let close = open;
      for (; close < code.length; close++) {
        if (code[close] === "(") depth++;
        else if (code[close] === ")" && --depth === 0) break;
      }
      out = out.slice(0, at) + f.spark(splitArgs(out.slice(open + 1, close))) + out.slice(close + 1);
    }
  }
  return out;
}

/** One planned statement as a Spark cluster runs it. */
export function sparkStatement(step: SqlStep, statement: string): string[] {
  const entry = duckdbOnlyEntry(step.file, statement);
  return entry ? entry.spark(statement, step.vars) : [rewriteFunctions(statement)];
}

/**
 * The statements of a run for spark-sql, in order: the reader's retry is DuckDB's alone, and
 * 72 runs inside 76. The output queries the CLI reads (70, 71, 73, 74: bare SELECTs) are
 * written to <outDir>/<name> as CSV with a header (name: the file's, after "NN_out_").
 */
export function sparkStatements(plan: AggregatePlan, outDir = "/tmp/supply-atlas-out"): Array<{ step: SqlStep; sql: string }> {
  const out = (file: string, sql: string) => {
    if (!/^(SELECT|WITH)\b/i.test(statementHead(sql, 10))) return sql;
    const name = file.replace(/^\d+_(out_)?/, "").replace(/\.sql$/, "");
    const dir = `'${`${outDir}/${name}`.replace(/'/g, "''")}'`;
    // The *_csv queries (77, 78) select lines already formatted as the bundle's CSV: written as text.
    if (name.endsWith("_csv")) return `INSERT OVERWRITE DIRECTORY ${dir} USING text\n${sql}`;
    return `INSERT OVERWRITE DIRECTORY ${dir} USING csv OPTIONS (header 'true')\n${sql}`;
  };
  return plan.steps
    .filter((s) => !s.retry && !s.inside)
    .flatMap((step) => step.statements.flatMap((st) => sparkStatement(step, st).map((sql) => ({ step, sql: out(step.file, sql) }))));
}
