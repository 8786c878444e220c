// The aggregate's SQL, worked out before anything runs: every file of sql/aggregate/ with its
// placeholders filled as the run fills them, cut into statements, in run order. run.ts takes
// each step from here (Duck.runStep), and test/scripts/lib/aggregate/sparkCheck.test.ts parses the same
// steps with a Spark SQL grammar, so the check cannot drift from what runs. Pure: no engine.

import { join } from "node:path";
import type { RankingWeights } from "../../../src/graph/ranking/types.ts";
import { LINK_TYPES, STORED_VINTAGE, VINTAGES, type Vintage } from "../../../src/model/types.ts";
import type { InspectedInput } from "./inputs.ts";
import { WHITESPACE } from "./whitespace.ts";
import { fileSql, splitStatements, sqlText } from "./statements.ts";

export interface SqlStep {
  /** The file of sql/aggregate/, or for SQL written by run.ts itself, where it comes from. */
  file: string;
  /** Tells apart the runs of one file (one per input file, per vintage). */
  key: string;
  /** The placeholders' values (01's also carry what its Spark form in duckdbOnly.ts needs). */
  vars: Readonly<Record<string, string>>;
  /** The text as run (placeholders filled). */
  text: string;
  statements: string[];
  /** Run only when the parallel CSV reader refuses a file (a quoted line break). */
  retry?: boolean;
  /** Not run by itself: its text is part of this other file's step (72 inside 76). */
  inside?: string;
}

export interface PlanOptions {
  /** Companies files first, then links files, as run.ts inspects them. */
  inputs: readonly InspectedInput[];
  weights: Readonly<RankingWeights>;
  topK: number;
  linkBudget: number;
  firstProblems: number;
  /** Where the companies tables are copied before they are deflated. */
  tempDir: string;
}

export const COMPANY_FIELDS = ["id", "name", "name_en", "division", "municipality", "industry", "tier", "lat", "lon", "municipality_code", "address"] as const;
export const LINK_FIELDS = ["id", "supplier", "supplier_id", "buyer", "buyer_id", "type", "weight", "year", "illustrative"] as const;
/** Columns read beyond a CSV header's width, to see cells that overflow it. */
export const OVERFLOW_COLUMNS = 8;

/** Where the DuckDB-only read step and the view over it come from, for messages. */
export const INPUT_VIEW_SOURCE = "run.ts inputView";

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const weightLiteral = (w: number) => `CAST(${sqlText(String(w))} AS DOUBLE)`;

function csvSource(input: InspectedInput, width: number, parallel: boolean): string {
  const columns = Array.from({ length: width + OVERFLOW_COLUMNS }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  // Everything as text, exactly the header's width plus room to see overflowing cells; no
  // sniffing (the app's header code decided), no comment lines, quotes as papaparse reads them.
  // Row order is the file's either way (preserve_insertion_order); the parallel reader is
  // tried first and refuses files with a quoted line break, which the single reader takes.
  return `read_csv(${sqlText(input.readPath)}, auto_detect = false, header = false, skip = ${input.headerRow}, ` +
    `delim = ${sqlText(input.delimiter)}, quote = '"', escape = '"', null_padding = true, strict_mode = false, ` +
    `parallel = ${parallel}, columns = {${columns}})`;
}

/** 01_read_file.sql's values for one input file, and the SELECT the <kind>_in view takes from its table. */
export function readFileVars(input: InspectedInput, fileOrd: number, parallel: boolean): { vars: Record<string, string>; select: string } {
  const fields: readonly string[] = input.kind === "companies" ? COMPANY_FIELDS : LINK_FIELDS;
  const table = `raw_${input.kind}_${fileOrd}`;
  const width = input.headers.length;
  const isCsv = input.format === "csv";
  const used = fields.flatMap((f) => {
    const i = input.cols.index[f as keyof typeof input.cols.index];
    return i === undefined ? [] : [[f, i] as const];
  });
  // Parquet columns by their header: "name" in DuckDB, `name` in Spark SQL.
  const cellVars = (quote: (s: string) => string, prefix: string) => {
    const columnOf = (i: number) => (isCsv ? `c${i}` : `CAST(${quote(input.headers[i]!)} AS STRING)`);
    const cells = used.map(([f, i]) => `coalesce(${columnOf(i)}, '') AS ${f}`);
    if (cells.length === 0) cells.push("'' AS unused");
    const all = isCsv ? Array.from({ length: width }, (_, i) => columnOf(i)) : used.map(([, i]) => columnOf(i));
    const concat = (exprs: string[]) => (exprs.length === 0 ? "''" : exprs.map((e) => `coalesce(${e}, '')`).join(" || "));
    const overflow = isCsv ? Array.from({ length: OVERFLOW_COLUMNS }, (_, k) => columnOf(width + k)) : [];
    return { [`${prefix}cells`]: cells.join(",\n  "), [`${prefix}all_cells`]: concat(all), [`${prefix}overflow_cells`]: concat(overflow) };
  };
  const sparkOptions = isCsv
    ? `path ${sqlText(input.readPath)}, sep ${sqlText(input.delimiter)}, quote '"', escape '"', header 'false', multiLine 'true', mode 'PERMISSIVE'`
    : `path ${sqlText(input.readPath)}`;
  const vars = {
    table,
    ...cellVars(ident, ""),
    whitespace: WHITESPACE,
    source: isCsv ? csvSource(input, width, parallel) : `read_parquet(${sqlText(input.readPath)})`,
    // What 01's Spark form (duckdbOnly.ts) reads the file with instead of `source`.
    ...cellVars((s) => `\`${s.replace(/`/g, "``")}\``, "spark_"),
    spark_columns: isCsv ? ` (${Array.from({ length: width + OVERFLOW_COLUMNS }, (_, i) => `c${i} STRING`).join(", ")})` : "",
    spark_format: isCsv ? "csv" : "parquet",
    spark_options: sparkOptions,
    skip: String(isCsv ? input.headerRow : 0),
  };
  const present = new Set(used.map(([f]) => f));
  const projected = fields.map((f) => (present.has(f) ? f : `'' AS ${f}`));
  const system = input.kind === "companies" ? [`${sqlText(input.cols.codeSystem.division ?? "mois")} AS code_system`] : [];
  // rowid: the table's row number from 0, in the file's order (DuckDB's; 01's Spark form makes one).
  const select = `SELECT ${fileOrd} AS file_ord, ${sqlText(input.name)} AS file, CAST(${input.headerRow + 1} + rowid AS BIGINT) AS row, blank, overflow, ` +
    `${[...projected, ...system].join(", ")} FROM ${table}`;
  return { vars, select };
}

/** The companies_in / links_in view over every file of a kind (an empty one when there is none). */
export function inputViewSql(name: "companies_in" | "links_in", selects: readonly string[]): string {
  const fields = name === "companies_in" ? COMPANY_FIELDS : LINK_FIELDS;
  const body = selects.length > 0
    ? selects.join("\nUNION ALL\n")
    : `SELECT 0 AS file_ord, '' AS file, CAST(0 AS BIGINT) AS row, TRUE AS blank, FALSE AS overflow, ${fields.map((f) => `'' AS ${f}`).join(", ")}${name === "companies_in" ? ", 'mois' AS code_system" : ""} WHERE FALSE`;
  return `CREATE VIEW ${name} AS ${body}`;
}

export class AggregatePlan {
  readonly steps: SqlStep[] = [];

  /** The step of `file` (and `key`, when the file runs more than once); a step not planned is a bug. */
  step(file: string, key = ""): SqlStep {
    const found = this.steps.find((s) => s.file === file && s.key === key);
    if (!found) throw new Error(`aggregate: ${file}${key ? ` (${key})` : ""} is not in the plan (plan.ts)`);
    return found;
  }

  add(file: string, key: string, text: string, vars: Readonly<Record<string, string>> = {}, retry?: boolean): SqlStep {
    const step: SqlStep = { file, key, vars, text, statements: splitStatements(text), ...(retry ? { retry } : {}) };
    this.steps.push(step);
    return step;
  }

  addFile(file: string, key = "", vars: Readonly<Record<string, string>> = {}, retry?: boolean): SqlStep {
    return this.add(file, key, fileSql(file, vars), vars, retry);
  }

  /** A file whose text only runs inside another step (checked on its own all the same). */
  addInside(file: string, key: string, vars: Readonly<Record<string, string>>, inside: string): SqlStep {
    const step = this.addFile(file, key, vars);
    step.inside = inside;
    return step;
  }
}

/** Companies per part company-flows.csv is sorted and written in: one COPY of 15M sorted lines (10M links) went past the 1 GB memory limit. */
export const FLOW_PART_COMPANIES = 250_000;

/** Every SQL step of one aggregate run, in run order. */
export function aggregatePlan(o: PlanOptions): AggregatePlan {
  const plan = new AggregatePlan();
  const selects: Record<"companies" | "links", string[]> = { companies: [], links: [] };
  for (const kind of ["companies", "links"] as const) {
    for (const [k, input] of o.inputs.filter((x) => x.kind === kind).entries()) {
      const parallel = readFileVars(input, k, true);
      plan.addFile("01_read_file.sql", `${kind}:${k}`, parallel.vars);
      if (input.format === "csv") plan.addFile("01_read_file.sql", `${kind}:${k}:serial`, readFileVars(input, k, false).vars, true);
      selects[kind].push(parallel.select);
    }
  }
  plan.add(INPUT_VIEW_SOURCE, "companies_in", inputViewSql("companies_in", selects.companies));
  plan.add(INPUT_VIEW_SOURCE, "links_in", inputViewSql("links_in", selects.links));
  for (const f of ["10_companies.sql", "20_link_refs.sql", "21_ref_lookup.sql", "22_links.sql"]) plan.addFile(f);
  // Without an id column every link has its own generated id: no duplicates to look for.
  if (o.inputs.some((x) => x.kind === "links" && x.cols.index.id !== undefined)) plan.addFile("23_link_ids.sql");
  for (const f of ["30_flows.sql", "35_places.sql", "40_divisions.sql", "45_company_pairs.sql", "50_company_numbers.sql"]) plan.addFile(f);
  const w = o.weights;
  plan.addFile("51_score.sql", "", {
    breadth: weightLiteral(w.breadth), volume_share: weightLiteral(1 - w.breadth),
    w_technology: weightLiteral(w.technology), w_production: weightLiteral(w.production), w_sales: weightLiteral(w.sales), w_other: weightLiteral(w.other),
    weight_total: weightLiteral(LINK_TYPES.reduce((sum, t) => sum + w[t], 0)),
  });
  plan.addFile("55_company_flows.sql");
  plan.addFile("56_sole_suppliers.sql");
  plan.addFile("60_ego.sql", "", { top_k: String(o.topK), link_budget: String(o.linkBudget), stored_vintage: sqlText(STORED_VINTAGE) });
  plan.addFile("74_out_counts.sql");
  plan.addFile("73_out_problems.sql", "", { first_n: String(o.firstProblems) });
  plan.addFile("75_csv_cells.sql", "", { whitespace: WHITESPACE });
  // The later vintages' companies tables are written before the bundle, the stored one with it.
  const companiesTable = (vintage: Vintage) => {
    const companies = plan.addInside("72_out_companies.sql", vintage, { vintage: sqlText(vintage), stored_vintage: sqlText(STORED_VINTAGE) }, "76_out_companies_csv.sql");
    plan.addFile("76_out_companies_csv.sql", vintage, { companies: companies.text, path: sqlText(companiesCsvPath(o.tempDir, vintage)) });
  };
  for (const v of VINTAGES) if (v !== STORED_VINTAGE) companiesTable(v);
  plan.addFile("70_out_flows.sql");
  plan.addFile("71_out_divisions.sql");
  plan.addFile("79_out_place_flows.sql");
  plan.addFile("79_out_places.sql");
  companiesTable(STORED_VINTAGE);
  // Lines formatted by the engine, copied to files by the CLI (run.ts linesOf) as 76 copies its own.
  // One part's bounds (run.ts writes the file in parts of ranks; only the two numbers differ).
  plan.addFile("77_out_company_flows_csv.sql", "", { first_rank: "1", last_rank: String(FLOW_PART_COMPANIES) });
  plan.addFile("78_out_sole_suppliers_csv.sql");
  return plan;
}

/** Where 76_out_companies_csv.sql copies a vintage's companies table. */
export function companiesCsvPath(tempDir: string, vintage: Vintage): string {
  return join(tempDir, `companies-${vintage}.csv`);
}
