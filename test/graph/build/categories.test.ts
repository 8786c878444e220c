import { describe, expect, it } from "vitest";
import { categoricalColumns, attributeValue, MAX_CATEGORIES } from "../../../src/graph/build/categories.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { company, dataset } from "../helpers.ts";

describe("graph/categories", () => {
  const companies = Array.from({ length: 40 }, (_, i) =>
    company(`c${i}`, "KR-11", { attributes: { size: ["대", "중", "소"][i % 3]!, code: `x${i}`, one: "same", rare: i === 0 ? "a" : "" } }),
  );
  const graph = buildGraph(dataset(companies, []), { positions: new Map() });
  it("offers columns with 2..12 distinct values that enough companies fill", () => {
    expect(categoricalColumns(graph).map((c) => c.key)).toEqual(["size"]);
    expect(categoricalColumns(graph)[0]).toMatchObject({ values: 3, filled: 40 });
    expect(MAX_CATEGORIES).toBeLessThan(40);
  });
  it("reads trimmed values, empty as none", () => {
    expect(attributeValue({ a: " 대 " }, "a")).toBe("대");
    expect(attributeValue({ a: "  " }, "a")).toBeUndefined();
    expect(attributeValue({}, "a")).toBeUndefined();
  });
});
