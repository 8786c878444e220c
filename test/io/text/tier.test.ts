import { describe, it, expect } from "vitest";
import { parseTier } from "../../../src/io/text/tier.ts";

describe("io/tier", () => {
  it.each([
    ["초광역 선도기업", "super-regional"], ["초광역권 선도기업", "super-regional"], ["초광역권선도기업", "super-regional"],
    ["초광역권", "super-regional"], ["super-regional leading", "super-regional"], ["Super-Regional Leading Company", "super-regional"],
    ["super regional leading companies", "super-regional"], ["SUPER_REGIONAL", "super-regional"], ["super-regional", "super-regional"],
    ["지역혁신 선도기업", "regional-innovation"], ["지역혁신선도기업(2022)", "regional-innovation"], ["지역혁신", "regional-innovation"],
    ["regional innovation leading company", "regional-innovation"], ["Regional-Innovation Leading Firms", "regional-innovation"],
    ["regional-innovation", "regional-innovation"],
  ])("%s -> %s", (text, tier) => {
    expect(parseTier(text)).toBe(tier);
  });

  it.each(["일반", "기업", "leading company", "regional", "초광역권 협력기업", "Legend 50+"])("keeps '%s' as written", (text) => {
    expect(parseTier(text)).toBe(text);
  });
});
