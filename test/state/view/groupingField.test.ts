import { describe, expect, it } from "vitest";
import { groupingFromParam } from "../../../src/state/view/groupingField.ts";
import { BUILT_IN_GROUPINGS } from "../../../src/regions/groupings.ts";
import { chosenScale } from "../../../src/state/regionScale.ts";
import { unitOf } from "../../../src/regions/units.ts";

const compact = (groups: unknown) => JSON.stringify({ n: ["시험", "Test"], s: "a file", d: "2026-12-07", g: groups });

describe("state/view/groupingField", () => {
  it("reads a grouping from its parameter, checked like any grouping", () => {
    const superRegions = BUILT_IN_GROUPINGS[0]!;
    const read = groupingFromParam(compact(superRegions.groups.map((g) => [g.code, g.nameKo, g.nameEn, g.members.join(".")])));
    expect(typeof read).toBe("object");
    if (typeof read === "string") return;
    expect(read.groups.map((g) => g.members)).toEqual(superRegions.groups.map((g) => g.members));
    expect(read.source).toBe("a file");
  });

  it("says why a parameter is not a usable grouping", () => {
    expect(groupingFromParam("{not json")).toBe("not JSON");
    expect(groupingFromParam(JSON.stringify({ n: "x" }))).toBe("not a grouping");
    expect(groupingFromParam(compact([["A", "가", "A", "KR-11"]]))).toMatch(/is in no group/);
    expect(groupingFromParam(compact([["A", "가", "A", "KR-11.KR-11"]]))).toMatch(/in both/);
    expect(groupingFromParam(compact([["A", "가", "A", 5]]))).toBe("a group is malformed");
  });

  it("gives two different groupings two scales, so nothing worked out for one serves the other", () => {
    const all = BUILT_IN_GROUPINGS[1]!.groups.flatMap((g) => g.members);
    const one = (members: string[][]) => ({ id: "grouping:user", nameKo: "x", nameEn: "x", source: "s", date: "", groups: members.map((m, i) => ({ code: `G${i + 1}`, nameKo: `${i}`, nameEn: `${i}`, members: m })) });
    const a = one([all.slice(0, 3), all.slice(3)]);
    const b = one([all.slice(0, 5), all.slice(5)]);
    const sa = chosenScale({ regionLevel: "grouping:user", vintage: "2023", userGrouping: a });
    const sb = chosenScale({ regionLevel: "grouping:user", vintage: "2023", userGrouping: b });
    expect(sa).not.toBe(sb);
    expect(unitOf(all[4]!, sa)).toBe("G2");
    expect(unitOf(all[4]!, sb)).toBe("G1");
    // The level without a grouping is the divisions.
    expect(chosenScale({ regionLevel: "grouping:user", vintage: "2026-07", userGrouping: null })).toBe("2026-07");
  });
});
