import { MAP_THEMES } from "../../src/style/mapTheme.ts";
import { describe, expect, it } from "vitest";
import { communityColor, COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, OTHER_INDUSTRY_COLOR, TIER_COLORS, categoryPalette, industryPalette } from "../../src/style/palette.ts";
import { contrastRatio, parseColor } from "../../src/style/contrast.ts";

// The map backgrounds a company dot sits on: each theme's sea and land (ui/present/present.css --map-sea, --map-land).
// The map's backgrounds in both themes, from the table the canvases draw with.
const MAP_BACKGROUNDS = { "light sea": MAP_THEMES.light.sea, "light land": MAP_THEMES.light.land, "dark sea": MAP_THEMES.dark.sea, "dark land": MAP_THEMES.dark.land };
/** A dot must stand off every map background at least this much (a mid grey on white is about 2:1). */
const MIN_ON_MAP = 1.5;
/** CIE76 ΔE under which two colours of one scheme would be taken for each other (about 2.3 is just noticeable). */
const NEARLY_EQUAL = 20;

function lab(hex: string): [number, number, number] {
  const c = parseColor(hex)!;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [lin(c.r), lin(c.g), lin(c.b)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Colours shown together: the community (= industry, = any category) colours with the shared
// "other" colour, and the three tier colours.
const SCHEMES = {
  community: [...COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR],
  industry: [...new Set([...industryPalette(["a", "b", "c", "d", "e", "f", "g", "h"]).values()]), OTHER_INDUSTRY_COLOR],
  tier: Object.values(TIER_COLORS),
};

describe("node colours on both themes' maps", () => {
  it("the industry colours are the community colours, eight of them", () => {
    expect(SCHEMES.industry.slice(0, -1)).toEqual(COMMUNITY_COLORS);
    expect(COMMUNITY_COLORS).toHaveLength(8);
  });

  for (const [scheme, colors] of Object.entries(SCHEMES)) {
    it(`every ${scheme} colour stands off the light and dark sea and land (≥ ${MIN_ON_MAP}:1)`, () => {
      const faint: string[] = [];
      for (const color of colors) {
        for (const [where, back] of Object.entries(MAP_BACKGROUNDS)) {
          const ratio = contrastRatio(color, back);
          if (ratio < MIN_ON_MAP) faint.push(`${color} on ${where} ${ratio.toFixed(2)}:1`);
        }
      }
      expect(faint).toEqual([]);
    });

    it(`no two ${scheme} colours are nearly equal (ΔE ≥ ${NEARLY_EQUAL})`, () => {
      const close: string[] = [];
      for (let i = 0; i < colors.length; i++) {
        for (let j = i + 1; j < colors.length; j++) {
          const d = deltaE(colors[i]!, colors[j]!);
          if (d < NEARLY_EQUAL) close.push(`${colors[i]} ~ ${colors[j]} ΔE ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    });
  }

  it("the check itself catches the colours it replaced", () => {
    // Black vanished on the dark sea, the old yellow on the light land.
    // (The old dark grey tier colour, #3D3D3D, was 1.7:1 on the dark sea: faint, but over this floor.)
    expect(contrastRatio("#000000", MAP_BACKGROUNDS["dark sea"])).toBeLessThan(MIN_ON_MAP);
    expect(contrastRatio("#F0E442", MAP_BACKGROUNDS["light land"])).toBeLessThan(MIN_ON_MAP);
    expect(deltaE("#A8A8A8", "#ABABAB")).toBeLessThan(NEARLY_EQUAL);
    expect(deltaE("#E69F00", "#0072B2")).toBeGreaterThan(NEARLY_EQUAL);
  });

  it("any categorical column gets the same colours, in order of size", () => {
    const palette = categoryPalette(["x", "y", "y", "z", "z", "z"]);
    expect([...palette.entries()]).toEqual([["z", COMMUNITY_COLORS[0]], ["y", COMMUNITY_COLORS[1]], ["x", COMMUNITY_COLORS[2]]]);
  });
});

describe("style/palette community colours", () => {
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
