import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseInspectArgs } from "../../../scripts/lib/inspectArgs.ts";
import { parseMapArg } from "../../../scripts/lib/inspectMap.ts";
import { companiesCsv, unknownLinksCsv } from "../../../scripts/lib/realFiles.ts";

describe("scripts/lib/inspectMap", () => {
  it("reads field=header pairs for any table, or for one file or sheet", () => {
    expect(parseMapArg("supplier=공급기업ID,buyer=구매기업ID")).toEqual({ ok: true, key: "*", mapping: { supplier: "공급기업ID", buyer: "구매기업ID" } });
    expect(parseMapArg("links.csv:supplier=A")).toEqual({ ok: true, key: "links.csv", mapping: { supplier: "A" } });
    expect(parseMapArg("data.xlsx › 거래:buyer=B:C")).toEqual({ ok: true, key: "data.xlsx › 거래", mapping: { buyer: "B:C" } });
    expect(parseMapArg("type=")).toEqual({ ok: true, key: "*", mapping: { type: "" } });
  });

  it("calls unknown fields and pairs without '=' usage errors", () => {
    expect(parseInspectArgs(["--map", "supplyer=A", "a.csv"])).toMatchObject({ kind: "usage-error", message: expect.stringContaining("unknown field 'supplyer'") });
    expect(parseInspectArgs(["--map", "supplier", "a.csv"])).toMatchObject({ kind: "usage-error", message: expect.stringContaining("not field=header") });
  });

  it("merges repeated --map values per key into the run's mappings, and leaves them out when none", () => {
    expect(parseInspectArgs(["--map", "supplier=A", "--map", "buyer=B", "--map", "x.csv:year=연", "a.csv"])).toMatchObject({
      kind: "run",
      mappings: { "*": { supplier: "A", buyer: "B" }, "x.csv": { year: "연" } },
    });
    expect(parseInspectArgs(["a.csv"])).not.toHaveProperty("mappings");
  });
});

// A tsx spawn a run: over vitest's 5 s when the machine is busy.
describe("scripts/inspect --map", { timeout: 60_000 }, () => {
  it("loads the links a file's unknown columns hold when mapped, and suggests them when not", () => {
    const dir = mkdtempSync(join(tmpdir(), "inspect-map-"));
    const paths = [companiesCsv(), unknownLinksCsv()].map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      return path;
    });
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const run = (...args: string[]) => spawnSync(`${root}node_modules/.bin/tsx`, ["scripts/inspect.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
    const mapped = run("--map", "supplier=업체A,buyer=업체B", ...paths);
    expect(mapped.status).toBe(0);
    const report = JSON.parse(mapped.stdout);
    expect(report.links).toBe(3);
    expect(report.files[1]).toMatchObject({ mapping: "given", columns: { supplier: "업체A", buyer: "업체B" } });
    // The companies file lacks those headers: the mapping does not apply there.
    expect(report.files[0]).toMatchObject({ mapping: "detected" });
    expect(report.warnings).toEqual([]);
  });
});
