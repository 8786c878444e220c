import { describe, expect, it } from "vitest";
import { COMMUNITY_COLORS, divisionColor, OTHER_COMMUNITY_COLOR } from "../../../src/style/palette.ts";

describe("render/bindings/companyDisplay nodeColorOf", () => {
  const node = (extra: Record<string, unknown> = {}) =>
    ({ label: "a", color: "#123456", division: "KR-11", place: "KR-11", company: { id: "a", name: "a", division: "KR-11", attributes: { 규모: "대" } }, ...extra }) as never;
  const view = (nodeColorBy: string, colorAttribute: string | null = null, regionLevel = "division") =>
    ({ state: { nodeColorBy, colorAttribute, vintage: "2023", regionLevel }, industries: new Map(), attributes: new Map([["대", "#E69F00"]]) }) as never;

  it("colours by the community the metrics wrote onto the node, grey before they exist", async () => {
    const { nodeColorOf } = await import("../../../src/render/bindings/companyDisplay.ts");
    expect(nodeColorOf(node({ m_community: 1 }), view("community"))).toBe(COMMUNITY_COLORS[1]);
    expect(nodeColorOf(node(), view("community"))).toBe(OTHER_COMMUNITY_COLOR);
  });

  it("colours by the chosen column's value, grey without one", async () => {
    const { nodeColorOf } = await import("../../../src/render/bindings/companyDisplay.ts");
    expect(nodeColorOf(node(), view("attribute", "규모"))).toBe("#E69F00");
    expect(nodeColorOf(node(), view("attribute", "없는 열"))).not.toBe("#E69F00");
    expect(nodeColorOf(node(), view("division"))).toBe("#123456");
  });

  it("colours a company by its region at a grouping level: every member of a super-region alike", async () => {
    const { nodeColorOf } = await import("../../../src/render/bindings/companyDisplay.ts");
    const ulsan = node({ division: "KR-31", place: "KR-31" });
    const busan = node({ division: "KR-26", place: "KR-26" });
    const daegu = node({ division: "KR-27", place: "KR-27" });
    const atSuper = view("division", null, "super-region");
    expect(nodeColorOf(ulsan, atSuper)).toBe(divisionColor("KR-26"));
    expect(nodeColorOf(busan, atSuper)).toBe(nodeColorOf(ulsan, atSuper));
    expect(nodeColorOf(daegu, atSuper)).not.toBe(nodeColorOf(ulsan, atSuper));
    // At the divisions the stored colour stands.
    expect(nodeColorOf(ulsan, view("division"))).toBe("#123456");
  });
});
