import { describe, expect, it } from "vitest";
import { legendLayout } from "../../../src/render/export/legendLayout.ts";
import type { LegendModel } from "../../../src/render/legend/types.ts";

const rowsOf = (layout: ReturnType<typeof legendLayout>) => layout.items.filter((i) => i.kind === "row");

describe("the picture's legend layout", () => {
  it("wraps a long label onto a second line and makes its row taller, keeping the whole text listed", () => {
    const long = "엷은 원: 커뮤니티의 범위 (이름은 연결이 가장 많은 기업)";
    const model: LegendModel = { title: "범례", sections: [{ id: "halos", rows: [{ kind: "ring", color: "#E69F00", label: long }, { kind: "dot", color: "#000", label: "짧은 이름" }] }] };
    const layout = legendLayout(model);
    const [ring, dot] = rowsOf(layout) as Array<Extract<(typeof layout.items)[number], { kind: "row" }>>;
    expect(ring!.lines.length).toBe(2);
    expect(ring!.lines.join(" ").replace(/\s+/g, "")).toBe(long.replace(/\s+/g, ""));
    expect(ring!.height).toBeGreaterThan(dot!.height);
    expect(dot!.y).toBeGreaterThanOrEqual(ring!.y + ring!.height);
    expect(layout.texts).toEqual([long, "짧은 이름"]);
    expect(layout.width).toBeLessThanOrEqual(340);
  });

  it("puts a grid section's keys in two columns, side by side", () => {
    const model: LegendModel = { title: "범례", sections: [{ id: "nodes", grid: true, rows: ["서울", "부산", "대구"].map((label) => ({ kind: "dot" as const, color: "#123456", label })) }] };
    const [a, b, c] = rowsOf(legendLayout(model));
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(c!.y).toBeGreaterThan(a!.y);
    expect(c!.x).toBe(a!.x);
  });
});
