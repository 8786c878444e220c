import { describe, expect, it } from "vitest";
import { companyLabel, METRIC_SIZE, metricSize } from "../../../src/render/bindings/nodeStyle.ts";

describe("render/nodeStyle", () => {
  it("sizes grow with the square root of the metric, within bounds", () => {
    expect(metricSize(undefined)).toBe(METRIC_SIZE.min);
    expect(metricSize(0)).toBe(METRIC_SIZE.min);
    expect(metricSize(1)).toBe(METRIC_SIZE.max);
    expect(metricSize(4)).toBe(METRIC_SIZE.max);
    expect(metricSize(0.25) - METRIC_SIZE.min).toBeCloseTo((METRIC_SIZE.max - METRIC_SIZE.min) / 2);
  });
  it("English labels use name_en where there is one", () => {
    const data = { label: "다스코", company: { id: "a", name: "다스코", nameEn: "DASCO", division: "KR-26", attributes: {} } };
    expect(companyLabel(data, "en")).toBe("DASCO");
    expect(companyLabel(data, "ko")).toBe("다스코");
    expect(companyLabel({ ...data, company: { ...data.company, nameEn: undefined } } as never, "en")).toBe("다스코");
  });
});
