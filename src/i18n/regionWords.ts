// At a region level other than the provinces, the words that name the regions being aggregated
// (flows, matrix, legend, profile, status) must name that level's regions: "시도 간 흐름" becomes
// "초광역권 간 흐름". Only the messages listed here change: filters, vintages and the import
// report keep speaking of provinces, which is what they are about at every level.
import type { Lang, MessageKey } from "./index.ts";

const REGIONAL_PREFIXES = ["legend.flows", "legend.glyphs", "legend.divisions", "legend.choropleth", "legend.internal", "legend.company", "legend.byDivision", "legend.linksByDivision", "matrix.", "status.", "profile.", "level.divisions", "choropleth.", "controls.choropleth", "analytics.tab.division", "whatif.division", "whatif.flow", "chart.divisions", "panel.partners", "panel.ownDivision", "unit.divisions", "division.", "mode.between", "ranking.division", "controls.flowCompanies.idle", "nodeColor.division", "edgeColor.division", "metricsStep.cross", "table.col.crossLinks", "ranking.balance"];

interface Words {
  ko: string;
  en: [singular: string, plural: string];
}

const WORDS: Record<string, Words> = {
  municipality: { ko: "시군구", en: ["municipality", "municipalities"] },
  "super-region": { ko: "초광역권", en: ["super-region", "super-regions"] },
  "economic-region": { ko: "경제권", en: ["economic region", "economic regions"] },
  grouping: { ko: "권역", en: ["region", "regions"] },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function isRegional(key: MessageKey): boolean {
  return REGIONAL_PREFIXES.some((p) => key === p || (p.endsWith(".") && key.startsWith(p)));
}

/** Companies are coloured by division at the municipality level (state/regionScale.ts colourScaleOf). */
const COLOUR_KEYS = new Set<string>(["legend.divisions", "legend.company", "nodeColor.division"]);

/** `text` (the message `key` in `lang`) in the words of `level`; unchanged at the division level. */
export function inRegionWords(text: string, lang: Lang, key: MessageKey, level: string): string {
  if (level === "division" || !isRegional(key)) return text;
  if (level === "municipality" && COLOUR_KEYS.has(key)) return text;
  const words = WORDS[level.startsWith("grouping:") ? "grouping" : level];
  if (!words) return text;
  if (lang === "ko") return text.replace(/시도/g, words.ko);
  const [one, many] = words.en;
  return text
    .replace(/\bdivisions\b/g, many)
    .replace(/\bDivisions\b/g, capital(many))
    .replace(/\bdivision\b/g, one)
    .replace(/\bDivision\b/g, capital(one))
    .replace(/\bprovinces\b/g, many)
    .replace(/\bprovince\b/g, one);
}
