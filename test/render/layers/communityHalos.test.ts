import { describe, expect, it } from "vitest";
import { HALO_MIN_MEMBERS, haloOf } from "../../../src/render/layers/communityHalos.ts";

describe("render/communityHalos", () => {
  it("centres on the median and encloses the core, not the outliers", () => {
    const xs = [0, 1, -1, 0, 0, 500];
    const ys = [0, 0, 0, 1, -1, 500];
    const halo = haloOf(3, xs, ys, 0)!;
    expect(halo).toMatchObject({ community: 3, x: 0, y: 0 });
    expect(halo.radius).toBeLessThan(5);
  });
  it("no halo for fewer than the minimum members", () => {
    expect(haloOf(0, new Array(HALO_MIN_MEMBERS - 1).fill(0), new Array(HALO_MIN_MEMBERS - 1).fill(0))).toBeNull();
  });
});
