// `npm run aggregate` as a user runs it: exit codes and what it writes.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBundle, tempDir } from "./lib/aggregate/helpers.ts";
import { SUMMARY_FILES } from "../../src/model/summary.ts";

function run(args: string[]) {
  const r = spawnSync("npm", ["run", "--silent", "aggregate", "--", ...args], { cwd: join(import.meta.dirname, "../.."), encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run aggregate", { timeout: 60_000 }, () => {
  const dir = tempDir();
  const companies = join(dir, "companies.csv");
  const links = join(dir, "links.csv");
  writeFileSync(companies, "id,name,division\na,가,서울\nb,나,부산\nc,,부산\n");
  writeFileSync(links, "supplier,buyer,type,weight,year\na,b,생산,3,2024\nb,c,생산,3,2024\n");

  it("writes a bundle and exits 0 when something is valid", () => {
    const out = join(dir, "out.zip");
    const r = run(["--companies", companies, "--links", links, "--out", out, "--top", "1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).rows).toMatchObject({ companies: 2, links: 1, companiesRead: 3, linksRead: 2 });
    expect(r.stderr).toContain("2 rows rejected");
    expect(Object.keys(readBundle(out))).toEqual(expect.arrayContaining([SUMMARY_FILES.manifest, SUMMARY_FILES.ego]));
  });

  it("exits 1 and writes nothing when no company is valid", () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "id,name,division\na,,서울\n");
    const out = join(dir, "none.zip");
    const r = run(["--companies", bad, "--links", links, "--out", out]);
    expect(r.code, r.stderr).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 with the file named when a header cannot be read", () => {
    const odd = join(dir, "odd.csv");
    writeFileSync(odd, "foo,bar\n1,2\n");
    const r = run(["--companies", companies, "--links", odd, "--out", join(dir, "x.zip")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("odd.csv");
  });

  it("exits 2 on usage errors and missing files", () => {
    expect(run(["--companies", companies, "--links", links]).code).toBe(2);
    expect(run(["--companies", companies, "--links", links, "--out", join(dir, "y.zip"), "--top", "-3"]).code).toBe(2);
    expect(run(["--companies", companies, "--links", links, "--out", join(dir, "y.zip"), "--ego-links", "many"]).code).toBe(2);
    const missing = run(["--companies", join(dir, "nope.csv"), "--links", links, "--out", join(dir, "y.zip")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});
