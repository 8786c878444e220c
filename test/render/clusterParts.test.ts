import { describe, expect, it } from "vitest";
import { BoxSet, centredBox, labelCandidates, overlaps } from "../../src/render/layers/labelBoxes.ts";
import { HALO_MIN_MEMBERS, haloOf } from "../../src/render/layers/communityHalos.ts";
import { companyLabel, METRIC_SIZE, metricSize } from "../../src/render/bindings/nodeStyle.ts";
import { communityColor, COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, categoryPalette } from "../../src/style/palette.ts";

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

describe("render/nodeStyle and community colours", () => {
  it("sizes grow with the square root of the metric, within bounds", () => {
    expect(metricSize(undefined)).toBe(METRIC_SIZE.min);
    expect(metricSize(0)).toBe(METRIC_SIZE.min);
    expect(metricSize(1)).toBe(METRIC_SIZE.max);
    expect(metricSize(4)).toBe(METRIC_SIZE.max);
    expect(metricSize(0.25) - METRIC_SIZE.min).toBeCloseTo((METRIC_SIZE.max - METRIC_SIZE.min) / 2);
  });
  it("English labels use name_en where there is one", () => {
    const data = { label: "다스코", company: { id: "a", name: "다스코", nameEn: "DASCO", division: "KR-26", attributes: {} } };
    expect(companyLabel(data, "en")).toBe("DASCO");
    expect(companyLabel(data, "ko")).toBe("다스코");
    expect(companyLabel({ ...data, company: { ...data.company, nameEn: undefined } } as never, "en")).toBe("다스코");
  });
  it("the largest communities keep their colours, the rest are grey", () => {
    expect(communityColor(0)).toBe(COMMUNITY_COLORS[0]);
    expect(communityColor(COMMUNITY_COLORS.length)).toBe(OTHER_COMMUNITY_COLOR);
    expect(communityColor(undefined)).toBe(OTHER_COMMUNITY_COLOR);
    expect(new Set(COMMUNITY_COLORS).size).toBe(COMMUNITY_COLORS.length);
  });
  it("a categorical column's most common values get colours, in order of count", () => {
    const palette = categoryPalette(["b", "a", "b", undefined, "c", "b", "a"]);
    expect([...palette.keys()]).toEqual(["b", "a", "c"]);
  });
});

describe("render/reducers nodeColorOf", () => {
  const node = (extra: Record<string, unknown> = {}) =>
    ({ label: "a", color: "#123456", division: "KR-11", company: { id: "a", name: "a", division: "KR-11", attributes: { 규모: "대" } }, ...extra }) as never;
  const view = (nodeColorBy: string, colorAttribute: string | null = null) =>
    ({ state: { nodeColorBy, colorAttribute, vintage: "2023" }, industries: new Map(), attributes: new Map([["대", "#E69F00"]]) }) as never;

  it("colours by the community the metrics wrote onto the node, grey before they exist", async () => {
    const { nodeColorOf } = await import("../../src/render/bindings/companyDisplay.ts");
    expect(nodeColorOf(node({ m_community: 1 }), view("community"))).toBe(COMMUNITY_COLORS[1]);
    expect(nodeColorOf(node(), view("community"))).toBe(OTHER_COMMUNITY_COLOR);
  });

  it("colours by the chosen column's value, grey without one", async () => {
    const { nodeColorOf } = await import("../../src/render/bindings/companyDisplay.ts");
    expect(nodeColorOf(node(), view("attribute", "규모"))).toBe("#E69F00");
    expect(nodeColorOf(node(), view("attribute", "없는 열"))).not.toBe("#E69F00");
    expect(nodeColorOf(node(), view("division"))).toBe("#123456");
  });
});
