import { describe, expect, it } from "vitest";
import { END_RADIUS, flowCurves, START_RADIUS, type FlowToDraw } from "../../../src/render/layers/flowGeometry.ts";
import type { GraphToScreen } from "../../../src/render/layers/viewTransform.ts";

const identity: GraphToScreen = [1, 0, 0, 1, 0, 0];
const anchors = new Map([
  ["KR-11", { x: 0, y: 0 }],
  ["KR-26", { x: 300, y: 0 }],
  ["KR-27", { x: 0, y: 300 }],
  ["KR-28", { x: -300, y: -200 }],
  ["KR-29", { x: 20, y: 0 }],
]);
const flow = (from: string, to: string, value = 1): FlowToDraw => ({ from, to, value, width: 2, color: "#000" });
const dist = (a: { x: number; y: number }, x: number, y: number) => Math.hypot(a.x - x, a.y - y);

describe("render/flowGeometry", () => {
  it("arrows stop on the circle around the destination, not on its centre", () => {
    const curves = flowCurves([flow("KR-26", "KR-11"), flow("KR-27", "KR-11"), flow("KR-28", "KR-11")], anchors, identity);
    for (const c of curves) {
      expect(dist(anchors.get("KR-11")!, c.x1, c.y1)).toBeCloseTo(END_RADIUS, 5);
      expect(dist(anchors.get(c.from)!, c.x0, c.y0)).toBeCloseTo(START_RADIUS, 5);
    }
  });

  it("flows from different divisions end at different points around the destination", () => {
    const curves = flowCurves([flow("KR-26", "KR-11"), flow("KR-27", "KR-11"), flow("KR-28", "KR-11")], anchors, identity);
    const ends = curves.map((c) => [c.x1, c.y1] as const);
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) expect(Math.hypot(ends[i]![0] - ends[j]![0], ends[i]![1] - ends[j]![1])).toBeGreaterThan(10);
    }
  });

  it("A→B and B→A end at different points, and the end is where the curve heads (tangent towards the control point)", () => {
    const [a, b] = flowCurves([flow("KR-11", "KR-26", 1), flow("KR-26", "KR-11", 2)], anchors, identity);
    expect(Math.hypot(a!.x1 - b!.x0, a!.y1 - b!.y0)).toBeGreaterThan(5);
    const c = a!;
    const q = anchors.get("KR-26")!;
    const cross = (c.x1 - q.x) * (c.cy - q.y) - (c.y1 - q.y) * (c.cx - q.x);
    expect(Math.abs(cross)).toBeLessThan(1e-6);
  });

  it("short flows keep at least half their length", () => {
    const [c] = flowCurves([flow("KR-11", "KR-29")], anchors, identity);
    expect(dist({ x: c!.x0, y: c!.y0 }, c!.x1, c!.y1)).toBeGreaterThan(9);
  });
});
