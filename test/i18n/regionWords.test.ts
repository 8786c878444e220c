import { describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/index.ts";
import { inRegionWords } from "../../src/i18n/regionWords.ts";

describe("i18n/regionWords", () => {
  const say = (lang: "ko" | "en", key: Parameters<typeof translate>[1], level: string, params: Record<string, string | number> = {}) =>
    inRegionWords(translate(lang, key, params), lang, key, level);

  it("names the level's regions in the flow and matrix words", () => {
    expect(say("ko", "matrix.title", "super-region")).toBe("초광역권 간 흐름 행렬");
    expect(say("ko", "matrix.title", "municipality")).toBe("시군구 간 흐름 행렬");
    expect(say("en", "level.divisions", "municipality")).toBe("Municipality flows");
    expect(say("en", "status.line", "economic-region", { companies: 1, total: 2, links: 2, cross: 1 })).not.toMatch(/province|division/);
  });

  it("leaves the words alone at the divisions, and where the message is about provinces at every level", () => {
    expect(say("ko", "matrix.title", "division")).toBe(translate("ko", "matrix.title"));
    expect(say("ko", "filters.divisions", "super-region")).toBe(translate("ko", "filters.divisions"));
    expect(say("ko", "vintage.2023", "municipality")).toBe(translate("ko", "vintage.2023"));
    // Companies keep their division's colour at the municipality level, and the legend says so.
    expect(say("ko", "legend.divisions", "municipality")).toBe(translate("ko", "legend.divisions"));
    expect(say("ko", "legend.divisions", "super-region")).toContain("초광역권");
  });
});
