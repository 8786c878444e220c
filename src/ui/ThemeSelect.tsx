import type { Theme } from "../state/presentSlice.ts";
import { useActions, useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

/** Light for print, dark for projectors; the map's canvases follow (render/theme.ts). */
export function ThemeSelect() {
  const t = useT();
  const actions = useActions();
  const theme = useAtlas((s) => s.theme);
  return (
    <label className="control">
      <span>{t("theme.label")}</span>
      <select value={theme} onChange={(e) => actions.setTheme(e.currentTarget.value as Theme)} data-testid="theme-select">
        <option value="light">{t("theme.light")}</option>
        <option value="dark">{t("theme.dark")}</option>
      </select>
    </label>
  );
}
