import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { flowsOfDataset, flowsOfGraph } from "../../src/graph/flows/divisionFlows.ts";
import { DEFAULT_THICKNESS_RANGE, fittedDomain, fixedDomain, niceLegendSteps, thicknessScale } from "../../src/style/flowScale.ts";
import { divisionMeasure, divisionMeasureExtent, DIVISION_MEASURES } from "../../src/model/divisionMeasure.ts";
import { flowMeasureValue } from "../../src/model/flows.ts";
import { HAND } from "../graph/flowsFixture.ts";

const y2023 = flowsOfDataset(HAND, "2023");
const y2026 = flowsOfDataset(HAND, "2026-07");

describe("graph/flowScale", () => {
  it("reads a flow's count or weight, for all types or one", () => {
    const top = y2023.flows[0]!; // KR-11 -> KR-26: technology 1 (5), production 1 (7)
    expect(flowMeasureValue(top, "count")).toBe(2);
    expect(flowMeasureValue(top, "weight")).toBe(12);
    expect(flowMeasureValue(top, "weight", "all")).toBe(12);
    expect(flowMeasureValue(top, "weight", "production")).toBe(7);
    expect(flowMeasureValue(top, "count", "sales")).toBe(0);
  });

  it("maps values to thickness monotonically: 0 draws nothing, the domain max draws the widest", () => {
    const scale = thicknessScale(400, [1, 14]);
    expect(scale.domainMax).toBe(400);
    expect(scale.range).toEqual([1, 14]);
    expect(thicknessScale(400).range).toEqual(DEFAULT_THICKNESS_RANGE);
    expect(scale(0)).toBe(0);
    expect(scale(-3)).toBe(0);
    expect(scale(Number.NaN)).toBe(0);
    expect(scale(400)).toBe(14);
    expect(scale(100)).toBeCloseTo(1 + 13 * 0.5, 12); // sqrt: a quarter of the value, half the width
    expect(scale(4000)).toBe(14);
    let previous = 0;
    for (let v = 0.01; v <= 500; v *= 1.3) {
      const width = scale(v);
      expect(width).toBeGreaterThanOrEqual(previous);
      expect(width).toBeGreaterThanOrEqual(1);
      previous = width;
    }
    expect(thicknessScale(10, [2, 6])(10)).toBe(6);
    expect(thicknessScale(0)(5)).toBe(DEFAULT_THICKNESS_RANGE[1]);
  });

  it("offers up to four round legend values not above the max", () => {
    expect(niceLegendSteps(1234)).toEqual([100, 200, 500, 1000]);
    expect(niceLegendSteps(2000)).toEqual([200, 500, 1000, 2000]);
    expect(niceLegendSteps(12)).toEqual([1, 2, 5, 10]);
    expect(niceLegendSteps(7)).toEqual([1, 2, 5]);
    expect(niceLegendSteps(1)).toEqual([1]);
    expect(niceLegendSteps(0.5)).toEqual([0.05, 0.1, 0.2, 0.5]);
    expect(niceLegendSteps(0)).toEqual([]);
    expect(niceLegendSteps(Number.POSITIVE_INFINITY)).toEqual([]);
    for (const max of [3, 47, 999, 1000, 65_432, 5e9]) {
      const steps = niceLegendSteps(max);
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(steps.at(-1)).toBeLessThanOrEqual(max);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
    }
  });

  it("keeps a fixed domain across filters while a fitted one follows the visible flows", () => {
    const graph = buildGraph(HAND, { positions: new Map() });
    const technology = flowsOfGraph(graph, "2023", (_e, a) => a.linkType === "technology");
    const fixed = fixedDomain(y2023, "weight");
    expect(fixed).toBe(20); // KR-29 -> KR-46
    expect(fixedDomain(y2023, "count")).toBe(2);
    // The filter changes what is visible, not the fixed domain, which comes from the unfiltered matrix.
    expect(fittedDomain(technology.flows, "weight")).toBe(5);
    expect(fittedDomain(y2023.flows, "weight", "technology")).toBe(5);
    expect(fittedDomain([], "count")).toBe(0);
    // Both vintages: the merged GJN->KR-11 (w10) does not beat 20, but its count 2 ties KR-11->KR-26.
    expect(fixedDomain([y2023, y2026], "weight")).toBe(20);
    expect(fixedDomain([y2023, y2026], "count")).toBe(2);
    const fixedScale = thicknessScale(fixed);
    const fittedScale = thicknessScale(fittedDomain(technology.flows, "weight"));
    expect(fixedScale(5)).toBeLessThan(fittedScale(5));
    expect(fittedScale(5)).toBe(DEFAULT_THICKNESS_RANGE[1]);
  });

  it("measures divisions for the choropleth with a legend unit", () => {
    const seoul = y2023.totals["KR-11"]!; // out 2 (w12), in 3 (w10), internal 1, partners 3
    expect(divisionMeasure(seoul, "outflow")).toEqual({ value: 2, unit: "links" });
    expect(divisionMeasure(seoul, "inflow", "weight")).toEqual({ value: 10, unit: "KRW" });
    expect(divisionMeasure(seoul, "net")).toEqual({ value: -1, unit: "links" });
    expect(divisionMeasure(seoul, "net", "weight")).toEqual({ value: 2, unit: "KRW" });
    expect(divisionMeasure(seoul, "crossShare").unit).toBe("%");
    expect(divisionMeasure(seoul, "crossShare").value).toBeCloseTo(500 / 6, 10);
    expect(divisionMeasure(seoul, "companies")).toEqual({ value: 2, unit: "companies" });
    expect(divisionMeasure(seoul, "partnerDivisions")).toEqual({ value: 3, unit: "divisions" });
    expect(DIVISION_MEASURES).toHaveLength(6);
    expect(divisionMeasureExtent(y2023, "partnerDivisions")).toEqual([0, 3]);
    expect(divisionMeasureExtent(y2023, "net")).toEqual([-1, 1]); // Seoul -1 .. Daegu +1, Gwangju 0
  });
});
