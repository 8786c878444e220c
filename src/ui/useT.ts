import { useCallback } from "react";
import { translate, type MessageKey } from "../i18n/index.ts";
import { useAtlas } from "./useAtlas.ts";

export function useT() {
  const lang = useAtlas((s) => s.lang);
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
}
