import { describe, it, expect } from "vitest";
import { MUNICIPALITY_CHANGES, currentCode, historyOf } from "../../src/regions/municipalityChanges.ts";

describe("regions/municipalityChanges", () => {
  it("lists the changes in date order, each with its evidence", () => {
    const dates = MUNICIPALITY_CHANGES.map((c) => c.until);
    expect(dates).toEqual([...dates].sort());
    expect(MUNICIPALITY_CHANGES.every((c) => c.source.length > 20 && /^\d{4}-\d{2}-\d{2}$/.test(c.until))).toBe(true);
  });

  it("turns a 2022 code into today's", () => {
    expect(currentCode("47720")).toBe("27720");
    expect(currentCode("42110")).toBe("51110");
    expect(currentCode("45111")).toBe("52111");
    expect(currentCode("48123")).toBe("48123");
    expect(currentCode("27720")).toBe("27720");
  });

  it("gives today's code its earlier codes, oldest first, and inverts currentCode", () => {
    expect(historyOf("27720", "KR-27")).toEqual([{ code: "47720", division: "KR-47", until: "2023-06-30" }]);
    expect(historyOf("51110", "KR-42")).toEqual([{ code: "42110", division: "KR-42", until: "2023-06-10" }]);
    expect(historyOf("27710", "KR-27")).toEqual([]);
    expect(historyOf("48123", "KR-48")).toEqual([]);
    for (const old of ["47720", "42110", "45111", "45730"]) {
      const now = currentCode(old);
      const division = { "27": "KR-27", "51": "KR-42", "52": "KR-45" }[now.slice(0, 2)]!;
      expect(historyOf(now, division)[0]?.code).toBe(old);
    }
  });
});
