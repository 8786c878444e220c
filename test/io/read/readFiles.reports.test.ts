// Reports the readers owe: deeply nested graph JSON, garbled graph items, an id that is also
// another company's name, and inspect's exit code for an internal failure.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { MAX_ATTRIBUTE_DEPTH, nestedDeeperThan } from "../../../src/io/formats/graphologyJson.ts";
import { guarded, INTERNAL_FAILURE } from "../../../scripts/lib/inspectGuard.ts";
import { brief, textFile } from "../helpers.ts";

const nestedArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

function graphJson(deepValue: string): string {
  return JSON.stringify({
    nodes: [
      { key: "a", attributes: { name: "가", division: "서울", extra: "__DEEP__" } },
      { key: "b", attributes: { name: "나", division: "부산" } },
    ],
    edges: [
      { source: "a", target: "b", attributes: { type: "생산", note: "__DEEP__" } },
      { source: "b", target: "a", attributes: { type: "판매" } },
    ],
  }).replaceAll('"__DEEP__"', deepValue);
}

describe("io/json: nesting", () => {
  it("measures depth without recursion, at any depth", () => {
    expect(nestedDeeperThan(JSON.parse(nestedArray(3)), 3)).toBe(false);
    expect(nestedDeeperThan(JSON.parse(nestedArray(4)), 3)).toBe(true);
    expect(nestedDeeperThan(JSON.parse(nestedObject(200_000)), MAX_ATTRIBUTE_DEPTH)).toBe(true);
  });

  it.each([
    ["arrays", nestedArray(6000)],
    ["objects", nestedObject(6000)],
  ])("drops attribute values nested 6,000 levels deep (%s), with a report, and keeps the items", (_kind, deep) => {
    const ds = readFiles([textFile("deep.json", graphJson(deep))]);
    expect(ds.companies.map((c) => c.id)).toEqual(["a", "b"]);
    expect(ds.links).toHaveLength(2);
    expect(ds.companies[0]?.attributes.extra).toBe("{}");
    expect(brief(ds.report.warnings)).toEqual([["deep.json", 1, "malformed-row"], ["deep.json", 1, "malformed-row"]]);
    expect(ds.report.warnings.map((w) => w.message)).toEqual([
      `node 1: attribute 'extra' is nested more than ${MAX_ATTRIBUTE_DEPTH} levels deep; value dropped`,
      `edge 1: attribute 'note' is nested more than ${MAX_ATTRIBUTE_DEPTH} levels deep; value dropped`,
    ]);
  });

  it("keeps nested values of a sensible depth as text", () => {
    const ds = readFiles([textFile("ok.json", graphJson(nestedArray(10)))]);
    expect(ds.companies[0]?.attributes.extra).toBe(nestedArray(10));
    expect(ds.report.warnings).toEqual([]);
  });

  it("rejects a file that is nothing but nesting, clearly", () => {
    const ds = readFiles([textFile("only.json", nestedArray(50_000))]);
    expect(brief(ds.report.rejected)).toEqual([["only.json", 0, "unknown-format"]]);
  });

  it("reports graph items holding unreadable bytes or NUL, by node and edge", () => {
    const text = graphJson('"ok"').replace('"name":"나"', '"name":"나\u0000다"');
    const bytes = new TextEncoder().encode(text);
    const ds = readFiles([{ name: "nul.json", bytes }]);
    expect(ds.companies.map((c) => c.name)).toEqual(["가", "나\ufffd다"]);
    expect(ds.report.warnings).toEqual([expect.objectContaining({ file: "nul.json", row: 2, reason: "encoding", detail: "node 2" })]);
  });
});

describe("io/builder: a reference that is one company's id and another's name", () => {
  it("links by id and says so once per file, naming both companies", () => {
    const ds = readFiles([
      textFile("c.csv", "id,name,division\nA,B,서울\nB,엑스,부산\nC,씨,대구\n"),
      textFile("l.csv", "supplier,buyer\nB,C\nB,C\nC,A\n"),
    ]);
    expect(ds.links.map((l) => `${l.source}>${l.target}`)).toEqual(["B>C", "B>C", "C>A"]);
    expect(brief(ds.report.warnings)).toEqual([["l.csv", 2, "same-name"]]);
    expect(ds.report.warnings[0]?.message).toContain("ids win over names");
    expect(ds.report.warnings[0]?.detail).toBe("B: B (id), A (name)");
  });

  it("says nothing when ids and names do not cross", () => {
    const ds = readFiles([textFile("c.csv", "id,name,division\nA,가,서울\nB,나,부산\n"), textFile("l.csv", "supplier,buyer\nA,나\n가,B\n")]);
    expect(ds.links).toHaveLength(2);
    expect(ds.report.warnings).toEqual([]);
  });
});

describe("scripts/inspect: internal failures", () => {
  it("turns a crash into a report on stderr and exit code 3", () => {
    const err: string[] = [];
    const code = guarded(() => {
      throw new RangeError("Maximum call stack size exceeded");
    }, ["--flows", "a.csv", "b.json"], (t) => err.push(t));
    expect(code).toBe(INTERNAL_FAILURE);
    expect(INTERNAL_FAILURE).not.toBe(0);
    expect([0, 1, 2]).not.toContain(INTERNAL_FAILURE);
    expect(err.join("")).toMatch(/internal failure while reading a\.csv, b\.json: RangeError: Maximum call stack size exceeded/);
    expect(guarded(() => 1, [], (t) => err.push(t))).toBe(1);
  });

  it("reads a 6,000-deep graph file from the command line without crashing", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), "inspect-deep-"));
    try {
      const path = join(dir, "deep.json");
      writeFileSync(path, graphJson(nestedArray(6000)));
      const r = spawnSync(`${root}node_modules/.bin/tsx`, ["scripts/inspect.ts", path], { cwd: root, encoding: "utf8", timeout: 60_000 });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ companies: 2, links: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
