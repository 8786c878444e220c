import { useCallback } from "react";
import { translate, type MessageKey } from "../i18n/index.ts";
import { inRegionWords } from "../i18n/regionWords.ts";
import { useAtlas } from "./useAtlas.ts";

/** Messages in the UI language, naming the regions of the level shown (i18n/regionWords.ts). */
export function useT() {
  const lang = useAtlas((s) => s.lang);
  const level = useAtlas((s) => s.regionLevel);
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => inRegionWords(translate(lang, key, params), lang, key, level), [lang, level]);
}
