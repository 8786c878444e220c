import { describe, expect, it } from "vitest";
import { drawsAsDefault } from "../../../src/state/view/drawsAsDefault.ts";
import { storedDefaults } from "../../../src/state/view/schema.ts";

describe("state/view/drawsAsDefault", () => {
  const base = storedDefaults();

  it("holds at the defaults, and not once a setting declared as redrawing companies or links is set", () => {
    expect(drawsAsDefault(base, ["nodes", "layout"])).toBe(true);
    expect(drawsAsDefault({ ...base, nodeColorBy: "tier" }, ["nodes", "layout"])).toBe(false);
    expect(drawsAsDefault({ ...base, lang: "en" }, ["nodes", "layout"])).toBe(false);
    expect(drawsAsDefault({ ...base, nodeSizeBy: "pagerank" }, ["nodes", "layout"])).toBe(false);
    expect(drawsAsDefault({ ...base, edgeColorBy: "division" }, ["nodes", "layout"])).toBe(true);
    expect(drawsAsDefault({ ...base, edgeColorBy: "division" }, ["edges"])).toBe(false);
    expect(drawsAsDefault({ ...base, selectedDivisions: [] }, ["edges"])).toBe(true);
    expect(drawsAsDefault({ ...base, selectedDivisions: ["KR-11"] }, ["edges"])).toBe(false);
    // The map's settings draw no company differently.
    expect(drawsAsDefault({ ...base, choropleth: "outflow" }, ["nodes", "layout", "edges"])).toBe(true);
  });

  it("a setting that means nothing without its owner draws as its default", () => {
    expect(drawsAsDefault({ ...base, colorAttribute: "size" }, ["nodes"])).toBe(true);
    expect(drawsAsDefault({ ...base, nodeColorBy: "attribute", colorAttribute: "size" }, ["nodes"])).toBe(false);
  });
});
