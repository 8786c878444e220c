// The colour theme: the page's data-theme attribute switches the panels' stylesheet
// (ui/present/present.css), and the map's own colours come from style/mapTheme.ts, the table the legend
// and the exported pictures read too.
import type { AtlasReadStore } from "../state/store.ts";
import { mapTheme, type MapTheme } from "../style/mapTheme.ts";
import type { AtlasRenderer } from "./sigma/createRenderer.ts";

/**
 * Applies the store's theme to the page and the renderer, now and whenever the returned update
 * sees it change; `onChange` redraws the map's own layers.
 */
export function bindTheme(renderer: AtlasRenderer, store: AtlasReadStore, onChange: (theme: MapTheme) => void): () => void {
  let seen: string | null = null;
  const apply = () => {
    const { theme } = store.getState();
    if (theme === seen) return;
    seen = theme;
    document.documentElement.dataset.theme = theme;
    const colors = mapTheme(theme);
    renderer.getContainer().style.background = colors.sea;
    renderer.setSetting("labelColor", { color: colors.companyLabel.ink });
    onChange(colors);
  };
  apply();
  return apply;
}
