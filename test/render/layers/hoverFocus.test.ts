// What the hover layer lights on networks too big for the reducers: the hovered company's
// partners and, where company links are drawn, its links, under the filters and what-ifs.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { visibility } from "../../../src/graph/filters/visibility.ts";
import { NO_FILTER } from "../../../src/graph/filters/types.ts";
import { hoverScene } from "../../../src/render/layers/hoverFocus.ts";
import type { Company, Dataset, Link } from "../../../src/model/types.ts";

const company = (id: string, division: string, industry = "기계"): Company => ({ id, name: id, division, industry, attributes: {} }) as Company;
const link = (id: string, source: string, target: string, type: Link["type"]): Link => ({ id, source, target, type, attributes: {} });
const dataset = {
  label: "t",
  companies: [company("a", "KR-11"), company("b", "KR-26"), company("c", "KR-26", "화학"), company("d", "KR-47"), company("e", "KR-11")],
  links: [link("ab", "a", "b", "sales"), link("ca", "c", "a", "technology"), link("ab2", "a", "b", "production"), link("de", "d", "e", "sales")],
  illustrative: false,
  report: { files: [], companies: 5, links: 4, crossProvinceLinks: 4, divisions: {}, rejected: [], warnings: [] },
} as Dataset;
const graph = buildGraph(dataset, { positions: new Map() });
const visible = (filter = NO_FILTER) => ({ graph, ...visibility(graph, filter, null, "2023") });

describe("render/hoverFocus hoverScene", () => {
  it("lights every partner once, in either direction, and the links only where company links are drawn", () => {
    const atDivisions = hoverScene(graph, "a", visible(), "divisions")!;
    expect(atDivisions.partners.sort()).toEqual(["b", "c"]);
    expect(atDivisions.links).toEqual([]);
    expect(hoverScene(graph, "a", visible(), "companies")!.links.sort()).toEqual(["ab", "ab2", "ca"]);
    expect(hoverScene(graph, "e", null, "companies")).toEqual({ focus: "e", partners: ["d"], links: ["de"] });
  });

  it("keeps to what the filters keep, and lights nothing for a company they hide", () => {
    const sales = visible({ ...NO_FILTER, linkTypes: ["sales"] });
    expect(hoverScene(graph, "a", sales, "companies")).toEqual({ focus: "a", partners: ["b"], links: ["ab"] });
    // Both ends must be machinery makers: the chemicals maker is hidden, and its link with it.
    const machines = visible({ ...NO_FILTER, industries: ["기계"], companyRole: "both" });
    expect(hoverScene(graph, "a", machines, "divisions")!.partners).toEqual(["b"]);
    expect(hoverScene(graph, "c", machines, "companies")).toBeNull();
    expect(hoverScene(graph, "nobody", visible(), "companies")).toBeNull();
  });
});
