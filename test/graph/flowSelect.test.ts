import { describe, expect, it } from "vitest";
import { passesDivisionSelection } from "../../src/graph/flowSelect.ts";

const pairs: Array<[string, string]> = [
  ["KR-26", "KR-31"], // Busan -> Ulsan
  ["KR-31", "KR-26"],
  ["KR-26", "KR-11"],
  ["KR-11", "KR-26"],
  ["KR-11", "KR-41"],
  ["KR-26", "KR-26"],
];
const keep = (selected: string[], mode: "all" | "incoming" | "outgoing" | "between") =>
  pairs.filter(([a, b]) => passesDivisionSelection(a, b, new Set(selected), mode)).map(([a, b]) => `${a}>${b}`);

describe("graph/flowSelect", () => {
  it("keeps everything when nothing is selected", () => {
    expect(keep([], "between")).toHaveLength(pairs.length);
  });
  it("all: anything touching a selected division", () => {
    expect(keep(["KR-26"], "all")).toEqual(["KR-26>KR-31", "KR-31>KR-26", "KR-26>KR-11", "KR-11>KR-26", "KR-26>KR-26"]);
  });
  it("incoming and outgoing: across the selection's border only", () => {
    expect(keep(["KR-26"], "incoming")).toEqual(["KR-31>KR-26", "KR-11>KR-26"]);
    expect(keep(["KR-26"], "outgoing")).toEqual(["KR-26>KR-31", "KR-26>KR-11"]);
    expect(keep(["KR-26", "KR-31"], "outgoing")).toEqual(["KR-26>KR-11"]);
  });
  it("between: both ends selected, different divisions", () => {
    expect(keep(["KR-26", "KR-31"], "between")).toEqual(["KR-26>KR-31", "KR-31>KR-26"]);
  });
});
