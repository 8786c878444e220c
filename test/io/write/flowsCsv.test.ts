import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { aggregateFlows, flowsOfDataset } from "../../../src/graph/flows/divisionFlows.ts";
import type { FlowCell, FlowMatrix } from "../../../src/model/flows.ts";
import { flowsToCsv, flowsToJson } from "../../../src/io/write/flowsCsv.ts";
import { LINK_TYPES } from "../../../src/model/types.ts";
import { HAND, readSample } from "../../graph/flowsFixture.ts";

type Row = Record<string, string | number>;
const parse = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true, dynamicTyping: true });

/** Every number of the matrix's flows and internal cells, keyed the way the CSV rows are. */
function expectedRows(m: FlowMatrix) {
  const cells: Array<readonly [string, string, string, FlowCell]> = m.flows.map((f) => ["flow", f.from, f.to, f] as const);
  for (const code of m.divisions) {
    const cell = m.internal[code];
    if (cell) cells.push(["internal", code, code, cell]);
  }
  return cells.map(([kind, from, to, c]) => ({
    kind,
    from,
    to,
    count: c.count,
    weight: c.weight,
    ...Object.fromEntries(LINK_TYPES.flatMap((t) => [[`count_${t}`, c.byType[t].count], [`weight_${t}`, c.byType[t].weight]])),
  }));
}

describe("io/flowsCsv", () => {
  const y2023 = flowsOfDataset(HAND, "2023");

  it("writes one row per flow and per internal cell, with names from the registry", () => {
    const csv = flowsToCsv(y2023);
    const { data, errors, meta } = parse(csv);
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([
      "vintage", "level", "kind", "from", "from_name_ko", "from_name_en", "to", "to_name_ko", "to_name_en",
      "count", "count_technology", "count_production", "count_sales", "count_other",
      "weight", "weight_technology", "weight_production", "weight_sales", "weight_other",
    ]);
    expect(data).toHaveLength(7 + 2);
    expect(data[0]).toMatchObject({
      vintage: 2023,
      kind: "flow",
      from: "KR-11",
      from_name_ko: "서울특별시",
      from_name_en: "Seoul Special City",
      to: "KR-26",
      to_name_ko: "부산광역시",
      count: 2,
      weight: 12,
      count_technology: 1,
      weight_production: 7,
    });
    expect(data.filter((r) => r.kind === "internal").map((r) => [r.from, r.to, r.count, r.weight])).toEqual([
      ["KR-11", "KR-11", 1, 10],
      ["KR-46", "KR-46", 1, 4],
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(flowsToCsv(y2023, undefined, { bom: true }).startsWith("\ufeff")).toBe(true);
  });

  it("parses back to the same numbers, on the sample in both vintages", () => {
    const sample = readSample();
    for (const vintage of ["2023", "2026-07"] as const) {
      const m = flowsOfDataset(sample, vintage);
      const { data, errors } = parse(flowsToCsv(m));
      expect(errors).toEqual([]);
      const back = data.map((r) => Object.fromEntries(Object.keys(expectedRows(m)[0]!).map((k) => [k, r[k]])));
      expect(back).toEqual(expectedRows(m));
      expect(data.every((r) => String(r.vintage) === vintage)).toBe(true);
    }
  });

  it("keeps only one measure's columns when asked", () => {
    const { data, meta } = parse(flowsToCsv(y2023, "weight"));
    expect(meta.fields!.filter((f) => f.startsWith("count"))).toEqual([]);
    expect(meta.fields!.slice(-5)).toEqual(["weight", "weight_technology", "weight_production", "weight_sales", "weight_other"]);
    expect(data[0]).toMatchObject({ weight: 12 });
  });

  it("neutralises a formula-looking division code (only an unknown code can carry one)", () => {
    const hostile = '=HYPERLINK("http://x","a,b")';
    const m = aggregateFlows([{ sourceDivision: hostile, targetDivision: "KR-11", type: "sales", weight: 3 }], {}, "2023");
    const csv = flowsToCsv(m);
    expect(csv).not.toMatch(/(^|,)=/m);
    const row = parse(csv).data[0]!;
    // Code and both name columns fall back to the code, each behind an apostrophe.
    expect([row.from, row.from_name_ko, row.from_name_en]).toEqual([`'${hostile}`, `'${hostile}`, `'${hostile}`]);
    expect(row).toMatchObject({ to: "KR-11", count: 1, weight: 3 });
  });

  it("gives plain JSON in the shape inspect --flows prints", () => {
    const json = flowsToJson(flowsOfDataset(HAND, "2026-07"));
    expect(Object.keys(json)).toEqual(["vintage", "level", "divisions", "flows", "internal", "totals", "links", "crossLinks"]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json).toMatchObject({ vintage: "2026-07", level: "division", links: 10, crossLinks: 6 });
    expect(json.divisions).toHaveLength(16);
    expect(Object.keys(json.flows[0]!)).toEqual(["from", "to", "count", "weight", "byType"]);
    expect(json.flows[1]).toMatchObject({ from: "KR-GJN", to: "KR-11", count: 2, weight: 10, byType: { production: { count: 2, weight: 10 } } });
    expect(json.internal["KR-GJN"]).toMatchObject({ count: 3, weight: 27 });
    expect(json.totals["KR-GJN"]).toMatchObject({ companies: 3, crossShare: 0.5, partnerDivisions: 2 });
    // A copy: changing it leaves the matrix alone.
    const m = flowsOfDataset(HAND, "2023");
    flowsToJson(m).flows[0]!.byType.sales.count = 99;
    expect(m.flows[0]!.byType.sales.count).toBe(0);
  });
});
