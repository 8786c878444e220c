// `inspect` with Parquet and Arrow: the CLI writes both pairs and reads them back with the
// same readers as the app.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseInspectArgs } from "../../scripts/lib/inspectArgs.ts";
import { FIXTURES } from "../io/helpers.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const dir = mkdtempSync(join(tmpdir(), "supply-atlas-columnar-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inspect = (...args: string[]) => spawnSync(TSX, ["scripts/inspect.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });

describe("inspect with Parquet and Arrow", () => {
  it("takes parquet and arrow as export formats", () => {
    for (const format of ["parquet", "arrow"] as const) {
      expect(parseInspectArgs(["--export", format, "--out", "out", "a.csv"])).toMatchObject({ kind: "run", export: { format, out: "out" } });
    }
  });

  it.each(["parquet", "arrow"])("writes the %s pair into a directory and reads it back to the same counts", (format) => {
    const out = join(dir, format);
    const written = inspect("--export", format, "--out", out, `${FIXTURES}companies-ko.csv`, `${FIXTURES}links-ko.csv`);
    expect(written.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`edges.${format}`, `nodes.${format}`]);
    const read = inspect(join(out, `nodes.${format}`), join(out, `edges.${format}`));
    expect(read.status).toBe(0);
    const report = JSON.parse(read.stdout) as { companies: number; links: number; rejected: unknown[]; files: Array<{ encoding: string; kind: string }> };
    const original = JSON.parse(inspect(`${FIXTURES}companies-ko.csv`, `${FIXTURES}links-ko.csv`).stdout) as { companies: number; links: number };
    expect([report.companies, report.links]).toEqual([original.companies, original.links]);
    expect(report.files.map((f) => [f.kind, f.encoding])).toEqual([["companies", format], ["links", format]]);
  }, 60_000);
});
