import { describe, expect, it } from "vitest";
import { readGrouping } from "../../src/io/formats/grouping.ts";
import { registerGrouping } from "../../src/regions/groupings.ts";
import { forgetScales, regionLabel, unitOf } from "../../src/regions/units.ts";
import { regionScale } from "../../src/model/scale.ts";

describe("regionLabel of a loaded grouping's groups", () => {
  it("names them by code without a scale (the matrix, tooltips), and leaves the built-in names alone", () => {
    const text = "권역,시도,권역코드\n영남,부산\n영남,대구\n수도,서울,SR-CAP\n";
    const { grouping } = readGrouping({ name: "t.csv", bytes: new TextEncoder().encode(text) });
    registerGrouping({ ...grouping!, id: "grouping:user" });
    forgetScales();
    const scale = regionScale("grouping:user", "2023");
    expect(unitOf("KR-26", scale)).toBe("G1");
    expect(regionLabel("G1", "ko")).toBe("영남");
    expect(regionLabel("G1", "en")).toBe("영남");
    // The file's SR-CAP would have been mistaken for the built-in 수도권; it got a code of its own.
    expect(unitOf("KR-11", scale)).toBe("G2");
    expect(regionLabel("SR-CAP", "ko")).toBe("수도권");
    expect(regionLabel("G2", "ko")).toBe("수도");
  });
});
