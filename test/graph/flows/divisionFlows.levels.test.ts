// Flows at every level and vintage are one aggregation: a coarser flow is exactly the sum of the
// finer flows it contains, a link inside a super-region is internal there, and the graph's and
// the dataset's aggregations agree at every scale.
import { describe, expect, it } from "vitest";
import { Random } from "../../../src/geo/random.ts";
import { LINK_TYPES, NO_DIVISION, STORED_VINTAGE, VINTAGES, type Company, type Dataset, type Link } from "../../../src/model/types.ts";
import { BUILT_IN_LEVELS, regionScale, type RegionScale } from "../../../src/model/scale.ts";
import { divisionsOf } from "../../../src/regions/divisions.ts";
import { MUNICIPALITIES } from "../../../src/regions/municipalities.ts";
import { unitOf } from "../../../src/regions/units.ts";
import { flowsOfAll, flowsOfDataset, flowsOfGraph, flowsOfRows } from "../../../src/graph/flows/divisionFlows.ts";
import { builtFilterColumns, filterColumns } from "../../../src/graph/filters/filterColumns.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import type { FlowMatrix } from "../../../src/model/flows.ts";

const DIVISIONS = divisionsOf(STORED_VINTAGE).map((d) => d.code);

/** Companies placed by municipality, by division only, or not at all; random links and weights. */
function generated(seed: number, companies: number, links: number): Dataset {
  const random = new Random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;
  const list: Company[] = [];
  for (let i = 0; i < companies; i++) {
    const r = random.next();
    if (r < 0.6) {
      const m = pick(MUNICIPALITIES);
      list.push({ id: `c${i}`, name: `c${i}`, division: m.division, municipalityCode: m.code, attributes: {} });
    } else if (r < 0.95) list.push({ id: `c${i}`, name: `c${i}`, division: pick(DIVISIONS), attributes: {} });
    else list.push({ id: `c${i}`, name: `c${i}`, division: NO_DIVISION, attributes: {} });
  }
  const linkList: Link[] = [];
  for (let i = 0; i < links; i++) {
    const source = pick(list).id;
    let target = pick(list).id;
    if (target === source) target = list[(Number(source.slice(1)) + 1) % list.length]!.id;
    const link: Link = { id: `l${i}`, source, target, type: pick(LINK_TYPES), attributes: {} };
    if (random.next() < 0.8) link.weight = Math.round(random.next() * 1000);
    linkList.push(link);
  }
  const report = { files: [], companies, links, crossProvinceLinks: 0, divisions: {}, rejected: [], warnings: [] };
  return { label: "generated", companies: list, links: linkList, illustrative: false, report };
}

/** `fine` summed into the regions of `coarse`: cell by cell, internal cells included. */
function rolledUp(fine: FlowMatrix, coarse: RegionScale): Map<string, { count: number; weight: number }> {
  const cells = new Map<string, { count: number; weight: number }>();
  const add = (from: string, to: string, count: number, weight: number) => {
    const key = `${unitOf(from, coarse)}>${unitOf(to, coarse)}`;
    const cell = cells.get(key) ?? { count: 0, weight: 0 };
    cell.count += count;
    cell.weight += weight;
    cells.set(key, cell);
  };
  for (const f of fine.flows) add(f.from, f.to, f.count, f.weight);
  for (const [code, cell] of Object.entries(fine.internal)) if (cell) add(code, code, cell.count, cell.weight);
  return cells;
}

function cellsOf(matrix: FlowMatrix): Map<string, { count: number; weight: number }> {
  const cells = new Map<string, { count: number; weight: number }>();
  for (const f of matrix.flows) cells.set(`${f.from}>${f.to}`, { count: f.count, weight: f.weight });
  for (const [code, cell] of Object.entries(matrix.internal)) if (cell) cells.set(`${code}>${code}`, { count: cell.count, weight: cell.weight });
  return cells;
}

/** Which levels a level's regions nest in: every level nests in itself; groupings do not nest in each other. */
const COARSER: Record<string, readonly string[]> = {
  municipality: ["division", "super-region", "economic-region"],
  division: ["super-region", "economic-region"],
};

describe("graph/flows at every level and vintage", () => {
  const dataset = generated(20261207, 900, 6000);
  const graph = buildGraph(dataset, { positions: new Map() });

  for (const vintage of VINTAGES) {
    for (const fineLevel of Object.keys(COARSER)) {
      for (const coarseLevel of COARSER[fineLevel]!) {
        it(`${fineLevel} flows sum exactly to ${coarseLevel} flows under ${vintage}`, () => {
          const fine = flowsOfDataset(dataset, regionScale(fineLevel as never, vintage));
          const coarseScale = regionScale(coarseLevel as never, vintage);
          const coarse = flowsOfDataset(dataset, coarseScale);
          expect(cellsOf(coarse)).toEqual(rolledUp(fine, coarseScale));
          expect(coarse.links).toBe(fine.links);
          expect(coarse.crossLinks).toBeLessThanOrEqual(fine.crossLinks);
        });
      }
    }

    for (const level of BUILT_IN_LEVELS) {
      it(`the graph's flows (whole and by rows) equal the dataset's at the ${level} level under ${vintage}`, () => {
        const scale = regionScale(level, vintage);
        const fromDataset = flowsOfDataset(dataset, scale);
        expect(cellsOf(flowsOfGraph(graph, scale))).toEqual(cellsOf(fromDataset));
        expect(cellsOf(flowsOfRows(graph, scale, () => true))).toEqual(cellsOf(fromDataset));
        // Every link is counted once, placed or not.
        expect(fromDataset.links).toBe(dataset.links.length);
        const companies = Object.values(fromDataset.totals).reduce((n, t) => n + t.companies, 0);
        expect(companies).toBe(dataset.companies.filter((c) => c.division !== NO_DIVISION).length);
      });
    }
  }

  it("flowsOfAll: the same matrix as flowsOfGraph at every level, read from the filter columns once built and building none before", () => {
    const dataset = generated(9, 300, 2000);
    const graph = buildGraph(dataset, { positions: new Map() });
    for (const level of BUILT_IN_LEVELS) {
      const scale = regionScale(level, STORED_VINTAGE);
      expect(flowsOfAll(graph, scale)).toEqual(flowsOfGraph(graph, scale));
    }
    expect(builtFilterColumns(graph)).toBeNull();
    filterColumns(graph);
    for (const level of BUILT_IN_LEVELS) {
      const scale = regionScale(level, STORED_VINTAGE);
      expect(flowsOfAll(graph, scale)).toEqual(flowsOfGraph(graph, scale));
    }
  });

  it("a link between two divisions of one super-region is cross at the division level and internal at the super-region level", () => {
    const tiny = generated(1, 2, 0);
    tiny.companies = [
      { id: "ulsan", name: "울산 공급사", division: "KR-31", attributes: {} },
      { id: "gyeongnam", name: "경남 구매사", division: "KR-48", attributes: {} },
      { id: "daegu", name: "대구 구매사", division: "KR-27", attributes: {} },
    ];
    tiny.links = [
      { id: "a", source: "ulsan", target: "gyeongnam", type: "production", weight: 5, attributes: {} },
      { id: "b", source: "ulsan", target: "daegu", type: "production", weight: 7, attributes: {} },
    ];
    const divisions = flowsOfDataset(tiny, "2023");
    expect(divisions.crossLinks).toBe(2);
    const superRegions = flowsOfDataset(tiny, "super-region@2023");
    expect(superRegions.internal["SR-SE"]?.count).toBe(1);
    expect(superRegions.flows.map((f) => [f.from, f.to, f.count, f.weight])).toEqual([["SR-SE", "SR-DG", 1, 7]]);
    // The seven economic regions group them the same way here.
    expect(flowsOfDataset(tiny, "economic-region@2023").internal["ER-SE"]?.weight).toBe(5);
  });

  it("Gwangju and Jeonnam merge into one division in 2026-07 and stay in 호남권 at the super-region level", () => {
    expect(unitOf("KR-29", "2026-07")).toBe("KR-GJN");
    expect(unitOf("KR-29", "super-region@2026-07")).toBe("SR-HN");
    expect(unitOf("KR-GJN", "super-region@2023")).toBe("SR-HN");
    expect(unitOf("KR-45", "super-region@2023")).toBe("KR-45");
    expect(unitOf("KR-45", "economic-region@2023")).toBe("ER-HN");
  });
});
