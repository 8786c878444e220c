// The aggregate's SQL on Spark SQL: every statement the aggregate runs (plan.ts, placeholders
// filled as run.ts fills them) is parsed by an independent Spark SQL grammar (dt-sql-parser's
// SparkSQL, ANTLR, after Spark's own grammar), except the DuckDB-only ones listed in
// scripts/lib/aggregate/duckdbOnly.ts, whose Spark forms are parsed instead. A file added to
// sql/aggregate/ is covered at once: through plan.ts, or as its plain text until it is there
// (a file with placeholders is reported until plan.ts makes their values).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
// The Spark parser alone: the package's index loads all seven dialects (about 20 MB of
// generated parsers), Spark's is 2 MB.
import { SparkSQL } from "dt-sql-parser/dist/parser/spark/index.js";
import { beforeAll, describe, expect, it } from "vitest";
import { DUCKDB_ONLY_STATEMENTS, sparkStatements } from "../../../../scripts/lib/aggregate/duckdbOnly.ts";
import { inspectInput, type InspectedInput } from "../../../../scripts/lib/aggregate/inputs.ts";
import { aggregatePlan, type AggregatePlan, type SqlStep } from "../../../../scripts/lib/aggregate/plan.ts";
import { sparkProblems, unplannedSteps, type Validate } from "../../../../scripts/lib/aggregate/sparkCheck.ts";
import { splitStatements } from "../../../../scripts/lib/aggregate/statements.ts";
import { DEFAULT_WEIGHTS } from "../../../../src/graph/ranking/weights.ts";
import { tempDir } from "./helpers.ts";

let validate: Validate;
let csvPlan: AggregatePlan;
let parquetPlan: AggregatePlan;

const noParquet = async (): Promise<never> => {
  throw new Error("the grammar test reads CSV headers only");
};

function planOf(inputs: InspectedInput[]): AggregatePlan {
  return aggregatePlan({ inputs, weights: DEFAULT_WEIGHTS, topK: 100, linkBudget: 50_000, firstProblems: 100, tempDir: "/tmp/agg" });
}

beforeAll(async () => {
  // One parser for the whole file: loading the grammar and warming its caches is most of the cost.
  const spark = new SparkSQL();
  // parse() with a listener reports what validate() reports for one statement, without
  // validate()'s second pass, which prints ANTLR's messages to the console.
  validate = (sql) => {
    const errors: Array<{ message: string; startLine: number; startColumn: number }> = [];
    spark.parse(sql, (e) => errors.push(e));
    return errors;
  };
  const dir = tempDir();
  // A title row above the header, an id column in the links (so 23_link_ids.sql is planned).
  writeFileSync(join(dir, "companies.csv"), "기업 목록\nid,name,division,lat,lon,tier\nA,가,서울,37.5,127,\n");
  writeFileSync(join(dir, "links.csv"), "id;supplier_id;buyer_id;type;weight;year\nL1;A;B;technology;3;2023\n");
  const inputs = [
    await inspectInput({ path: join(dir, "companies.csv"), kind: "companies" }, "companies.csv", dir, { index: 0 }, noParquet),
    await inspectInput({ path: join(dir, "links.csv"), kind: "links" }, "links.csv", dir, { index: 1 }, noParquet),
  ];
  csvPlan = planOf(inputs);
  // Parquet: the same columns by header name (read_parquet and quoted identifiers in 01).
  parquetPlan = planOf(inputs.map((x) => ({ ...x, format: "parquet" as const, readPath: x.readPath.replace(/\.csv$/, ".parquet") })));
}, 30_000);

describe("the aggregate's SQL on a Spark SQL grammar", () => {
  it("checks every file of sql/aggregate/: planned, or plain text when it has no placeholders", () => {
    expect(unplannedSteps(csvPlan.steps).problems).toEqual([]);
    // 01 once per input and reader, 72 and 76 once per vintage: every run of a file is planned.
    expect(csvPlan.steps.filter((s) => s.file === "01_read_file.sql").map((s) => s.key)).toEqual(["companies:0", "companies:0:serial", "links:0", "links:0:serial"]);
  });

  it("parses every statement the aggregate runs, or the Spark form duckdbOnly.ts gives it", () => {
    // Files run by run.ts but not yet through plan.ts (one just added) are checked too.
    const unplanned = unplannedSteps(csvPlan.steps).steps;
    expect(sparkProblems([...csvPlan.steps, ...unplanned], validate)).toEqual([]);
    expect(sparkProblems(parquetPlan.steps.filter((s) => s.file === "01_read_file.sql"), validate)).toEqual([]);
    // Most of this test's time is the grammar warming its caches (about 5 s of CPU), not the statements.
  }, 60_000);

  it("the statements a cluster runs (sparkStatements) all parse and leave DuckDB's own behind", () => {
    const statements = sparkStatements(csvPlan);
    for (const { step, sql } of statements) {
      expect(validate(sql), `${step.file} ${step.key}: ${sql.slice(0, 80)}`).toEqual([]);
      expect(sql).not.toMatch(/\bread_csv\(|\bread_parquet\(|\bMACRO\b|^\s*COPY\b|^\s*UPDATE\b|\bregexp_full_match\(|\bregexp_matches\(|\bcsv_(text|number)\(/i);
    }
    // Every planned step has a Spark form, but the reader's retry and 72, which runs inside 76.
    expect(new Set(statements.map((s) => s.step))).toEqual(new Set(csvPlan.steps.filter((s) => !s.retry && !s.inside)));
    // The bundle's tables come out as files; nothing is left to print a million rows to the console.
    expect(statements.filter((s) => /^\s*(--[^\n]*\n\s*)*(SELECT|WITH)\b/i.test(s.sql))).toEqual([]);
    expect(statements.filter((s) => /^INSERT OVERWRITE DIRECTORY '\/tmp\/supply-atlas-out\/(flows|divisions|problems|counts)' USING csv/.test(s.sql))).toHaveLength(4);
  }, 30_000);

  it("lists the DuckDB-only statements with why and a Spark form", () => {
    for (const e of DUCKDB_ONLY_STATEMENTS) {
      expect(e.why.length, e.file).toBeGreaterThan(20);
      expect(e.construct.length, e.file).toBeGreaterThan(5);
    }
  });
});

describe("the check bites", () => {
  /** The plan with one statement of one step changed. */
  function withStatement(file: string, index: number, change: (s: string) => string): SqlStep[] {
    return csvPlan.steps.map((s) => {
      if (s.file !== file) return s;
      const statements = [...s.statements];
      const changed = change(statements[index]!);
      expect(changed).not.toBe(statements[index]);
      statements[index] = changed;
      return { ...s, statements };
    });
  }

  it("reports a DuckDB cast (::) with its file, statement number and the grammar's error", () => {
    const steps = withStatement("30_flows.sql", 0, (s) => s.replace("SUM(coalesce(weight, 0)) AS w", "SUM(coalesce(weight, 0))::DOUBLE AS w"));
    const problems = sparkProblems(steps, validate);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^30_flows\.sql statement 1 \(CREATE TABLE link_cells AS SELECT .*\): Spark SQL grammar at line \d+:\d+: .*':'/);
  }, 30_000);

  it("reports DuckDB's SELECT * EXCLUDE", () => {
    const steps = withStatement("60_ego.sql", 6, (s) => s.replace("SELECT c.*", "SELECT c.* EXCLUDE (lat, lon)"));
    const problems = sparkProblems(steps, validate);
    expect(problems).toContainEqual(expect.stringMatching(/^60_ego\.sql statement 7 \(CREATE TABLE ego_companies .*Spark SQL grammar at line \d+:\d+: 'lat' is not valid/));
    for (const p of problems) expect(p).toMatch(/^60_ego\.sql statement 7 /);
  }, 30_000);

  it("reports a DuckDB-only function the grammar itself accepts (list_value, a macro call)", () => {
    const steps = withStatement("40_divisions.sql", 0, (s) => s.replace("SUM(link_count) AS n", "SUM(link_count) AS n, list_value(vintage) AS l, csv_exponent(vintage) AS c"));
    expect(sparkProblems(steps, validate)).toEqual([
      expect.stringMatching(/^40_divisions\.sql statement 1 .*calls list_value\(\), csv_exponent\(\), not known to mean the same in Spark SQL/),
    ]);
  }, 30_000);

  it("reports a DuckDB-only entry whose statement is gone", () => {
    const steps = withStatement("23_link_ids.sql", 0, (s) => s.replace("UPDATE link_status\n", "UPDATE link_status_x\n"));
    const problems = sparkProblems(steps, validate);
    expect(problems).toContainEqual(expect.stringMatching(/^duckdbOnly\.ts lists 23_link_ids\.sql "UPDATE link_status SET…"/));
    // ...and the statement itself, no longer listed, for what Spark's grammar makes of it.
    expect(problems).toContainEqual(expect.stringMatching(/^23_link_ids\.sql statement 1 .*Spark SQL grammar/));
  }, 30_000);

  it("checks a file added to sql/aggregate/ but not to the plan, or asks for its step when it has placeholders", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "10_companies.sql"), "SELECT 1");
    writeFileSync(join(dir, "55_plain.sql"), "-- new\nCREATE TABLE x AS SELECT a::INT AS a FROM y;\n");
    writeFileSync(join(dir, "56_filled.sql"), "SELECT * FROM t WHERE k <= {{top_k}} AND v = {{vintage}}");
    const { steps, problems } = unplannedSteps(csvPlan.steps, ["10_companies.sql", "55_plain.sql", "56_filled.sql"], dir);
    expect(problems).toEqual([expect.stringMatching(/^56_filled\.sql is not in the aggregate's plan .*\{\{top_k\}\}, \{\{vintage\}\}/)]);
    expect(steps.map((s) => s.file)).toEqual(["55_plain.sql"]);
    expect(sparkProblems(steps, validate)).toEqual([expect.stringMatching(/^55_plain\.sql \(not in plan\.ts\) statement 1 .*Spark SQL grammar/)]);
  }, 30_000);
});

describe("splitStatements", () => {
  it("cuts at the semicolons that end statements, not those in literals, identifiers or comments", () => {
    const sql = "-- head; comment\nSELECT 'a;b', 'it''s;' AS \"x;y\"; /* c; */ SELECT 2 -- tail;\n;\n-- only a comment;\n";
    expect(splitStatements(sql)).toEqual(["-- head; comment\nSELECT 'a;b', 'it''s;' AS \"x;y\"", "/* c; */ SELECT 2 -- tail;"]);
  });
});
