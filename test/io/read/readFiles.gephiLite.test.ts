// The real sample and test graphs of Gephi Lite, read where they are on this machine (they
// belong to another project and are never copied here). Each must load whole: every node a
// company, every edge a link except self-links, which the app rejects in any format.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";

const ROOT = process.env.GEPHI_LITE_DIR ?? "/work/gephi-lite/packages/gephi-lite";
const present = existsSync(ROOT);

// Path, then the nodes and edges the file holds (counted from its markup) and its self-links.
const FILES: Array<[string, number, number, number]> = [
  ["public/samples/Java.gexf", 1538, 8032, 0],
  ["public/samples/Les Miserables.gexf", 77, 254, 0],
  ["public/samples/Les Miserables.json", 77, 254, 0],
  ["public/samples/Power Grid.gexf", 4941, 6594, 0],
  ["public/samples/airlines.graphml", 235, 2101, 0],
  ["src/core/graph/testGraphs/divided-they-blog.gexf", 1224, 19025, 3],
  ["src/core/graph/testGraphs/gephi-lite.gexf", 61, 88, 0],
  ["src/core/graph/testGraphs/marvel-characters-by-stories.gexf", 523, 17997, 7],
  ["src/core/graph/testGraphs/spotify-veronica-espinoza.gexf", 189, 400, 0],
];

if (!present) console.warn(`io/gephiLiteFiles: skipped, Gephi Lite's sample graphs are not at ${ROOT} (set GEPHI_LITE_DIR to read them)`);

describe.skipIf(!present)(`io: Gephi Lite's ${FILES.length} sample and test graphs (${present ? ROOT : `skipped: ${ROOT} absent`})`, () => {
  const loaded: string[] = [];

  it.each(FILES)("%s loads whole (%i nodes, %i edges)", (path, nodes, edges, selfLinks) => {
    const name = basename(path);
    const ds = readFiles([{ name, bytes: new Uint8Array(readFileSync(join(ROOT, path))) }]);
    loaded.push(`${name}: ${ds.companies.length} companies, ${ds.links.length} links`);
    expect(ds.companies).toHaveLength(nodes);
    expect(ds.links).toHaveLength(edges - selfLinks);
    expect(ds.report.rejected.map((r) => r.reason)).toEqual(new Array<string>(selfLinks).fill("self-link"));
    // No division anywhere in these graphs: nothing crosses, nothing is counted in a division.
    expect(ds.report.crossProvinceLinks).toBe(0);
    expect(ds.report.divisions).toEqual({});
    expect(ds.companies.every((c) => c.name.trim() !== "")).toBe(true);
  });

  it("says what each file gave", () => {
    console.info(`Gephi Lite graphs read:\n  ${loaded.join("\n  ")}`);
    expect(loaded).toHaveLength(FILES.length);
  });
});
