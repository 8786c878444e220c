// The colour theme reaches the canvases through CSS: the page's data-theme attribute switches a
// set of custom properties (ui/present.css), and the map reads them from there, so one
// stylesheet states every theme colour and no canvas hard-codes one.
import type { AtlasReadStore } from "../state/store.ts";
import type { AtlasRenderer } from "./createRenderer.ts";
import { DEFAULT_PROVINCE_STYLE, type ProvinceStyle } from "./provinceLayer.ts";

export interface ThemeColors {
  land: string;
  stroke: string;
  label: string;
  nodeLabel: string;
}

function read(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

export function readThemeColors(): ThemeColors {
  return {
    land: read("--map-land", DEFAULT_PROVINCE_STYLE.fill("KR-11")),
    stroke: read("--map-stroke", DEFAULT_PROVINCE_STYLE.stroke),
    label: read("--map-label", DEFAULT_PROVINCE_STYLE.labelColor),
    nodeLabel: read("--node-label", "#000000"),
  };
}

export function themedProvinceStyle(colors: ThemeColors): ProvinceStyle {
  return { ...DEFAULT_PROVINCE_STYLE, fill: () => colors.land, stroke: colors.stroke, labelColor: colors.label };
}

/** Applies the store's theme to the page and the renderer; `onChange` redraws the map's own layers. */
export function bindTheme(renderer: AtlasRenderer, store: AtlasReadStore, onChange: (colors: ThemeColors) => void): () => void {
  let seen: string | null = null;
  const apply = () => {
    const { theme } = store.getState();
    if (theme === seen) return;
    seen = theme;
    document.documentElement.dataset.theme = theme;
    const colors = readThemeColors();
    renderer.setSetting("labelColor", { color: colors.nodeLabel });
    onChange(colors);
  };
  apply();
  return store.subscribe(apply);
}
