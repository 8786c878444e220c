import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AtlasState } from "../../../src/state/store.ts";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import { renderInApp, testApp } from "../appHarness.tsx";
import { FlowMatrix } from "../../../src/ui/analytics/FlowMatrix.tsx";
import { SAMPLE } from "../../render/handMatrix.ts";
import { noFilter } from "../../../src/state/view/filterField.ts";

type Tag = Record<string, string>;

/** Opening tags of one element name, attributes decoded; enough for React's static markup. */
function tags(html: string, name: string): Tag[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...(m[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", (a[2] ?? "").replace(/&amp;/g, "&")])),
  );
}

const cellsOf = (html: string) => tags(html, "rect").filter((t) => t["data-from"] !== undefined);
const labels = (html: string, axis: "row" | "col") => tags(html, "g").filter((t) => t["data-axis"] === axis);

let app: AtlasApp;

function render(state: Partial<AtlasState>): string {
  return renderInApp(app, state, <FlowMatrix matrix={SAMPLE} onClose={() => {}} onDownloadCsv={() => {}} />);
}

describe("ui/FlowMatrix", () => {
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    app.dispose();
  });

  it("draws a cell per division pair with its value, rows and columns in the store's sort order", () => {
    const html = render({ lang: "ko", matrixSort: "total", flowMeasure: "count" });
    expect(html).toContain('data-testid="flow-matrix"');
    expect(html).toContain("시도 간 흐름 행렬");
    // count volumes: Busan 10, Ulsan 8, Seoul 4
    expect(labels(html, "row").map((t) => t["data-division"])).toEqual(["KR-26", "KR-31", "KR-11"]);
    expect(labels(html, "col").map((t) => t["data-division"])).toEqual(["KR-26", "KR-31", "KR-11"]);
    expect(html).toMatch(/>부산<\/text>.*>울산<\/text>.*>서울<\/text>/);
    const cells = cellsOf(html);
    expect(cells).toHaveLength(9);
    expect(cells.map((c) => `${c["data-from"]}>${c["data-to"]}=${c["data-value"]}`)).toEqual([
      "KR-26>KR-26=4",
      "KR-26>KR-31=7",
      "KR-26>KR-11=0",
      "KR-31>KR-26=0",
      "KR-31>KR-31=0",
      "KR-31>KR-11=1",
      "KR-11>KR-26=3",
      "KR-11>KR-31=0",
      "KR-11>KR-11=0",
    ]);
    expect(html).toContain("<title>부산 → 울산: 연결 7개</title>");
    // One tab stop for the grid, arrows for the rest.
    expect(cells.filter((c) => c.tabindex === "0")).toHaveLength(1);
  });

  it("follows the region sort and the measure from the store", () => {
    const html = render({ lang: "en", matrixSort: "region", flowMeasure: "weight" });
    expect(labels(html, "row").map((t) => t["data-division"])).toEqual(["KR-11", "KR-26", "KR-31"]);
    expect(html).toMatch(/>Seoul<\/text>.*>Busan<\/text>.*>Ulsan<\/text>/);
    const busanUlsan = cellsOf(html).find((c) => c["data-from"] === "KR-26" && c["data-to"] === "KR-31");
    expect(busanUlsan?.["data-value"]).toBe("100");
    expect(html).toContain("<title>Busan → Ulsan: KRW 100 million</title>");
    const sort = tags(html, "div").find((t) => t["data-testid"] === "matrix-sort");
    expect(sort).toBeDefined();
    expect(html).toMatch(/aria-pressed="true"[^>]*>By region</);
    expect(html).toMatch(/aria-pressed="false"[^>]*>By volume</);
  });

  it("draws the diagonal apart from the flows and explains it", () => {
    const html = render({ lang: "ko", matrixSort: "region", flowMeasure: "count" });
    const diagonal = cellsOf(html).filter((c) => c["data-from"] === c["data-to"]);
    expect(diagonal).toHaveLength(3);
    for (const c of diagonal) {
      expect(c.class).toContain("internal");
      expect(c.fill).toMatch(/^url\(#matrix-hatch-/);
    }
    expect(html).toContain("부산 안: 연결 4개");
    expect(html).toContain("대각선: 같은 시도 안의 연결 (흐름 아님)");
    // Empty pairs are white; flows take a colour from the ramp.
    const empty = cellsOf(html).find((c) => c["data-from"] === "KR-31" && c["data-to"] === "KR-26");
    expect(empty?.fill).toBe("#fff");
    const flow = cellsOf(html).find((c) => c["data-from"] === "KR-26" && c["data-to"] === "KR-31");
    expect(flow?.fill).toMatch(/^rgb\(/);
  });

  it("highlights the cell, its row and its column when the map hovers a flow", () => {
    const none = render({ lang: "ko", matrixSort: "region", hoveredFlow: null });
    expect(none).not.toContain("hovered");
    const html = render({ lang: "ko", matrixSort: "region", hoveredFlow: { from: "KR-26", to: "KR-31" } });
    const hovered = cellsOf(html).filter((c) => c.class?.split(" ").includes("hovered"));
    expect(hovered.map((c) => `${c["data-from"]}>${c["data-to"]}`)).toEqual(["KR-26>KR-31"]);
    expect(tags(html, "rect").filter((t) => t.class === "matrix-hover-ring")).toHaveLength(1);
    expect(labels(html, "row").filter((t) => t.class?.includes("hovered")).map((t) => t["data-division"])).toEqual(["KR-26"]);
    expect(labels(html, "col").filter((t) => t.class?.includes("hovered")).map((t) => t["data-division"])).toEqual(["KR-31"]);
  });

  it("marks selected divisions on both axes", () => {
    const html = render({ lang: "ko", matrixSort: "region", selectedDivisions: ["KR-31"] });
    const pressed = [...labels(html, "row"), ...labels(html, "col")].filter((t) => t["aria-pressed"] === "true");
    expect(pressed.map((t) => t["data-division"])).toEqual(["KR-31", "KR-31"]);
    expect(pressed.every((t) => t.role === "button" && t.tabindex === "0")).toBe(true);
  });

  it("states the legend unit in Korean and English for both measures", () => {
    expect(render({ lang: "ko", flowMeasure: "count" })).toContain("단위: 연결 수 · 모든 유형");
    expect(render({ lang: "en", flowMeasure: "count" })).toContain("Unit: links · All types");
    // The matrix counts what the filter keeps, so the legend names the filter's link types.
    expect(render({ lang: "ko", flowMeasure: "weight", filter: { ...noFilter(), linkTypes: ["sales"] } })).toContain("단위: 금액(백만 원) · 판매");
    expect(render({ lang: "en", flowMeasure: "count", filter: { ...noFilter(), linkTypes: ["production", "sales"] } })).toContain("Unit: links · Production, Sales");
    const en = render({ lang: "en", flowMeasure: "weight", filter: noFilter() });
    expect(en).toContain("Unit: amount (KRW million) · All types");
    expect(en).toContain("Download matrix as CSV");
    // Legend ends at the largest cross-division value (Seoul → Busan, 900), not at the diagonal.
    expect(en).toMatch(/>900<\/span><\/div>/);
  });
});

describe("ui/FlowMatrix cell numbers", () => {
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.dispose());

  it("writes each non-empty cross-division value in its cell, none on the diagonal or in empty pairs", () => {
    const html = render({ lang: "en", matrixSort: "total", flowMeasure: "count" });
    const numbers = tags(html, "text").filter((t) => t["data-number-from"] !== undefined);
    const expected = cellsOf(html).filter((c) => c["data-from"] !== c["data-to"] && Number(c["data-value"]) > 0);
    expect(numbers.map((t) => `${t["data-number-from"]}>${t["data-number-to"]}`)).toEqual(expected.map((c) => `${c["data-from"]}>${c["data-to"]}`));
    expect(html).toMatch(/data-number-from="KR-26" data-number-to="KR-31"[^>]*>7<\/text>/);
  });
});

describe("render/matrixLayout cellText", () => {
  it("writes the compact number of the language, fewer digits when three do not fit, never an empty pair", async () => {
    const { cellText, lightInk } = await import("../../../src/render/analytics/matrixLayout.ts");
    expect(cellText(0, "ko", 30, 10)).toBeNull();
    expect(cellText(7, "ko", 30, 10)).toBe("7");
    // A positive amount too small to round to 0.1 still shows that a flow is there.
    expect(cellText(0.04, "ko", 30, 10)).toBe("<0.1");
    expect(cellText(661_597, "ko", 40, 10)).toBe("66.2만");
    expect(cellText(661_597, "en", 40, 10)).toBe("662k");
    expect(cellText(255_000, "ko", 40, 10)).toBe("25.5만");
    // Too narrow for three digits: two, then one.
    expect(cellText(661_597, "ko", 24, 10)).toBe("66만");
    expect(cellText(12_345, "en", 24, 10)).toBe("12k");
    expect(cellText(1.2e8, "ko", 40, 10)).toBe("1.2억");
    expect(cellText(2.25, "en", 30, 10)).toBe("2.3");
    expect(cellText(661_597, "ko", 5, 10)).toBeNull();
    // Dark cells take light text; the largest is always dark, an empty one never.
    expect(lightInk(100, 100)).toBe(true);
    expect(lightInk(1, 100)).toBe(false);
    expect(lightInk(0, 0)).toBe(false);
  });

  it("sizes cells so the widest number fits", async () => {
    const { widestCellText } = await import("../../../src/render/analytics/matrixLayout.ts");
    expect(widestCellText([0, 7, 661_597], "ko", 10)).toBeGreaterThan(widestCellText([7], "ko", 10));
    expect(widestCellText([], "en", 10)).toBe(0);
  });
});
