import { describe, expect, it } from "vitest";
import { yearHistogram } from "../../../src/graph/filters/histogram.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { company, dataset } from "../helpers.ts";
import { filterOf, fixtureGraph } from "./fixture.ts";

const graph = fixtureGraph();

describe("graph/filters yearHistogram", () => {
  it("counts links per year, sorted, with the undated apart", () => {
    expect(yearHistogram(graph, filterOf(), "2023")).toEqual({
      bins: [
        { year: 2020, links: 2 },
        { year: 2021, links: 2 },
        { year: 2022, links: 2 },
        { year: 2023, links: 1 },
      ],
      minYear: 2020,
      maxYear: 2023,
      undated: 1,
      domain: { min: 2020, max: 2023 },
    });
  });

  it("ignores the year range but applies every other rule; the domain stays put", () => {
    // KR-11 at either end: 1 (2020), 4 (undated), 5 (2020), 8 (2022).
    const h = yearHistogram(graph, filterOf({ divisions: ["KR-11"], yearFrom: 2022, yearTo: 2022 }), "2023");
    expect(h).toEqual({
      bins: [
        { year: 2020, links: 2 },
        { year: 2022, links: 1 },
      ],
      minYear: 2020,
      maxYear: 2022,
      undated: 1,
      domain: { min: 2020, max: 2023 },
    });
    // Cross in 2026-07 and production: 1 (2020), 6 (2023).
    expect(yearHistogram(graph, filterOf({ crossOnly: true, linkTypes: ["production"] }), "2026-07").bins).toEqual([
      { year: 2020, links: 1 },
      { year: 2023, links: 1 },
    ]);
  });

  it("is empty without links or years", () => {
    expect(yearHistogram(graph, filterOf({ divisions: ["KR-49"] }), "2023")).toEqual({ bins: [], minYear: null, maxYear: null, undated: 0, domain: { min: 2020, max: 2023 } });
    const bare = buildGraph(dataset([company("x", "KR-11")], []), { positions: new Map() });
    expect(yearHistogram(bare, filterOf(), "2023")).toEqual({ bins: [], minYear: null, maxYear: null, undated: 0, domain: null });
  });
});
