// The aggregate's core: input files -> DuckDB (sql/aggregate/*.sql, with the app's readers
// applied to distinct values) -> a summary bundle written by src/io/summary/bundleWrite.ts.
// `npm run aggregate` is a thin shell around runAggregate; tests call it directly.

import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { promisify } from "node:util";
import { constants as zlibConstants, crc32, deflateRaw } from "node:zlib";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { makeIssue } from "../../../src/io/read/issues.ts";
import type { MappingSet } from "../../../src/io/mapping/columnMapping.ts";
import { metadataJson } from "../../../src/io/snapshot/metadata.ts";
import { writeSummaryBundle, type CsvBody } from "../../../src/io/summary/bundleWrite.ts";
import { egoGraphJson } from "../../../src/io/summary/ego.ts";
import { reportToCsv } from "../../../src/io/write/reportCsv.ts";
import { csvLine } from "../../../src/io/write/csvCell.ts";
import { DEFAULT_WEIGHTS } from "../../../src/graph/ranking/weights.ts";
import {
  DEFAULT_EGO_LINKS, SUMMARY_FORMAT, SUMMARY_VERSION,
  type SummaryDivisionRow, type SummaryFlowRow, type SummaryManifest, type SummaryPlaceFlowRow, type SummaryPlaceRow, type SummarySource,
} from "../../../src/model/summary.ts";
import type { Company, Dataset, ImportIssue, ImportReport, IssueReason, Link, LinkType, Vintage } from "../../../src/model/types.ts";
import { STORED_VINTAGE, VINTAGES } from "../../../src/model/types.ts";
import { Duck, sqlText } from "./duck.ts";
import { aggregatePlan, companiesCsvPath, FLOW_PART_COMPANIES, INPUT_VIEW_SOURCE, type AggregatePlan } from "./plan.ts";
import { fileSql } from "./statements.ts";
import { InputError, inspectInput, uniqueNames, type InputSpec, type InspectedInput } from "./inputs.ts";
import {
  addCleanValues, addTrimValues, createTextMaps, loadCoordMap, loadDivisionMap, loadFoldMaps, loadPlaceMap,
  loadRegistry, loadTierMap, loadWeightMaps, loadWordMap, weightNotes,
} from "./maps.ts";

export { InputError };

export interface AggregateOptions {
  companies: readonly string[];
  links: readonly string[];
  out: string;
  topK?: number;
  /** Most links the top companies' ego networks may hold together (DEFAULT_EGO_LINKS). */
  egoLinks?: number;
  focus?: readonly string[];
  mappings?: MappingSet;
  delimiter?: string;
  label?: string;
  /** Where DuckDB spills and CP949 files are transcoded; a fresh directory under the OS temp by default. */
  tempDir?: string;
  memoryLimit?: string;
  threads?: number;
  /** Problems listed per kind in import-report.csv. */
  firstProblems?: number;
  created?: Date;
  /** Companies per part company-flows.csv is sorted and written in (FLOW_PART_COMPANIES; tests make it small). */
  flowPart?: number;
  /** Progress lines (stage names and times). */
  log?: (line: string) => void;
}

export interface AggregateResult {
  manifest: SummaryManifest;
  /** Rows accepted: 0 companies means nothing valid was found and no bundle was written. */
  written: boolean;
  bytes: number;
  /** Seconds per stage. */
  stages: Record<string, number>;
  engine: string;
}

export const AGGREGATE_VERSION = "0.1.0";
const DEFAULT_TOP_K = 100;
const FIRST_PROBLEMS = 100;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One input file into raw_<kind>_<i> (01_read_file.sql): the parallel reader first, the single one if it refuses. */
async function readInput(duck: Duck, plan: AggregatePlan, input: InspectedInput, key: string): Promise<void> {
  try {
    await duck.runStep(plan.step("01_read_file.sql", key));
  } catch (e) {
    if (input.format !== "csv" || !/parallel/i.test((e as Error).message)) throw e;
    const serial = plan.step("01_read_file.sql", `${key}:serial`);
    await duck.run(`DROP TABLE IF EXISTS raw_${key.replace(":", "_")}`);
    await duck.runStep(serial);
  }
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const optText = (v: unknown): string | undefined => (v === null || v === undefined || v === "" ? undefined : String(v));
const optNum = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

function flowRow(r: Record<string, unknown>): SummaryFlowRow {
  return {
    vintage: r.vintage as Vintage, year: r.year === null ? null : Number(r.year), from: String(r.from_division), to: String(r.to_division),
    type: r.link_type as LinkType, count: num(r.link_count), weight: num(r.link_weight),
  };
}

function placeFlowRow(r: Record<string, unknown>): SummaryPlaceFlowRow {
  return {
    year: r.year === null ? null : Number(r.year), from: String(r.from_place), to: String(r.to_place),
    type: r.link_type as LinkType, count: num(r.link_count), weight: num(r.link_weight),
  };
}

const placeRow = (r: Record<string, unknown>): SummaryPlaceRow => ({ place: String(r.place), companies: num(r.companies) });

function divisionRow(r: Record<string, unknown>): SummaryDivisionRow {
  return {
    vintage: r.vintage as Vintage, division: String(r.division), companies: num(r.companies),
    outgoingCount: num(r.outgoing_count), outgoingWeight: num(r.outgoing_weight), incomingCount: num(r.incoming_count),
    incomingWeight: num(r.incoming_weight), internalCount: num(r.internal_count), internalWeight: num(r.internal_weight),
    partnerDivisions: num(r.partner_divisions), crossShare: num(r.cross_share),
  };
}

function egoCompany(r: Record<string, unknown>): Company {
  const c: Company = { id: String(r.id), name: String(r.name), division: String(r.division), attributes: {} };
  const set = <K extends keyof Company>(k: K, v: Company[K] | undefined) => {
    if (v !== undefined) c[k] = v;
  };
  set("nameEn", optText(r.name_en));
  set("municipality", optText(r.municipality));
  // The place key is the 시군구 code when one was resolved (10_companies.sql): graph.json keeps it, as the app's snapshot does.
  set("municipalityCode", r.place !== r.division ? optText(r.place) : undefined);
  set("industry", optText(r.industry));
  set("tier", optText(r.tier));
  set("lat", optNum(r.lat));
  set("lon", optNum(r.lon));
  return c;
}

function egoLink(r: Record<string, unknown>): Link {
  const l: Link = { id: String(r.id), source: String(r.source), target: String(r.target), type: r.link_type as LinkType, attributes: {} };
  if (r.weight !== null && r.weight !== undefined) l.weight = Number(r.weight);
  if (r.year !== null && r.year !== undefined) l.year = Number(r.year);
  if (r.illustrative) l.illustrative = true;
  return l;
}

async function collect<T>(gen: AsyncGenerator<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}

interface Counts {
  table_kind: "companies" | "links";
  file_ord: number;
  file: string;
  verdict: string;
  n: number;
}

/** The import report: first N problems per kind as reportToCsv writes them, then the counts per file and verdict. */
function reportText(problems: Array<Record<string, unknown>>, counts: Counts[], inputs: readonly InspectedInput[]): { csv: string; report: Omit<ImportReport, "companies" | "links" | "crossProvinceLinks" | "divisions"> } {
  const rejected: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (const p of problems) {
    const reason = String(p.reason) as IssueReason;
    const detail = p.detail === null ? "" : String(p.detail);
    const message = reason === "malformed-row" ? "row could not be parsed (more cells than the header has)" : optText(p.problem_message);
    (p.kind === "rejected" ? rejected : warnings).push(makeIssue(String(p.file), num(p.row), reason, detail, message));
  }
  const files = inputs.map((input) => ({ name: input.name, encoding: input.encoding, kind: input.kind, rows: 0, columns: input.columns, mapping: input.mapping }));
  for (const c of counts) if (c.verdict !== "unknown-link-type") files[c.file_ord]!.rows += c.n;
  const base = reportToCsv({ files, companies: 0, links: 0, crossProvinceLinks: 0, divisions: {}, rejected, warnings });
  // Every row accounted for: one line per file and verdict, in the report's own columns.
  const lines = counts.map((c) => {
    const what = c.verdict === "accepted" ? "rows accepted" : c.verdict === "unknown-link-type" ? "rows loaded with link type 'other' (unknown word)" : `rows rejected: ${c.verdict}`;
    return csvLine([c.file, 0, "count", c.verdict === "accepted" ? "" : c.verdict, c.n, `${c.n} ${what}`]);
  });
  return { csv: base + lines.map((l) => l + "\r\n").join(""), report: { files, rejected, warnings } };
}

const deflateRawAsync = promisify(deflateRaw);

// Node's zlib deflates the large tables several times faster than fflate in JavaScript, and
// in its thread pool: blocks are compressed side by side on both cores.
const NODE_DEFLATE = {
  compress: (data: Uint8Array, final: boolean) =>
    deflateRawAsync(data, { level: 6, finishFlush: final ? zlibConstants.Z_FINISH : zlibConstants.Z_SYNC_FLUSH }),
  crc32: (data: Uint8Array, previous: number) => crc32(data, previous),
};

const FILE_BLOCK = 4 << 20;
/**
 * Companies per part of company-flows.csv: about 4 million lines at national density (15 at
 * once went past the 1 GB limit; each part scans the cells once).
 */

/** A file's bytes in blocks of FILE_BLOCK (the last shorter). */
async function* fileBlocks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r");
  try {
    for (;;) {
      const block = new Uint8Array(FILE_BLOCK);
      const { bytesRead } = await handle.read(block, 0, FILE_BLOCK, null);
      if (bytesRead === 0) return;
      yield block.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Runs the whole aggregate; throws InputError for input it cannot read (the CLI's exit 1 or 2). */
export async function runAggregate(opts: AggregateOptions): Promise<AggregateResult> {
  const log = opts.log ?? (() => {});
  const stages: Record<string, number> = {};
  let t0 = performance.now();
  const stage = (name: string) => {
    const t = performance.now();
    stages[name] = (t - t0) / 1000;
    log(`aggregate: ${name} ${stages[name]!.toFixed(1)} s`);
    t0 = t;
  };
  const ownTemp = !opts.tempDir;
  const tempDir = opts.tempDir ?? mkdtempSync(join(tmpdir(), "supply-atlas-aggregate-"));
  mkdirSync(tempDir, { recursive: true });
  const duck = await Duck.open({ tempDir: join(tempDir, "duckdb"), memoryLimit: opts.memoryLimit ?? "1GB", threads: opts.threads ?? 2 });
  try {
    const specs: InputSpec[] = [
      ...opts.companies.map((path) => ({ path, kind: "companies" as const })),
      ...opts.links.map((path) => ({ path, kind: "links" as const })),
    ];
    const names = uniqueNames(specs.map((s) => s.path));
    const parquetPreview = async (path: string) => {
      const source = `read_parquet(${sqlText(path)})`;
      const described = await duck.rows<{ column_name: string }>(`DESCRIBE SELECT * FROM ${source}`);
      const headers = described.map((d) => d.column_name);
      const sample = await duck.rows(`SELECT ${headers.map((h) => `CAST(${ident(h)} AS VARCHAR) AS ${ident(h)}`).join(", ")} FROM ${source} LIMIT 59`);
      return { headers, rows: sample.map((r) => headers.map((h) => (r[h] === null ? "" : String(r[h])))) };
    };
    const inputs: InspectedInput[] = [];
    for (const [i, spec] of specs.entries()) {
      inputs.push(await inspectInput(spec, names[i]!, tempDir, { index: i, delimiter: opts.delimiter, mappings: opts.mappings }, parquetPreview));
    }
    const companyInputs = inputs.filter((x) => x.kind === "companies");
    const linkInputs = inputs.filter((x) => x.kind === "links");
    stage("inspect");

    const requestedTop = Math.max(0, Math.floor(opts.topK ?? DEFAULT_TOP_K));
    const linkBudget = Math.max(0, Math.floor(opts.egoLinks ?? DEFAULT_EGO_LINKS));
    const firstN = opts.firstProblems ?? FIRST_PROBLEMS;
    // Every SQL step of this run, placeholders filled: the same texts the Spark grammar test parses.
    const plan = aggregatePlan({ inputs, weights: DEFAULT_WEIGHTS, topK: requestedTop, linkBudget, firstProblems: firstN, tempDir });
    for (const [k, input] of companyInputs.entries()) await readInput(duck, plan, input, `companies:${k}`);
    for (const [k, input] of linkInputs.entries()) await readInput(duck, plan, input, `links:${k}`);
    await duck.runStep(plan.step(INPUT_VIEW_SOURCE, "companies_in"));
    await duck.runStep(plan.step(INPUT_VIEW_SOURCE, "links_in"));
    stage("read");

    await loadRegistry(duck);
    await createTextMaps(duck);
    await addCleanValues(duck, "companies_in", ["id", "name"]);
    await addTrimValues(duck, "companies_in", ["division", "name_en", "municipality", "industry"]);
    await loadDivisionMap(duck);
    // Each distinct municipality text placed once by the app's resolver (maps.ts loadPlaceMap).
    await loadPlaceMap(duck);
    await loadTierMap(duck);
    await loadCoordMap(duck, companyInputs);
    await duck.runStep(plan.step("10_companies.sql"));
    stage("companies");

    await duck.runStep(plan.step("20_link_refs.sql"));
    await addCleanValues(duck, "link_refs", ["id_raw", "name_raw"]);
    if (linkInputs.some((x) => x.cols.index.id !== undefined)) await addCleanValues(duck, "links_in", ["id"]);
    await duck.runStep(plan.step("21_ref_lookup.sql"));
    await loadFoldMaps(duck);
    const decimalColumns = await loadWeightMaps(duck, linkInputs);
    await loadWordMap(duck);
    await duck.runStep(plan.step("22_links.sql"));
    // Planned only when a links file has an id column (plan.ts).
    if (plan.steps.some((s) => s.file === "23_link_ids.sql")) await duck.runStep(plan.step("23_link_ids.sql"));
    stage("links");

    await duck.runStep(plan.step("30_flows.sql"));
    await duck.runStep(plan.step("35_places.sql"));
    await duck.runStep(plan.step("40_divisions.sql"));
    // Every link from both ends, per partner: the company numbers and company-flows.csv read it.
    await duck.runStep(plan.step("45_company_pairs.sql"));
    await duck.runStep(plan.step("50_company_numbers.sql"));
    await duck.runStep(plan.step("51_score.sql"));
    // The national tables a what-if and a profile read (model/summary.ts).
    await duck.runStep(plan.step("55_company_flows.sql"));
    await duck.runStep(plan.step("56_sole_suppliers.sql"));
    const focus = [...(opts.focus ?? [])];
    await duck.table("focus_ids", [{ name: "id", type: "VARCHAR" }], focus.map((id) => [id]));
    await duck.runStep(plan.step("60_ego.sql"));
    const taken = num((await duck.rows<{ n: number }>("SELECT COUNT(*) AS n FROM ego_top"))[0]!.n);
    stage("aggregate");

    const counts = (await duck.rows<Counts>(plan.step("74_out_counts.sql").text)).map((c) => ({ ...c, n: num(c.n), file_ord: num(c.file_ord) }));
    // file_ord counts within each kind; the report lists companies files first, as specs do.
    const fileIndex = (c: Counts) => (c.table_kind === "companies" ? c.file_ord : companyInputs.length + c.file_ord);
    const globalCounts = counts.map((c) => ({ ...c, file_ord: fileIndex(c) }));
    const problems = await duck.rows(plan.step("73_out_problems.sql").text);
    // Amounts read by another row's decimal mark: one note per column, as the app's reader words it.
    const notes = await weightNotes(duck, decimalColumns);
    problems.push(...notes.map((n) => ({ kind: "warning", phase: 1, file_ord: n.fileOrd, file: n.file, row: n.row, reason: "decimal-mark", detail: n.detail, problem_message: n.message })));
    const key = (p: Record<string, unknown>) => [String(p.kind), num(p.phase), num(p.file_ord), num(p.row)] as const;
    problems.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
    });
    const report = reportText(problems, globalCounts, inputs);
    const sum = (kind: string, accepted: boolean | null) =>
      globalCounts.filter((c) => c.table_kind === kind && c.verdict !== "unknown-link-type" && (accepted === null || (c.verdict === "accepted") === accepted)).reduce((n, c) => n + c.n, 0);
    const [totals] = await duck.rows<{ links: number; cross: number; without_year: number }>(
      "SELECT COUNT(*) AS links, coalesce(SUM(CASE WHEN sdiv <> tdiv AND sdiv <> '' AND tdiv <> '' THEN 1 ELSE 0 END), 0) AS cross, coalesce(SUM(CASE WHEN year IS NULL THEN 1 ELSE 0 END), 0) AS without_year FROM links",
    );
    const years = (await duck.rows<{ year: number }>("SELECT DISTINCT year FROM links WHERE year IS NOT NULL ORDER BY year")).map((r) => num(r.year));
    const egoCompanies = await collect(duck.batches("SELECT * FROM ego_companies ORDER BY ord", (r) => r));
    const egoLinks = await collect(duck.batches("SELECT id, source, target, link_type, weight, year, illustrative FROM ego_links ORDER BY ord", (r) => r));
    const created = opts.created ?? new Date();
    const label = opts.label?.trim() || inputs.map((x) => x.name).join(" + ");
    const engine = `Supply Atlas aggregate ${AGGREGATE_VERSION} on DuckDB ${duck.version}`;
    const sources: SummarySource[] = inputs.map((x, i) => ({
      name: x.name, bytes: x.bytes, kind: x.kind, format: x.format,
      rows: globalCounts.filter((c) => c.file_ord === i && c.verdict !== "unknown-link-type").reduce((n, c) => n + c.n, 0),
    }));
    const ego: Dataset = {
      label, companies: egoCompanies.map(egoCompany), links: egoLinks.map(egoLink), illustrative: egoLinks.some((l) => Boolean(l.illustrative)),
      report: { ...report.report, companies: 0, links: 0, crossProvinceLinks: 0, divisions: {} },
    };
    const fullReport: ImportReport = {
      ...report.report, companies: sum("companies", true), links: num(totals!.links), crossProvinceLinks: num(totals!.cross), divisions: {},
    };
    const { graphJson, metadata } = egoGraphJson(ego, {
      label, appVersion: AGGREGATE_VERSION, created, report: fullReport,
      sources: inputs.map((x, i) => ({ name: x.name, bytes: x.bytes, kind: x.kind, encoding: x.encoding, rows: sources[i]!.rows })),
    });
    // The metadata counts the whole input's problems, not only the ones listed.
    metadata.report.rejected = sum("companies", false) + sum("links", false);
    metadata.report.warnings = globalCounts.filter((c) => c.verdict === "unknown-link-type").reduce((n, c) => n + c.n, 0) + notes.length;
    const manifest: SummaryManifest = {
      format: SUMMARY_FORMAT, version: SUMMARY_VERSION, engine, created: created.toISOString(), label, sources,
      rows: {
        companiesRead: sum("companies", null), companies: sum("companies", true),
        linksRead: sum("links", null), links: num(totals!.links), crossLinks: num(totals!.cross),
      },
      vintages: [...VINTAGES], years, linksWithoutYear: num(totals!.without_year),
      ego: { topK: taken, requestedTop, linkBudget, focus, companies: ego.companies.length, links: ego.links.length },
      illustrative: ego.illustrative || (await duck.rows<{ n: number }>("SELECT COUNT(*) AS n FROM links WHERE illustrative"))[0]!.n > 0,
    };
    stage("collect");

    if (manifest.rows.companies === 0) return { manifest, written: false, bytes: 0, stages, engine };
    mkdirSync(dirname(opts.out), { recursive: true });
    const stream = createWriteStream(opts.out);
    let bytes = 0;
    // Each companies table is formatted by the engine (75, 76) into a file, then deflated.
    await duck.runStep(plan.step("75_csv_cells.sql"));
    const companiesOf = async (vintage: Vintage): Promise<CsvBody> => {
      // 76 holds 72's query for this vintage (plan.ts).
      await duck.runStep(plan.step("76_out_companies_csv.sql", vintage));
      return { csvBlocks: fileBlocks(companiesCsvPath(tempDir, vintage)) };
    };
    // A query's lines (one column, each cell formatted already) copied to a file as they are.
    // COPY is DuckDB's own statement; it stays here so the query files keep to plain SELECTs.
    const copyLines = (query: string, path: string) => duck.run(`COPY (\n${query}\n) TO ${sqlText(path)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '')`);
    const linesOf = async (query: string, file: string): Promise<CsvBody> => {
      const path = join(tempDir, file);
      await copyLines(query, path);
      return { csvBlocks: fileBlocks(path) };
    };
    // company-flows.csv in parts of FLOW_PART_COMPANIES companies in ranking order, one file each,
    // read back one after the other: each part is sorted on its own, within the memory limit.
    const companyFlowLines = async (): Promise<CsvBody> => {
      const ranked = num((await duck.rows<{ n: number }>("SELECT COUNT(*) AS n FROM ranking"))[0]!.n);
      const part = Math.max(1, Math.floor(opts.flowPart ?? FLOW_PART_COMPANIES));
      const paths: string[] = [];
      for (let first = 1; first <= Math.max(1, ranked); first += part) {
        const path = join(tempDir, `company-flows-${paths.length}.csv`);
        // The planned step is one part's statement; the others differ only in the two bounds.
        await copyLines(fileSql("77_out_company_flows_csv.sql", { ...plan.step("77_out_company_flows_csv.sql").vars, first_rank: String(first), last_rank: String(first + part - 1) }), path);
        paths.push(path);
      }
      return { csvBlocks: (async function* () { for (const path of paths) yield* fileBlocks(path); })() };
    };
    const later: Partial<Record<Vintage, CsvBody>> = {};
    for (const v of VINTAGES) if (v !== STORED_VINTAGE) later[v] = await companiesOf(v);
    await writeSummaryBundle(
      {
        manifest,
        flows: await collect(duck.batches(plan.step("70_out_flows.sql").text, flowRow)).then((rows) => [rows]),
        divisions: [await collect(duck.batches(plan.step("71_out_divisions.sql").text, divisionRow))],
        companies: await companiesOf(STORED_VINTAGE),
        companiesByVintage: later,
        companyFlows: await companyFlowLines(),
        placeFlows: [await collect(duck.batches(plan.step("79_out_place_flows.sql").text, placeFlowRow))],
        places: [await collect(duck.batches(plan.step("79_out_places.sql").text, placeRow))],
        soleSuppliers: await linesOf(plan.step("78_out_sole_suppliers_csv.sql").text, "sole-suppliers.csv"),
        graphJson,
        reportCsv: report.csv,
        metadataJson: metadataJson(metadata),
        mtime: created,
        deflate: NODE_DEFLATE,
      },
      (chunk) => {
        bytes += chunk.length;
        stream.write(chunk);
      },
    );
    await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    stage("write");
    return { manifest, written: true, bytes, stages, engine };
  } finally {
    duck.close();
    if (ownTemp) rmSync(tempDir, { recursive: true, force: true });
  }
}
