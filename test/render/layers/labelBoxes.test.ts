import { describe, expect, it } from "vitest";
import { BoxSet, centredBox, labelCandidates, overlaps } from "../../../src/render/layers/labelBoxes.ts";

describe("render/labelBoxes", () => {
  it("a division name reserved first keeps every company label off it", () => {
    const placed = new BoxSet();
    const division = centredBox(100, 100, 30, 15);
    expect(placed.place(division)).toBe(true);
    // A company just left of the name: its usual right-hand label would cover the name.
    const [right, left] = labelCandidates(80, 100, 4, 40, 12);
    expect(overlaps(right!.box, division)).toBe(true);
    expect(placed.place(right!.box)).toBe(false);
    expect(placed.place(left!.box)).toBe(true);
    // A second label on the same spot is refused: company labels never overlap each other.
    expect(placed.place(left!.box)).toBe(false);
    expect(placed.size).toBe(2);
    placed.clear();
    expect(placed.size).toBe(0);
  });

  it("touching boxes do not overlap; candidates go right, left, above, below", () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
    const [r, l, a, b] = labelCandidates(0, 0, 5, 20, 12);
    expect(r!.box.x).toBeGreaterThan(0);
    expect(l!.box.x + l!.box.w).toBeLessThan(0);
    expect(a!.box.y + a!.box.h).toBeLessThan(0);
    expect(b!.box.y).toBeGreaterThan(0);
  });
});
