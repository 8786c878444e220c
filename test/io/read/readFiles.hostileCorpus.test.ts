// The hostile corpus (scripts/makeHostileCorpus.ts), written to a temporary folder and read
// back from disk, case by case: counts and report rows as each case expects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCorpus } from "../../../scripts/makeHostileCorpus.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief } from "../helpers.ts";

const CASES = hostileCorpus();
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hostile-"));
  CASES.forEach((c, i) => c.files.forEach((f) => writeFileSync(join(dir, `${i}-${f.name}`), f.bytes)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile corpus", () => {
  it("covers every problem docs/data-formats.md lists, and more", () => {
    const reasons = new Set(CASES.flatMap((c) => [...c.expect.rejected, ...c.expect.warnings].map((issue) => issue[2])));
    for (const reason of ["unreadable-file", "empty-file", "unknown-format", "missing-column", "malformed-row", "missing-name", "unknown-division", "conflicting-division", "duplicate-id", "unknown-company", "self-link", "bad-number", "bad-year", "bad-coordinate", "unknown-link-type", "encoding", "same-name"]) {
      expect(reasons, reason).toContain(reason);
    }
  });

  it.each(CASES.map((c, i) => [c.title, i] as const))("%s", (_title, i) => {
    const c = CASES[i]!;
    const files = c.files.map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(join(dir, `${i}-${f.name}`))) }));
    const ds = readFiles(files);
    expect(brief(ds.report.rejected)).toEqual(c.expect.rejected);
    expect(brief(ds.report.warnings)).toEqual(c.expect.warnings);
    expect(ds.companies).toHaveLength(c.expect.companies);
    expect(ds.links).toHaveLength(c.expect.links);
    if (c.expect.weights) expect(ds.links.map((l) => l.weight)).toEqual(c.expect.weights);
    if (c.expect.years) expect(ds.links.map((l) => l.year)).toEqual(c.expect.years);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
