import { describe, expect, it } from "vitest";
import { AA, contrastRatio, onto } from "../../src/style/contrast.ts";
import { flowInk, MAP_THEMES, THEMES } from "../../src/style/mapTheme.ts";
import { LINK_TYPES } from "../../src/model/types.ts";
import { LINK_TYPE_COLORS } from "../../src/style/palette.ts";

const withAlpha = (hex: string, alpha: number) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
};

describe.each(THEMES)("the %s map theme", (name) => {
  const theme = MAP_THEMES[name];

  it("keeps every flow ink at 3:1 against the land at the opacity it is drawn with", () => {
    for (const type of ["all", ...LINK_TYPES] as const) {
      const ratio = contrastRatio(withAlpha(flowInk(name, type), theme.flowOpacity), theme.land);
      expect(ratio, `${type} flows`).toBeGreaterThanOrEqual(AA.graphic);
    }
  });

  it("writes every map text at 4.5:1 against its halo and against the land", () => {
    for (const [what, ink] of Object.entries({ division: theme.divisionName, company: theme.companyLabel, number: theme.flowNumber, community: theme.communityName })) {
      expect(contrastRatio(ink.ink, onto(ink.halo, theme.land)), `${what} on its halo`).toBeGreaterThanOrEqual(AA.text);
      expect(contrastRatio(ink.ink, theme.land), `${what} on the land`).toBeGreaterThanOrEqual(AA.text);
      expect(contrastRatio(ink.ink, theme.sea), `${what} on the sea`).toBeGreaterThanOrEqual(AA.text);
    }
  });

  it("draws a supply chain's links in an ink that stands out of the land", () => {
    expect(contrastRatio(theme.trace, theme.land)).toBeGreaterThanOrEqual(AA.graphic);
    expect(contrastRatio(theme.trace, theme.sea)).toBeGreaterThanOrEqual(AA.graphic);
  });

  it("lets receding links and faded companies recede: visible on the land, fainter than any flow", () => {
    const faintest = Math.min(...(["all", ...LINK_TYPES] as const).map((type) => contrastRatio(withAlpha(flowInk(name, type), theme.flowOpacity), theme.land)));
    for (const colour of [theme.recede, theme.dimmed]) {
      expect(contrastRatio(colour, theme.land)).toBeGreaterThanOrEqual(1.15);
      expect(contrastRatio(colour, theme.land)).toBeLessThan(faintest);
    }
  });

  it("outlines provinces visibly against the land", () => {
    expect(contrastRatio(theme.stroke, theme.land)).toBeGreaterThanOrEqual(name === "dark" ? AA.graphic : 1.5);
  });
});

it("the dark theme draws company links of every type at 3:1 against its land (the light theme keeps Okabe-Ito's hues)", () => {
  const dark = MAP_THEMES.dark;
  for (const type of LINK_TYPES) expect(contrastRatio(dark.linkTypes[type], dark.land), type).toBeGreaterThanOrEqual(AA.graphic);
  expect(MAP_THEMES.light.linkTypes).toEqual(LINK_TYPE_COLORS);
});
