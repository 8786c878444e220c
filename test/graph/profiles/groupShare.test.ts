import { describe, expect, it } from "vitest";
import { divisionProfile } from "../../../src/graph/profiles/divisionProfile.ts";
import { groupShare } from "../../../src/graph/profiles/groupShare.ts";
import { getDivision } from "../../../src/regions/divisions.ts";
import { busanGraph } from "./fixture.ts";

const busan = divisionProfile(busanGraph(), "KR-26", "2023");
const capital = (code: string) => getDivision(code)?.capitalRegion === true;

describe("graph/profiles groupShare", () => {
  it("sums a group's partner divisions and their shares of the inflow", () => {
    // Suppliers of 부산: 서울 3 links (60 of 100), 대구 1 (40), 광주 1 (0).
    expect(groupShare(busan.suppliers, capital)).toEqual({ members: ["KR-11"], count: 3, weight: 60, countShare: 0.6, weightShare: 0.6 });
    const southEast = groupShare(busan.suppliers, (d) => d === "KR-27" || d === "KR-29");
    expect(southEast).toMatchObject({ members: ["KR-27", "KR-29"], count: 2, weight: 40 });
    expect(southEast.countShare).toBeCloseTo(0.4, 12);
    expect(southEast.weightShare).toBeCloseTo(0.4, 12);
  });

  it("gives the whole when every partner is in the group and nothing when none is", () => {
    const all = groupShare(busan.buyers, () => true);
    expect(all.count).toBe(busan.outflow.count);
    expect(all.weight).toBe(busan.outflow.weight);
    expect(all.countShare).toBeCloseTo(1, 12);
    expect(groupShare(busan.buyers, capital)).toEqual({ members: [], count: 0, weight: 0, countShare: 0, weightShare: 0 });
  });
});
