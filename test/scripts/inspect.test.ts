import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FIXTURES, fixture } from "../io/helpers.ts";
import { parseInspectArgs } from "../../scripts/lib/inspectArgs.ts";
import { rankingJson } from "../../scripts/lib/inspectRank.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";

// Each spawn costs about a second, so the CLI gets one test per exit code.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

function inspect(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/inspect.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("scripts/inspect", () => {
  it("prints the report and exits 0 when something loaded", () => {
    const r = inspect(`${FIXTURES}links-ko.csv`, `${FIXTURES}companies-ko.cp949.csv`, `${FIXTURES}broken-links.csv`);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ companies: 10, links: 8, crossProvinceLinks: 7, illustrative: true });
    expect(out.divisions["KR-42"]).toBe(2);
    expect(out.files.map((f: { encoding: string }) => f.encoding)).toEqual(["utf-8", "euc-kr", "utf-8"]);
    expect(out.rejected[0]).toEqual({
      file: "broken-links.csv",
      row: 2,
      reason: "unknown-company",
      message: "link refers to unknown company 'X01'",
    });
    expect(Array.isArray(out.warnings)).toBe(true);
  }, 60_000);

  it("exits 1 when nothing valid was found", () => {
    const r = inspect(`${FIXTURES}unknown-format.csv`, `${FIXTURES}empty.csv`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ companies: 0, links: 0 });
  }, 60_000);

  it("exits 2 on usage errors", () => {
    const none = inspect();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no files given[\s\S]*usage:/);
    const flag = inspect("--bogus", `${FIXTURES}links-ko.csv`);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("usage:");
    const vintage = inspect("--flows", "--vintage", "2026", `${FIXTURES}links-ko.csv`);
    expect(vintage.code).toBe(2);
    expect(vintage.stderr).toContain("unknown vintage '2026'");
    const both = inspect("--rank", "--flows", `${FIXTURES}links-ko.csv`);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--rank and --flows cannot be combined");
    const missing = inspect(`${FIXTURES}does-not-exist.csv`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(missing.stdout).toBe("");
  }, 60_000);

  it("prints division flows with --flows, in the vintage asked for", () => {
    // Fixture links: Gwangju's 조인트리 supplies Busan and is supplied from Gangwon; nothing joins Gwangju and Jeonnam.
    const r = inspect("--flows", "--vintage", "2026-07", `${FIXTURES}links-ko.csv`, `${FIXTURES}companies-ko.cp949.csv`);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ vintage: "2026-07", links: 8, crossLinks: 7 });
    expect(out.divisions).toHaveLength(16);
    expect(out.flows[0]).toMatchObject({ from: "KR-27", to: "KR-31", count: 1, weight: 1200 });
    expect(out.flows.map((f: { from: string; to: string }) => `${f.from}>${f.to}`)).toContain("KR-GJN>KR-26");
    expect(out.internal["KR-30"]).toMatchObject({ count: 1, weight: 200 });
    expect(r.stderr).toBe("");
  }, 60_000);

  it("prints the ranking with --rank (exit 0), and exits 1 when nothing loaded", () => {
    const r = inspect("--rank", "--vintage", "2026-07", `${FIXTURES}links-ko.csv`, `${FIXTURES}companies-ko.cp949.csv`);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ vintage: "2026-07", weights: { technology: 1, other: 0, breadth: 0.5 } });
    expect(out.companies).toHaveLength(10);
    // Two companies score the same: they share 4th place and the next is 6th (competition ranking).
    expect(out.companies.map((c: { rank: number }) => c.rank)).toEqual([1, 2, 3, 4, 4, 6, 7, 8, 9, 10]);
    expect(out.companies[3].score).toBe(out.companies[4].score);
    expect(Object.keys(out.companies[0].parts)).toEqual(["technology", "production", "sales", "other"]);
    const empty = inspect("--rank", `${FIXTURES}empty.csv`);
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.stdout)).toMatchObject({ companies: [] });
  }, 60_000);
});

describe("scripts/lib/inspectRank", () => {
  it("ranks the fixture companies by cross-regional collaboration", () => {
    const out = rankingJson(readFiles([fixture("links-ko.csv"), fixture("companies-ko.cp949.csv")]), "2023");
    expect(out.formula[0]).toBe("score = (1 × Technology cooperation + 1 × Production + 1 × Sales + 0 × Other) ÷ 3");
    const scores = out.companies.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Every fixture company is super-regional, so nobody scores like them without the title.
    expect(out.designation).toMatchObject({ companies: 10, topN: 10, designatedInTopN: 10, lookalikes: [] });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});

describe("scripts/lib/inspectArgs", () => {
  it("reads --flows, --rank and --vintage, defaulting to 2023", () => {
    expect(parseInspectArgs(["a.csv", "--flows"])).toEqual({ kind: "run", files: ["a.csv"], flows: true, rank: false, vintage: "2023", level: "division" });
    expect(parseInspectArgs(["--flows", "--vintage", "2026-07", "a.csv", "b.csv"])).toEqual({
      kind: "run",
      files: ["a.csv", "b.csv"],
      flows: true,
      rank: false,
      vintage: "2026-07",
      level: "division",
    });

    expect(parseInspectArgs(["--vintage=2023", "--flows", "a.csv"])).toMatchObject({ kind: "run", vintage: "2023" });
    expect(parseInspectArgs(["a.csv"])).toEqual({ kind: "run", files: ["a.csv"], flows: false, rank: false, vintage: "2023", level: "division" });
    expect(parseInspectArgs(["--rank", "--vintage", "2026-07", "a.csv"])).toEqual({ kind: "run", files: ["a.csv"], flows: false, rank: true, vintage: "2026-07", level: "division" });
    expect(parseInspectArgs(["-h"])).toEqual({ kind: "help" });
  });

  it("reads --level for --flows and --rank, and calls an unknown or misplaced level a usage error", () => {
    expect(parseInspectArgs(["--flows", "--level", "super-region", "a.csv"])).toMatchObject({ kind: "run", flows: true, level: "super-region", vintage: "2023" });
    expect(parseInspectArgs(["--rank", "--level=municipality", "--vintage", "2026-07", "a.csv"])).toMatchObject({ kind: "run", rank: true, level: "municipality", vintage: "2026-07" });
    expect(parseInspectArgs(["--flows", "--level", "county", "a.csv"])).toMatchObject({ kind: "usage-error", message: expect.stringContaining("unknown level 'county'") });
    expect(parseInspectArgs(["--level", "division", "a.csv"])).toMatchObject({ kind: "usage-error", message: expect.stringContaining("--level only applies") });
  });

  it("calls a bad or misplaced vintage a usage error", () => {
    expect(parseInspectArgs(["--flows", "--vintage", "2017", "a.csv"])).toEqual({
      kind: "usage-error",
      message: "unknown vintage '2017' (expected 2023 or 2026-07)",
    });
    expect(parseInspectArgs(["--vintage", "2023", "a.csv"])).toEqual({ kind: "usage-error", message: "--vintage only applies with --flows, --rank or --export" });
    expect(parseInspectArgs(["--rank", "--flows", "a.csv"])).toEqual({ kind: "usage-error", message: "--rank and --flows cannot be combined" });
    expect(parseInspectArgs(["--flows", "--vintage"])).toMatchObject({ kind: "usage-error" });
    expect(parseInspectArgs(["--flows"])).toEqual({ kind: "usage-error", message: "no files given" });
    expect(parseInspectArgs(["--bogus", "a.csv"])).toMatchObject({ kind: "usage-error" });
  });
});
