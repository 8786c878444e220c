// The page colours of both themes, read from ui/present/present.css itself: every text colour reaches
// 4.5:1 on the backgrounds it is set on, every line that marks a control 3:1.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AA, contrastRatio } from "../../src/style/contrast.ts";
import { MAP_THEMES } from "../../src/style/mapTheme.ts";

const css = readFileSync(new URL("../../src/ui/present/present.css", import.meta.url), "utf8");

/** The custom properties of every block whose selector is `selector`, later blocks winning. */
function variables(selector: string): Record<string, string> {
  const out: Record<string, string> = {};
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const block of css.matchAll(new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`, "g"))) {
    for (const [, name, value] of block[1]!.matchAll(/--([\w-]+):\s*([^;]+);/g)) out[name!] = value!.trim();
  }
  return out;
}

const light = variables(':root, [data-theme="light"]');
// Dark overrides what it names; the rest is inherited from :root.
const THEMES = { light, dark: { ...light, ...variables('html[data-theme="dark"]') } };

const SURFACES = ["panel", "page", "head", "hover", "active"];
const NOTICES = ["notice-info", "notice-sample", "notice-pending", "notice-error"];
/** Text colour → the backgrounds it is drawn on. */
const TEXT_ON: Record<string, string[]> = {
  ink: [...SURFACES, "selected", "selected-active", "code-bg", ...NOTICES],
  muted: [...SURFACES, ...NOTICES],
  accent: SURFACES,
  "error-ink": ["panel", "head"],
  "on-accent": ["accent-fill"],
  "matrix-ink": ["panel"],
};
/** Lines that identify a control or a key (borders of fields and buttons, the focus ring, swatch rings). */
const GRAPHIC_ON: Record<string, string[]> = {
  "control-line": ["panel", "page"],
  accent: ["panel", "page"],
  "swatch-outline": ["panel"],
  "accent-fill": ["panel", "page"],
};

describe("the page colours of each theme", () => {
  it("reads every variable it checks from present.css", () => {
    for (const vars of Object.values(THEMES)) {
      for (const name of [...Object.keys(TEXT_ON), ...Object.values(TEXT_ON).flat(), ...Object.keys(GRAPHIC_ON)]) expect(vars[name], name).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(THEMES.dark.panel).not.toBe(THEMES.light.panel);
  });

  for (const [theme, vars] of Object.entries(THEMES)) {
    it(`${theme}: text reaches ${AA.text}:1 on every background it is set on`, () => {
      const faint: string[] = [];
      for (const [fore, backs] of Object.entries(TEXT_ON)) {
        for (const back of backs) {
          const ratio = contrastRatio(vars[fore]!, vars[back]!);
          if (ratio < AA.text) faint.push(`--${fore} on --${back}: ${ratio.toFixed(2)}`);
        }
      }
      expect(faint).toEqual([]);
    });

    it(`${theme}: control borders, the focus ring and swatch rings reach ${AA.graphic}:1`, () => {
      const faint: string[] = [];
      for (const [fore, backs] of Object.entries(GRAPHIC_ON)) {
        for (const back of backs) {
          const ratio = contrastRatio(vars[fore]!, vars[back]!);
          if (ratio < AA.graphic) faint.push(`--${fore} on --${back}: ${ratio.toFixed(2)}`);
        }
      }
      expect(faint).toEqual([]);
    });

    it(`${theme}: the page's sea before the map mounts is the map's own sea`, () => {
      expect(vars["map-sea"]!.toLowerCase()).toBe(MAP_THEMES[theme as keyof typeof MAP_THEMES].sea.toLowerCase());
    });
  }
});
