// The README and docs/ stay true to the tree: every link resolves, every file they name exists.
// Files move (issue 27 moved most of src/); a doc that points at a path that is gone sends a
// newcomer nowhere, so a moved file fails this test until its docs follow.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const SRC_FOLDERS = new Set(readdirSync(join(ROOT, "src")).filter((f) => statSync(join(ROOT, "src", f)).isDirectory()));

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [e.name]));
}
const FILE_NAMES = new Set(["src", "scripts", "test", "sql"].flatMap(filesUnder));

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading.replace(/[`*]/g, "").trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, "").replace(/ /g, "-");
}

function anchorsOf(path: string): Set<string> {
  const text = readFileSync(join(ROOT, path), "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#+\s+(.*)$/gm)].map((m) => anchorOf(m[1]!)));
}

/** Every problem of one document: links to missing files or anchors, paths and file names that do not exist. */
function docProblems(doc: string, text: string, exists: (path: string) => boolean = (p) => existsSync(join(ROOT, p))): string[] {
  const out: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^https?:/.test(target!)) continue;
    const [path, anchor] = target!.split("#") as [string, string | undefined];
    const full = path ? normalize(join(dirname(doc), path)) : doc;
    if (!exists(full)) out.push(`${doc}: link to missing ${target}`);
    else if (anchor && full.endsWith(".md") && !anchorsOf(full).has(anchor)) out.push(`${doc}: missing anchor ${target}`);
  }
  for (const m of text.matchAll(/(?<![\w./@-])((?:[\w.-]+\/)+[\w.-]*[\w/])/g)) {
    const path = m[1]!.replace(/\.$/, "");
    const first = path.split("/")[0]!;
    const candidate = ["src", "test", "scripts", "sql", "data", "docs", ".ci"].includes(first) ? path : SRC_FOLDERS.has(first) ? `src/${path}` : null;
    if (!candidate) continue;
    // A wildcard or a placeholder (`io/summary*.ts`, `test/<path>`) ends the part that can be checked.
    if ("*<{".includes(text[m.index + m[0].length] ?? "")) continue;
    if (!exists(candidate.replace(/\/$/, ""))) out.push(`${doc}: path ${path} does not exist`);
  }
  for (const [, name] of text.matchAll(/`([\w.-]+\.(?:ts|tsx|sql|css))`/g)) {
    if (!name!.startsWith("spark.") && !FILE_NAMES.has(name!)) out.push(`${doc}: file ${name} not found`);
  }
  return out;
}

describe("README and docs/", () => {
  it("name only links, anchors, paths and files that exist", () => {
    expect(DOCS.flatMap((doc) => docProblems(doc, readFileSync(join(ROOT, doc), "utf8")))).toEqual([]);
  });

  it("the README reads in ten minutes: under 300 lines", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8").split("\n").length).toBeLessThan(300);
  });

  it("catches a moved file, a missing anchor and a stale file name", () => {
    const text = "See [design](docs/design.md#no-such-heading), `src/io/csv.ts`, render/nowhere.ts and `gone.ts`; `io/summary*.ts` is a pattern.\n";
    expect(docProblems("README.md", text)).toEqual([
      "README.md: missing anchor docs/design.md#no-such-heading",
      "README.md: path src/io/csv.ts does not exist",
      "README.md: path render/nowhere.ts does not exist",
      "README.md: file gone.ts not found",
    ]);
    expect(anchorOf("Analytics: measuring cross-regional collaboration")).toBe("analytics-measuring-cross-regional-collaboration");
  });
});
