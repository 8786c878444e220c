// The filter panel's counts from the graph's columns (what the facets worker holds) must be the
// counts the main thread computes from the graph itself, for any filter and vintage.
import { describe, expect, it } from "vitest";
import { columnRows, facetColumns } from "../../../src/graph/filters/rows.ts";
import { countFacets, filterCounts } from "../../../src/graph/filters/counts.ts";
import { yearHistogram, yearsOf } from "../../../src/graph/filters/histogram.ts";
import { NO_FILTER } from "../../../src/graph/filters/types.ts";
import { Random } from "../../../src/geo/random.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { fixtureGraph, randomFilter } from "./fixture.ts";


describe("filter counts from columns", () => {
  for (const [name, make] of [
    ["fixture", fixtureGraph],
    ["synthetic 500/4000", () => syntheticGraph(500, 4000, 5)],
  ] as const) {
    it(`${name}: the columns, posted to a worker, count exactly what the graph counts`, () => {
      const graph = make();
      const { columns, transfer } = facetColumns(graph);
      // What the worker receives: a structured clone with the typed arrays moved.
      const rows = columnRows(structuredClone(columns, { transfer }));
      expect(rows.companies).toBe(graph.order);
      expect(rows.links).toBe(graph.size);
      const industries = [...new Set(graph.mapNodes((_n, a) => a.company.industry ?? ""))].filter(Boolean);
      const rng = Random.fromString(name);
      const filters = [NO_FILTER, ...Array.from({ length: 40 }, (_, i) => randomFilter(rng, i % 2 ? "2026-07" : "2023", industries))];
      filters.forEach((filter, i) => {
        const vintage: Vintage = i % 2 ? "2026-07" : "2023";
        expect(countFacets(rows, filter, vintage)).toEqual(filterCounts(graph, filter, vintage));
        expect(yearsOf(rows, filter, vintage)).toEqual(yearHistogram(graph, filter, vintage));
      });
    });
  }

  it("leave the graph's own index untouched when posted", () => {
    const graph = fixtureGraph();
    const before = filterCounts(graph, NO_FILTER, "2023");
    const { columns, transfer } = facetColumns(graph);
    structuredClone(columns, { transfer });
    expect(filterCounts(graph, NO_FILTER, "2023")).toEqual(before);
  });
});
