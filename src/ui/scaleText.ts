// How the UI names a scale: the boundary vintage, preceded by the region level when it is not
// the provinces (the matrix note, exports' captions, the status line).
import { parseScale, type RegionScale } from "../model/scale.ts";
import type { MessageKey } from "../i18n/index.ts";

export function scaleText(t: (key: MessageKey) => string, scale: RegionScale): string {
  const { level, vintage } = parseScale(scale);
  const boundaries = t(`vintage.${vintage}` as MessageKey);
  if (level === "division") return boundaries;
  const name = level.startsWith("grouping:") ? t("regionLevel.grouping:user") : t(`regionLevel.${level}` as MessageKey);
  return `${name} · ${boundaries}`;
}
