// National-scale synthetic input (a million companies, tens of millions of links) written as
// CSV files by DuckDB itself: the in-memory generator (synthetic.ts) would need gigabytes of
// strings. The shape is synthetic.ts's: the same division shares, the same hub skew (supplier
// rank = n * u^2.5, ranks spread over divisions by a fixed permutation), the same share of
// same-division buyers, link type mix, years and log-normal amounts. Random numbers come from
// hashes of the row number, so the same sizes and seed give the same files on any run.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { SCRIPT_DIVISIONS } from "./divisions.ts";
import {
  FIRST_YEAR, HUB_EXPONENT, INDUSTRIES, PREFIXES, SAME_DIVISION, SUFFIXES, TYPES, TYPE_WEIGHTS, YEARS, divisionCounts,
} from "./synthetic.ts";

export interface NationalOptions {
  companies: number;
  links: number;
  dir: string;
  seed?: number;
  /** DuckDB's memory limit while generating. */
  memoryLimit?: string;
}

export interface NationalFiles {
  companies: string;
  links: string;
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const list = (xs: readonly string[]) => `[${xs.map(q).join(", ")}]`;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** CASE picking index i when u falls in the i-th slice of cumulative `weights`. */
function weightedCase(u: string, weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  const whens = weights.slice(0, -1).map((w, i) => {
    acc += w / total;
    return `WHEN ${u} < ${acc} THEN ${i}`;
  });
  return `CASE ${whens.join(" ")} ELSE ${weights.length - 1} END`;
}

export async function writeNationalCsv(opts: NationalOptions): Promise<NationalFiles> {
  const n = opts.companies;
  const m = opts.links;
  const seed = opts.seed ?? 7;
  mkdirSync(opts.dir, { recursive: true });
  const files = { companies: join(opts.dir, "companies.csv"), links: join(opts.dir, "links.csv") };
  const db = await DuckDBInstance.create(":memory:", { memory_limit: opts.memoryLimit ?? "1GB", temp_directory: join(opts.dir, ".duckdb-tmp"), preserve_insertion_order: "false" });
  const conn = await db.connect();
  try {
    const counts = divisionCounts(n);
    const starts = counts.map((_, d) => counts.slice(0, d).reduce((a, b) => a + b, 0));
    const shares = counts.map((c) => c / n);
    const divRows = SCRIPT_DIVISIONS.map((d, i) => `(${i}, ${q(d.ko)}, ${starts[i]}, ${counts[i]})`).join(", ");
    // A bijection rank -> company: multiply by a number coprime to n.
    let mul = 2_654_435_761 % n || 1;
    while (gcd(mul, n) !== 1) mul++;
    const u = (k: number) => `(CAST(hash(i * 16 + ${k} + ${seed * 1_000_003}) AS DOUBLE) + 1) / 18446744073709551617.0`;
    const width = String(n).length;
    const id = (x: string) => `'syn-' || lpad(CAST(${x} + 1 AS VARCHAR), ${width}, '0')`;
    await conn.run(`
      CREATE TABLE divs AS SELECT * FROM (VALUES ${divRows}) v(d, ko, start, cnt);
      CREATE TABLE comp AS SELECT d, start + k AS idx FROM (SELECT d, start, unnest(range(cnt)) AS k FROM divs) r;
    `);
    await conn.run(`
      COPY (
        SELECT ${id("c.idx")} AS id,
               ${list(PREFIXES)}[1 + CAST(hash(c.idx * 3 + ${seed}) % ${PREFIXES.length} AS INTEGER)] || ${list(SUFFIXES)}[1 + CAST(hash(c.idx * 5 + ${seed}) % ${SUFFIXES.length} AS INTEGER)] || ' ' || CAST(c.idx + 1 AS VARCHAR) AS name,
               NULL AS name_en, dv.ko AS division, NULL AS municipality,
               ${list(INDUSTRIES)}[1 + CAST(hash(c.idx * 7 + ${seed}) % ${INDUSTRIES.length} AS INTEGER)] AS industry,
               CASE WHEN hash(c.idx * 11 + ${seed}) % 1000 < 2 THEN 'super-regional' WHEN hash(c.idx * 11 + ${seed}) % 1000 < 22 THEN 'regional-innovation' END AS tier
        FROM comp c JOIN divs dv ON dv.d = c.d
        ORDER BY c.idx
      ) TO ${q(files.companies)} (HEADER, DELIMITER ',');
    `);
    await conn.run(`
      COPY (
        WITH r AS (
          SELECT i, ${u(1)} AS u1, ${u(2)} AS u2, ${u(3)} AS u3, ${u(4)} AS u4, ${u(5)} AS u5, ${u(6)} AS u6, ${u(7)} AS u7, ${u(8)} AS u8
          FROM range(${m}) t(i)
        ),
        s AS (
          SELECT r.*, (CAST(floor(${n} * pow(u1, ${HUB_EXPONENT})) AS BIGINT) * ${mul} + ${seed}) % ${n} AS s FROM r
        ),
        b AS (
          SELECT s.*, c.d AS sd,
                 CASE WHEN u2 < ${SAME_DIVISION} THEN c.d ELSE ${weightedCase("u3", shares)} END AS bd
          FROM s JOIN comp c ON c.idx = s.s
        ),
        pick AS (
          SELECT b.*, dv.start + CAST(floor(u4 * dv.cnt) AS BIGINT) AS b0, dv.start AS bstart, dv.cnt AS bcnt
          FROM b JOIN divs dv ON dv.d = b.bd
        )
        SELECT ${id("s")} AS supplier,
               ${id("CASE WHEN b0 = s THEN bstart + (b0 - bstart + 1) % bcnt ELSE b0 END")} AS buyer,
               ${list(TYPES)}[1 + ${weightedCase("u5", TYPE_WEIGHTS)}] AS type,
               greatest(1, round(300 * exp(1.1 * sqrt(-2 * ln(u7)) * cos(2 * pi() * u8)))) :: BIGINT AS weight,
               ${FIRST_YEAR} + CAST(floor(u6 * ${YEARS}) AS INTEGER) AS year,
               'true' AS illustrative
        FROM pick
      ) TO ${q(files.links)} (HEADER, DELIMITER ',');
    `);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return files;
}
