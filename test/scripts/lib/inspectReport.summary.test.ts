// `inspect` of a summary bundle speaks of the nation, from the bundle's manifest and tables, and
// names its graph as the ego networks it is.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { flowsOfDataset } from "../../../src/graph/flows/divisionFlows.ts";
import { reportJson, summaryRankingJson } from "../../../scripts/lib/inspectReport.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("inspect of a summary bundle", async () => {
  const dataset = syntheticDataset(400, 1600);
  const made = await bundleOf(dataset, 2);
  const read = readFilesWithSnapshots([{ name: "nation.summary.zip", bytes: made.zip }]);
  const summary = read.snapshots.find((s) => s.summary)!.summary!;

  it("reports the nation's totals and the ego networks apart", () => {
    const out = reportJson(read.dataset, summary);
    if (out.scope !== "summary") throw new Error("a summary bundle reported as a network");
    expect(out).toMatchObject({ scope: "summary", companies: 400, links: dataset.report.links, crossProvinceLinks: dataset.report.crossProvinceLinks });
    expect(out.egoNetworks.companies).toBe(read.dataset.report.companies);
    expect(out.egoNetworks.companies).toBeLessThan(400);
    expect(out.egoNetworks.top).toBe(2);
    expect(Object.values(out.divisions).reduce((a, b) => a + b, 0)).toBe(400);
    expect(out.divisions).toEqual(dataset.report.divisions);
  });

  it("ranks the nation's companies by the bundle's score", () => {
    const out = summaryRankingJson(summary, "2023");
    expect(out.companies).toHaveLength(400);
    const scores = out.companies.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(out.companies[0]!.rank).toBe(1);
    expect(out.companies[0]!.cross.all!.links).toBeGreaterThan(0);
  });

  it("prints the nation on the command line: report and flows", () => {
    const dir = mkdtempSync(join(tmpdir(), "inspect-summary-"));
    const path = join(dir, "nation.summary.zip");
    writeFileSync(path, made.zip);
    const run = (...args: string[]) => spawnSync(`${ROOT}node_modules/.bin/tsx`, ["scripts/inspect.ts", ...args, path], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    const report = run();
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ scope: "summary", companies: 400, links: dataset.report.links });
    const flows = JSON.parse(run("--flows").stdout);
    const whole = flowsOfDataset(dataset, "2023");
    expect(flows.links).toBe(whole.links);
    expect(flows.crossLinks).toBe(whole.crossLinks);
  }, 60_000);
});
