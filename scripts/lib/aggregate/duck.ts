// One DuckDB session for one aggregate run: out of core (a temp directory and a memory limit,
// so memory does not bound the data), the SQL files of sql/aggregate/ run with their
// placeholders filled, and small tables loaded from TypeScript through an appender.

import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";
import type { SqlStep } from "./plan.ts";
import { fileSql, fileStatements, fillTemplate, sqlText, statementHead } from "./statements.ts";

export { fillTemplate, sqlText };

export interface DuckOptions {
  tempDir: string;
  /** DuckDB's memory_limit, e.g. "1GB"; beyond it, operators spill to tempDir. */
  memoryLimit: string;
  threads?: number;
}

export type Column = { name: string; type: "VARCHAR" | "DOUBLE" | "INTEGER" | "BIGINT" | "BOOLEAN" };
type Value = string | number | boolean | null;

export class Duck {
  private constructor(private readonly instance: DuckDBInstance, readonly conn: DuckDBConnection, readonly version: string) {}

  static async open(opts: DuckOptions): Promise<Duck> {
    const instance = await DuckDBInstance.create(":memory:", {
      temp_directory: opts.tempDir,
      memory_limit: opts.memoryLimit,
      threads: String(opts.threads ?? 2),
      // Row order is the file's order: row numbers in the report depend on it.
      preserve_insertion_order: "true",
    });
    const conn = await instance.connect();
    const version = String((await conn.runAndReadAll("SELECT version() AS v")).getRowObjectsJS()[0]!.v);
    return new Duck(instance, conn, version);
  }

  /** The text of one file of sql/aggregate/ with its placeholders filled. */
  sql(name: string, vars: Readonly<Record<string, string>> = {}): string {
    return fileSql(name, vars);
  }

  /** Runs one file of sql/aggregate/, statement by statement. Prefer runStep with a step of the plan. */
  async file(name: string, vars: Readonly<Record<string, string>> = {}): Promise<void> {
    await this.statements(name, fileStatements(name, vars));
  }

  /** Runs one step of the aggregate's plan (plan.ts): exactly the statements the Spark grammar test checks. */
  async runStep(step: SqlStep): Promise<void> {
    await this.statements(step.file, step.statements);
  }

  private async statements(name: string, statements: readonly string[]): Promise<void> {
    const profile = Boolean(process.env.SUPPLY_ATLAS_PROFILE);
    for (const statement of statements) {
      const t0 = performance.now();
      await this.conn.run(statement);
      if (!profile) continue;
      const head = /CREATE TABLE (\w+)/.exec(statement)?.[1] ?? statementHead(statement, 40);
      process.stderr.write(`  ${name} ${head} ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    }
  }

  async run(sql: string): Promise<void> {
    await this.conn.run(sql);
  }

  /** All rows as plain JS objects (BIGINT as number): for small results only. */
  async rows<T = Record<string, unknown>>(sql: string): Promise<T[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((r) => plain(r)) as T[];
  }

  /**
   * Rows in batches as DuckDB hands over its chunks, for results too large to hold at once.
   * Read through the column vectors: about ten times faster than converting whole rows, and
   * a national companies table has a million rows of 34 columns. Queries should return
   * numbers as DOUBLE (BIGINT and HUGEINT arrive as bigint and cost far more).
   */
  async *batches<T>(sql: string, convert: (row: Record<string, unknown>) => T): AsyncGenerator<T[]> {
    const result = await this.conn.stream(sql);
    const names = result.deduplicatedColumnNames();
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const vectors = names.map((_, j) => chunk.getColumnVector(j));
      const out = new Array<T>(chunk.rowCount);
      for (let i = 0; i < chunk.rowCount; i++) {
        const row: Record<string, unknown> = {};
        for (let j = 0; j < names.length; j++) row[names[j]!] = unbig(vectors[j]!.getItem(i));
        out[i] = convert(row);
      }
      yield out;
    }
  }

  /** Creates `name` and fills it from TypeScript (mapping tables: a few hundred to a few million rows). */
  async table(name: string, columns: readonly Column[], rows: Iterable<readonly Value[]>): Promise<void> {
    await this.conn.run(`CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `${c.name} ${c.type}`).join(", ")})`);
    const appender = await this.conn.createAppender(name);
    for (const row of rows) {
      columns.forEach((c, i) => {
        const v = row[i];
        if (v === null || v === undefined) appender.appendNull();
        else if (c.type === "VARCHAR") appender.appendVarchar(String(v));
        else if (c.type === "DOUBLE") appender.appendDouble(Number(v));
        else if (c.type === "INTEGER") appender.appendInteger(Number(v));
        else if (c.type === "BIGINT") appender.appendBigInt(BigInt(v as number));
        else appender.appendBoolean(Boolean(v));
      });
      appender.endRow();
    }
    appender.flushSync();
    appender.closeSync();
  }

  /** Distinct values of one column of a query, as strings. */
  async distinct(sql: string): Promise<string[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getColumnsJS()[0]?.map((v) => String(v ?? "")) ?? [];
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

// Counts arrive as BIGINT/HUGEINT (bigint) and sums of them as HUGEINT; all fit a double here.
function unbig(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (v !== null && typeof v === "object") return Number(String(v));
  return v;
}

function plain(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) out[k] = unbig(v);
  return out;
}

export type { DuckDBValue };
