import { describe, expect, it } from "vitest";
import { singleSupplierDivisions } from "../../../src/graph/resilience/singleSupplierDivisions.ts";
import { company, dataset, link } from "../helpers.ts";
import { busanGraph } from "../profiles/fixture.ts";
import { graphOf } from "../ranking/fixture.ts";

describe("graph/resilience singleSupplierDivisions", () => {
  const graph = busanGraph();

  it("finds divisions whose whole inflow of a type comes from one company", () => {
    // Busan's production comes from s1, s2 and t1: not listed. Its technology (s1) and sales (j1)
    // each come from one company; Daegu gets technology only from p1, Gyeongnam production only from p2.
    expect(singleSupplierDivisions(graph, "2023")).toEqual([
      { division: "KR-26", type: "technology", supplier: "s1", supplierDivision: "KR-11", links: 1, weight: 30 },
      { division: "KR-26", type: "sales", supplier: "j1", supplierDivision: "KR-29", links: 1, weight: 0 },
      { division: "KR-27", type: "technology", supplier: "p1", supplierDivision: "KR-26", links: 1, weight: 3 },
      { division: "KR-48", type: "production", supplier: "p2", supplierDivision: "KR-26", links: 1, weight: 7 },
    ]);
  });

  it("ignores links inside a division and reports divisions of the vintage", () => {
    // Two Jeonnam companies supply a Gwangju buyer: in 2023 two suppliers; in 2026-07 the links are internal.
    const g = graphOf(
      dataset(
        [company("g", "KR-29"), company("j1", "KR-46"), company("j2", "KR-46"), company("s", "KR-11")],
        [link("1", "j1", "g", "sales"), link("2", "j2", "g", "sales"), link("3", "s", "g", "sales"), link("4", "s", "j1", "sales")],
      ),
    );
    expect(singleSupplierDivisions(g, "2023").map((d) => `${d.division} ${d.supplier}`)).toEqual(["KR-46 s"]);
    expect(singleSupplierDivisions(g, "2026-07")).toEqual([
      { division: "KR-GJN", type: "sales", supplier: "s", supplierDivision: "KR-11", links: 2, weight: 0 },
    ]);
  });
});
