// What a division's fill stands for on the choropleth, with its legend unit.

import type { DivisionMeasure, DivisionMeasureUnit, DivisionTotals, FlowMatrix, FlowMeasure } from "./flows.ts";

export const DIVISION_MEASURES: readonly DivisionMeasure[] = ["outflow", "inflow", "net", "crossShare", "companies", "partnerDivisions"];

export interface MeasuredValue {
  value: number;
  unit: DivisionMeasureUnit;
}

/**
 * outflow / inflow / net (outflow - inflow: positive for a net supplier) follow `flowMeasure`
 * (links, or summed weight in KRW); crossShare is a percentage 0..100, since its unit is "%".
 */
export function divisionMeasure(totals: DivisionTotals, measure: DivisionMeasure, flowMeasure: FlowMeasure = "count"): MeasuredValue {
  const flowUnit: DivisionMeasureUnit = flowMeasure === "count" ? "links" : "KRW";
  switch (measure) {
    case "outflow":
      return { value: totals.outgoing[flowMeasure], unit: flowUnit };
    case "inflow":
      return { value: totals.incoming[flowMeasure], unit: flowUnit };
    case "net":
      return { value: totals.outgoing[flowMeasure] - totals.incoming[flowMeasure], unit: flowUnit };
    case "crossShare":
      return { value: totals.crossShare * 100, unit: "%" };
    case "companies":
      return { value: totals.companies, unit: "companies" };
    case "partnerDivisions":
      return { value: totals.partnerDivisions, unit: "divisions" };
  }
}

/** [min, max] over the matrix's divisions, for the colour scale's domain; [0, 0] when empty. */
export function divisionMeasureExtent(matrix: FlowMatrix, measure: DivisionMeasure, flowMeasure: FlowMeasure = "count"): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const code of matrix.divisions) {
    const totals = matrix.totals[code];
    if (!totals) continue;
    const { value } = divisionMeasure(totals, measure, flowMeasure);
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min <= max ? [min, max] : [0, 0];
}
