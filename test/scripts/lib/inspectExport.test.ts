// `inspect --export`: argument rules in-process, and the CLI itself once per exit code.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { INSPECT_USAGE, parseInspectArgs } from "../../../scripts/lib/inspectArgs.ts";
import { exportDataset, writeExport } from "../../../scripts/lib/inspectExport.ts";
import { FORMAT_WRITERS } from "../../../src/io/write/writers.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { FIXTURES } from "../../io/helpers.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const dir = mkdtempSync(join(tmpdir(), "supply-atlas-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inspect(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/inspect.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("inspect --export: arguments", () => {
  it("takes a format, an output path and a vintage", () => {
    expect(parseInspectArgs(["--export", "gexf", "--out", "x.gexf", "--vintage", "2026-07", "a.csv"])).toEqual({
      kind: "run", files: ["a.csv"], flows: false, rank: false, vintage: "2026-07", level: "division", export: { format: "gexf", out: "x.gexf", gexfVersion: "1.2draft" },
    });
    expect(parseInspectArgs(["--export", "gexf", "--gexf-version", "1.3", "--out", "x.gexf", "a.csv"])).toMatchObject({ export: { gexfVersion: "1.3" } });
    expect(parseInspectArgs(["--export", "csv", "--out", "x", "a.csv"])).toMatchObject({ export: { format: "csv", out: "x" } });
  });

  it("calls an unknown GEXF version, or one without --export gexf, a usage error", () => {
    expect(parseInspectArgs(["--export", "gexf", "--gexf-version", "1.1", "--out", "x", "a.csv"])).toEqual({ kind: "usage-error", message: "unknown GEXF version '1.1' (expected 1.2draft or 1.3)" });
    expect(parseInspectArgs(["--export", "csv", "--gexf-version", "1.3", "--out", "x", "a.csv"])).toEqual({ kind: "usage-error", message: "--gexf-version only applies with --export gexf" });
  });

  it("lists every format of the writer registry in --help, each with its line", () => {
    for (const [id, writer] of Object.entries(FORMAT_WRITERS)) {
      expect(INSPECT_USAGE).toMatch(new RegExp(`^ +${id} +${(writer.summary ?? writer.extension).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    }
  });

  it("calls an unknown format, a missing --out, --out alone and --export with --flows usage errors", () => {
    expect(parseInspectArgs(["--export", "pdf", "--out", "x", "a.csv"])).toEqual({ kind: "usage-error", message: `unknown export format 'pdf' (expected ${Object.keys(FORMAT_WRITERS).join(", ")})` });
    expect(parseInspectArgs(["--export", "csv", "a.csv"])).toEqual({ kind: "usage-error", message: "--export needs --out PATH" });
    expect(parseInspectArgs(["--out", "x", "a.csv"])).toEqual({ kind: "usage-error", message: "--out only applies with --export" });
    expect(parseInspectArgs(["--export", "csv", "--out", "x", "--flows", "a.csv"])).toEqual({ kind: "usage-error", message: "--export cannot be combined with --flows or --rank" });
  });
});

describe("inspect --export: the CLI", () => {
  it("writes the CSV pair and metadata into a directory, exit 0, and they read back to the same data", () => {
    const out = join(dir, "csv");
    const r = inspect("--export", "csv", "--out", out, `${FIXTURES}links-ko.csv`, `${FIXTURES}companies-ko.cp949.csv`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "csv", companies: 10, links: 8, written: [join(out, "nodes.csv"), join(out, "edges.csv"), join(out, "metadata.json")] });
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "metadata.json", "nodes.csv"]);
    const back = readFiles(readdirSync(out).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(out, name))) })));
    expect([back.companies.length, back.links.length, back.report.rejected]).toEqual([10, 8, []]);
    const meta = JSON.parse(readFileSync(join(out, "metadata.json"), "utf8")) as { sources: Array<{ name: string; sha256: string }> };
    expect(meta.sources.map((s) => s.name)).toEqual(["links-ko.csv", "companies-ko.cp949.csv"]);
  }, 60_000);

  it("writes one zip of the CSV files when --out ends in .zip, a bundle as it is", () => {
    const files = ["links-ko.csv", "companies-ko.cp949.csv"].map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(FIXTURES, n))) }));
    const dataset = readFiles(files);
    const out = join(dir, "pair.zip");
    expect(writeExport(out, exportDataset(files, dataset, { format: "csv", vintage: "2023" }), "csv")).toEqual([out]);
    const entries = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(entries).sort()).toEqual(["edges.csv", "metadata.json", "nodes.csv"]);
    const back = readFiles(Object.entries(entries).map(([name, bytes]) => ({ name, bytes })));
    expect([back.companies.length, back.links.length, back.report.rejected]).toEqual([10, 8, []]);
    const bundle = exportDataset(files, dataset, { format: "bundle", vintage: "2023" });
    writeExport(join(dir, "b.zip"), bundle, "bundle");
    expect(new Uint8Array(readFileSync(join(dir, "b.zip")))).toEqual(bundle[0]!.data);
  }, 60_000);

  it("writes nothing and exits 1 when nothing valid was read", () => {
    const out = join(dir, "none.gexf");
    const r = inspect("--export", "gexf", "--out", out, `${FIXTURES}unknown-format.csv`);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
