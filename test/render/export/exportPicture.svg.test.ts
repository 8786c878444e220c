import { describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { svgDocument } from "../../../src/render/export/exportPicture.ts";
import { pictureLayout } from "../../../src/render/export/layout.ts";
import { escapeXml, safeColor, wrapText } from "../../../src/render/export/svgText.ts";
import { EMPTY_SCENE } from "../../../src/render/layers/flowLayer.ts";
import type { LegendModel, PictureOptions, PictureScene } from "../../../src/render/export/types.ts";

const HOSTILE = ['<script>alert(1)</script>', '" onload="x', "javascript:alert(1)", "a&b ]]> \u0001"];

function scene(): PictureScene {
  const square = (x: number, y: number) => [[x, y, x + 1, y, x + 1, y + 1, x, y + 1]];
  return {
    width: 400,
    height: 300,
    view: { x: 0, y: 0, width: 400, height: 300 },
    background: "#fcfdfe",
    theme: "light",
    transform: [100, 0, 0, -100, 50, 250],
    provinces: {
      visible: true,
      shapes: [
        { code: "KR-11", rings: square(0, 0), label: "서울", anchor: { x: 0.5, y: 0.5 } },
        { code: "KR-26", rings: square(2, 0), label: "부산", anchor: { x: 2.5, y: 0.5 } },
      ],
      fills: new Map([["KR-11", "#E8ECF0"], ["KR-26", 'red" onclick="x']]),
      stroke: "#A3AEBA",
      names: { ink: "#333", halo: "rgba(255,255,255,0.9)" },
    },
    flows: EMPTY_SCENE,
    companiesUnderFlows: false,
    edges: [
      { x0: 10, y0: 10, cx: 50, cy: 5, x1: 100, y1: 100, width: 2, color: "#0072B2", r1: 4, head: 5 },
      { x0: 100, y0: 100, cx: 150, cy: 120, x1: 200, y1: 50, width: 1, color: "url(javascript:alert(1))", r1: 4, head: 0 },
    ],
    nodes: [{ x: 10, y: 10, r: 4, color: "#4E79A7" }, { x: 100, y: 100, r: 4, color: "#CC79A7" }],
    labels: HOSTILE.map((text, i) => ({ x: 20, y: 20 + i * 14, text })),
    labelStyle: { size: 12, weight: "500", fill: "#000", halo: { color: "#fff", width: 3 } },
    divisionNames: [{ label: "서울", anchor: { x: 0.5, y: 0.5 } }],
    halos: [{ community: 0, x: 200, y: 150, radius: 40, name: "공동체 <이름>", color: "#E69F00", box: { x: 150, y: 100, w: 100, h: 14 } }],
  };
}

const legend: LegendModel = {
  title: "범례",
  sections: [
    { id: "flows", heading: "흐름 (연결 수)", rows: [{ kind: "line", color: "#34495E", width: 4, label: "10" }, { kind: "bars", colors: ["#E69F00", "#56B4E9", "#9A9A9A"], label: "out · in · internal" }] },
    { id: "nodes", rows: [{ kind: "ramp", colors: ["#fff", "#00f"], lo: "0", hi: "100" }, { kind: "dot", color: "#4E79A7", label: HOSTILE[0]! }] },
  ],
};

const options = (over: Partial<PictureOptions> = {}): PictureOptions => ({
  size: { scale: 2 },
  text: { title: "부산의 공급망 <b>", caption: "설명 " + HOSTILE[1], source: "출처: companies.csv (예시용 연결)" },
  legend,
  ink: { text: "#1f2933", muted: "#616e7c", panel: "#ffffff", line: "#d9dee3" },
  ...over,
});

function render(o = options()) {
  const s = scene();
  const layout = pictureLayout(s, o.size, o.text, o.legend);
  const text = [...svgDocument(s, layout, o)].join("");
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "image/svg+xml");
  return { text, doc, layout, errors };
}

/** Every element of the document, in document order. */
const allElements = (doc: ReturnType<DOMParser["parseFromString"]>) => Array.from(doc.getElementsByTagName("*"));

describe("SVG picture", () => {
  it("is well-formed, sized by the layout, with provinces, links, companies, labels and legend as elements", () => {
    const { doc, layout, errors } = render();
    expect(errors).toEqual([]);
    const svg = doc.documentElement!;
    expect(svg.tagName).toBe("svg");
    expect(svg.getAttribute("width")).toBe(String(layout.width));
    expect(svg.getAttribute("font-family")!.startsWith('"Noto Sans CJK KR"')).toBe(true);
    // The screen's order: provinces, links, flows, companies, labels, names over them, halos; then the legend.
    const groups = allElements(doc).filter((e) => e.tagName === "g").map((e) => e.getAttribute("id")).filter(Boolean);
    expect(groups).toEqual(["map", "view", "provinces", "links", "flows", "companies", "company-labels", "division-names", "halos", "legend", "caption", "source"]);
    const els = allElements(doc);
    expect(els.filter((e) => e.getAttribute("data-division")).map((e) => e.getAttribute("data-division"))).toEqual(["KR-11", "KR-26"]);
    expect(els.filter((e) => e.tagName === "circle").length).toBeGreaterThanOrEqual(2);
    const texts = els.filter((e) => e.tagName === "text").map((e) => e.textContent);
    expect(texts).toEqual(expect.arrayContaining(["서울", "부산", "범례", "흐름 (연결 수)", "공동체 <이름>", ...HOSTILE.slice(0, 3)]));
    expect(els.some((e) => e.getAttribute("id") === "legend")).toBe(true);
  });

  it("keeps hostile names as text: no script element, no event attribute, no javascript: URL", () => {
    const { doc } = render();
    const els = allElements(doc);
    expect(els.filter((e) => e.tagName.toLowerCase() === "script")).toEqual([]);
    for (const el of els) {
      for (let i = 0; i < el.attributes.length; i++) {
        const attr = el.attributes.item(i)!;
        expect(attr.name.toLowerCase().startsWith("on")).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain("javascript:");
      }
    }
    // A colour that is not a colour falls back rather than reaching an attribute.
    expect(safeColor('red" onclick="x')).toBe("#999999");
    expect(escapeXml('<a href="x">&')).toBe("&lt;a href=&quot;x&quot;&gt;&amp;");
  });

  it("sizes the page: scale multiplies, a fixed size fits and centres; title and footer add bands", () => {
    const s = scene();
    const plain = pictureLayout(s, { scale: 2 }, { title: "", caption: "", source: "" }, null);
    expect([plain.width, plain.height]).toEqual([800, 600]);
    expect(plain.map.x).toBe(0);
    const titled = pictureLayout(s, { scale: 1 }, { title: "T", caption: "C", source: "S" }, legend);
    expect(titled.height).toBeGreaterThan(300);
    expect(titled.map.y).toBeGreaterThan(0);
    const hd = pictureLayout(s, { size: { width: 1920, height: 1080 } }, { title: "", caption: "", source: "" }, null);
    expect([hd.width, hd.height]).toEqual([1920, 1080]);
    expect(hd.scale).toBeCloseTo(3.6);
    expect(hd.offsetX).toBeCloseTo((1920 - 400 * 3.6) / 2);
    const withLegend = pictureLayout(s, { scale: 1 }, { title: "", caption: "", source: "" }, legend);
    expect(withLegend.legend!.texts).toEqual(["10", "out · in · internal", "0 – 100", HOSTILE[0]]);
    // The legend sits beside the map, as on screen, never over it.
    expect(titled.legend!.x + titled.legend!.width).toBeLessThanOrEqual(titled.map.x);
    expect(titled.units.width).toBe(titled.map.x + 400);
  });

  it("wraps a long caption into at most three lines", () => {
    const lines = wrapText("가나다 ".repeat(80), 30, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith("…")).toBe(true);
  });
});
