import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FIXTURES } from "./helpers.ts";

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
    const missing = inspect(`${FIXTURES}does-not-exist.csv`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect(missing.stdout).toBe("");
  }, 60_000);
});
