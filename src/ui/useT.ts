import { useCallback } from "react";
import { translate, type MessageKey } from "../i18n/index.ts";
import { inRegionWords } from "../i18n/regionWords.ts";
import { useAtlas } from "./useAtlas.ts";
import { levelOf } from "../model/scale.ts";
import { scaleOf } from "../state/regionScale.ts";

/** Messages in the UI language, naming the regions of the level shown (i18n/regionWords.ts). */
export function useT() {
  const lang = useAtlas((s) => s.lang);
  // The words of the regions drawn: the municipality level zoomed out draws provinces (state/regionScale.ts).
  const level = useAtlas((s) => levelOf(scaleOf(s)));
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => inRegionWords(translate(lang, key, params), lang, key, level), [lang, level]);
}
