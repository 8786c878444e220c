import { describe, expect, it } from "vitest";
import { ALL_TYPES_FLOW_COLOR, buildFlowScene } from "../../../src/render/layers/flowScene.ts";
import { MAP_THEMES } from "../../../src/style/mapTheme.ts";
import { SAMPLE } from "../handMatrix.ts";

const scale = Object.assign((v: number) => v / 100, { domainMax: 900 }) as never;
const anchors = new Map([["KR-11", { x: 0, y: 0 }], ["KR-26", { x: 1, y: 1 }], ["KR-31", { x: 2, y: 0 }]]);

function scene(linkTypes: ("technology" | "production" | "sales" | "other")[], lang?: "ko" | "en") {
  return buildFlowScene({ flowMeasure: "weight", filter: { linkTypes }, hoveredFlow: null, ...(lang ? { lang } : {}) }, SAMPLE, SAMPLE.flows, scale, anchors);
}

describe("render/flowScene", () => {
  it("colours the flows by the filter's one link type, neutral for all or several", () => {
    expect(new Set(scene(["production"]).flows.map((f) => f.color))).toEqual(new Set([MAP_THEMES.light.flowTypes.production]));
    expect(new Set(scene([]).flows.map((f) => f.color))).toEqual(new Set([ALL_TYPES_FLOW_COLOR]));
    expect(new Set(scene(["production", "sales"]).flows.map((f) => f.color))).toEqual(new Set([ALL_TYPES_FLOW_COLOR]));
  });

  it("takes the dark theme's inks on a projector, and says whose colours they are", () => {
    const dark = buildFlowScene({ flowMeasure: "weight", filter: { linkTypes: ["sales"] }, hoveredFlow: null, theme: "dark" }, SAMPLE, SAMPLE.flows, scale, anchors);
    expect(new Set(dark.flows.map((f) => f.color))).toEqual(new Set([MAP_THEMES.dark.flowTypes.sales]));
    expect(dark.theme).toBe("dark");
    expect(scene([]).theme).toBe("light");
  });

  it("draws each flow's whole value: the flows already count only what the filter keeps", () => {
    // Busan → Ulsan: production 100 + technology 0 of amount.
    expect(scene(["production"]).flows.find((f) => f.from === "KR-26" && f.to === "KR-31")?.value).toBe(100);
    expect(scene([]).flows.find((f) => f.from === "KR-11" && f.to === "KR-26")?.value).toBe(900);
  });

  it("passes the language on, so the numbers on the largest flows read 만/억 or k/M", () => {
    expect(scene([], "en").lang).toBe("en");
    expect(scene([], "ko").lang).toBe("ko");
  });
});
