import { describe, expect, it } from "vitest";
import { limitFlows } from "../../../src/graph/flows/limit.ts";

describe("graph/flowLimit", () => {
  const flows = [5, 1, 30, 10, 4, 50].map((v, i) => ({ id: i, v }));
  it("top N keeps the N largest, largest first, and states their share", () => {
    const r = limitFlows(flows, (f) => f.v, "top2");
    expect(r.kept.map((f) => f.v)).toEqual([50, 30]);
    expect(r.candidates).toBe(6);
    expect(r.share).toBeCloseTo(80 / 100);
  });
  it("a share keeps the fewest largest flows reaching it", () => {
    expect(limitFlows(flows, (f) => f.v, "share80").kept.map((f) => f.v)).toEqual([50, 30]);
    expect(limitFlows(flows, (f) => f.v, "share50").kept.map((f) => f.v)).toEqual([50]);
  });
  it("all keeps everything, and fewer flows than N are all kept", () => {
    expect(limitFlows(flows, (f) => f.v, "all").kept).toHaveLength(6);
    expect(limitFlows(flows, (f) => f.v, "top40")).toMatchObject({ candidates: 6, share: 1 });
    expect(limitFlows([], (f: { v: number }) => f.v, "share80")).toMatchObject({ kept: [], share: 1 });
  });
});
