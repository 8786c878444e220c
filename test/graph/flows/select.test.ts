import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { flowsOfGraph } from "../../../src/graph/flows/divisionFlows.ts";
import { linksPassingSelection, passesDivisionSelection, type SelectionMode } from "../../../src/graph/flows/select.ts";
import { VINTAGES } from "../../../src/model/types.ts";
import { MERGED_CODE, toVintage } from "../../../src/regions/divisions.ts";
import { HAND, readSample } from "../flowsFixture.ts";

const pairs: Array<[string, string]> = [
  ["KR-26", "KR-31"], // Busan -> Ulsan
  ["KR-31", "KR-26"],
  ["KR-26", "KR-11"],
  ["KR-11", "KR-26"],
  ["KR-11", "KR-41"],
  ["KR-26", "KR-26"],
];
const keep = (selected: string[], mode: "all" | "incoming" | "outgoing" | "between") =>
  pairs.filter(([a, b]) => passesDivisionSelection(a, b, new Set(selected), mode)).map(([a, b]) => `${a}>${b}`);

describe("graph/flowSelect", () => {
  it("keeps everything when nothing is selected", () => {
    expect(keep([], "between")).toHaveLength(pairs.length);
  });
  it("all: anything touching a selected division", () => {
    expect(keep(["KR-26"], "all")).toEqual(["KR-26>KR-31", "KR-31>KR-26", "KR-26>KR-11", "KR-11>KR-26", "KR-26>KR-26"]);
  });
  it("incoming and outgoing: across the selection's border only", () => {
    expect(keep(["KR-26"], "incoming")).toEqual(["KR-31>KR-26", "KR-11>KR-26"]);
    expect(keep(["KR-26"], "outgoing")).toEqual(["KR-26>KR-31", "KR-26>KR-11"]);
    expect(keep(["KR-26", "KR-31"], "outgoing")).toEqual(["KR-26>KR-11"]);
  });
  it("between: both ends selected, different divisions", () => {
    expect(keep(["KR-26", "KR-31"], "between")).toEqual(["KR-26>KR-31", "KR-31>KR-26"]);
  });
});

describe("linksPassingSelection", () => {
  const MODES: SelectionMode[] = ["all", "incoming", "outgoing", "between"];
  /** What the map draws: each link whose display divisions pass, one by one. */
  const byLink = (graph: ReturnType<typeof buildGraph>, vintage: (typeof VINTAGES)[number], selected: Set<string>, mode: SelectionMode) => {
    let links = 0;
    let cross = 0;
    graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
      const from = toVintage(sa.division, vintage);
      const to = toVintage(ta.division, vintage);
      if (!passesDivisionSelection(from, to, selected, mode)) return;
      links++;
      if (from !== to) cross++;
    });
    return { links, cross };
  };

  it("by hand: Busan chosen, incoming counts only the links into Busan", () => {
    const matrix = flowsOfGraph(buildGraph(HAND, { positions: new Map() }), "2023");
    // 11→26 2 and nothing else enters Busan; 26→11 1 leaves it; no link inside Busan.
    expect(linksPassingSelection(matrix, new Set(["KR-26"]), "incoming")).toEqual({ links: 2, cross: 2 });
    expect(linksPassingSelection(matrix, new Set(["KR-26"]), "outgoing")).toEqual({ links: 1, cross: 1 });
    // Seoul with all: its internal link, the 3 links with Busan and 2 from Gwangju and Jeonnam.
    expect(linksPassingSelection(matrix, new Set(["KR-11"]), "all")).toEqual({ links: 6, cross: 5 });
    expect(linksPassingSelection(matrix, new Set(), "between")).toEqual({ links: matrix.links, cross: matrix.crossLinks });
  });

  it("on the sample, under both vintages and every mode, counts exactly the links the per-link rule passes", () => {
    const graph = buildGraph(readSample(), { positions: new Map() });
    for (const vintage of VINTAGES) {
      const matrix = flowsOfGraph(graph, vintage);
      const selections = [["KR-31"], ["KR-26", "KR-31"], vintage === "2023" ? ["KR-29"] : [MERGED_CODE]];
      for (const selection of selections) {
        for (const mode of MODES) {
          const selected = new Set(selection);
          const expected = byLink(graph, vintage, selected, mode);
          expect(linksPassingSelection(matrix, selected, mode), `${vintage} ${selection.join("+")} ${mode}`).toEqual(expected);
          if (mode === "incoming") expect(expected.links).toBeLessThan(graph.size);
        }
      }
    }
  });
});
