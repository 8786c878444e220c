import { describe, expect, it } from "vitest";
import { soleSuppliers } from "../../../src/graph/resilience/soleSuppliers.ts";
import { company, dataset, link } from "../helpers.ts";
import { graphOf } from "../ranking/fixture.ts";

describe("graph/resilience soleSuppliers", () => {
  // s alone supplies b1 and b3 (twice, two types); b2 also buys from t; u alone supplies b4.
  const graph = graphOf(
    dataset(
      ["s", "t", "u", "b1", "b2", "b3", "b4"].map((id) => company(id, "KR-11")),
      [
        link("1", "s", "b1"),
        link("2", "s", "b2"),
        link("3", "t", "b2"),
        link("4", "s", "b3", "production"),
        link("5", "s", "b3", "technology"),
        link("6", "u", "b4"),
      ],
    ),
  );

  it("lists each supplier with the buyers that have no other", () => {
    expect(soleSuppliers(graph)).toEqual([
      { supplier: "s", buyers: ["b1", "b3"] },
      { supplier: "u", buyers: ["b4"] },
    ]);
  });

  it("answers for one link type through a filter", () => {
    expect(soleSuppliers(graph, (_e, l) => l.linkType === "technology")).toEqual([{ supplier: "s", buyers: ["b3"] }]);
  });
});
