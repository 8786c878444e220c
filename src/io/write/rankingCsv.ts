// The super-regional ranking as CSV (one row per company, parts per link type) and as the plain
// JSON `inspect --rank` prints. Names, ids and tiers come from user files and may be hostile
// ("=cmd|..."): every cell goes through csvCell, the one place for escaping.

import { regionLabel } from "../../regions/units.ts";
import type { RankedCompany, ScorePart } from "../../graph/ranking/types.ts";
import { translate, type Lang } from "../../i18n/index.ts";
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import { csvLine } from "./csvCell.ts";

export interface RankingCsvOptions {
  /** Prefix a UTF-8 BOM so Korean Excel opens the file as UTF-8 rather than CP949. */
  bom?: boolean;
}

const PART_KEYS = ["breadth", "volume", "value"] as const;

const HEAD = {
  en: {
    fixed: ["rank", "id", "name", "division", "division_name", "tier", "designated", "score"],
    parts: { breadth: "breadth", volume: "volume", value: "value" },
    yes: "yes",
    no: "no",
  },
  ko: {
    fixed: ["순위", "기업ID", "기업명", "시도코드", "시도", "구분", "초광역권 선도기업", "점수"],
    parts: { breadth: "폭", volume: "양", value: "값" },
    yes: "예",
    no: "아니오",
  },
} as const;

// Six decimals: enough to tell near-ties apart, few enough to read.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

function typeName(lang: Lang, type: LinkType): string {
  return lang === "en" ? type : translate(lang, `linkType.${type}`);
}

/** The header row of the ranking CSV (and of the national ranking download) in `lang`. */
export function rankingHeader(lang: Lang): string[] {
  const head = HEAD[lang];
  return [...head.fixed, ...LINK_TYPES.flatMap((t) => PART_KEYS.map((k) => `${typeName(lang, t)}_${head.parts[k]}`))];
}

/** One company's cells under rankingHeader: division names in `lang`, numbers to six decimals. */
export function rankingCells(r: RankedCompany, lang: Lang): Array<string | number | undefined> {
  const head = HEAD[lang];
  return [
    r.rank,
    r.id,
    r.name,
    r.division,
    regionLabel(r.division, lang, "full"),
    r.tier,
    r.designated ? head.yes : head.no,
    round(r.score),
    ...LINK_TYPES.flatMap((t) => PART_KEYS.map((k) => round(r.parts[t][k]))),
  ];
}

/**
 * Columns: rank, id, name, division code, division name, tier, designated, score, then
 * breadth, volume and value per link type (technology, production, sales, other). Headers and
 * division names in `lang`; rows in rank order; CRLF line ends.
 */
export function rankingToCsv(ranked: readonly RankedCompany[], lang: Lang = "ko", opts: RankingCsvOptions = {}): string {
  const rows = [...ranked].sort((a, b) => a.rank - b.rank).map((r) => csvLine(rankingCells(r, lang)));
  return (opts.bom ? "\ufeff" : "") + [csvLine(rankingHeader(lang)), ...rows].join("\r\n") + "\r\n";
}

export interface RankedCompanyJson {
  rank: number;
  id: string;
  name: string;
  division: string;
  tier: string | null;
  designated: boolean;
  score: number;
  parts: Record<LinkType, ScorePart>;
}

/** Fresh plain objects in rank order and a fixed key order; a missing tier becomes null so JSON keeps the key. */
export function rankingToJson(ranked: readonly RankedCompany[]): RankedCompanyJson[] {
  return [...ranked]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      rank: r.rank,
      id: r.id,
      name: r.name,
      division: r.division,
      tier: r.tier ?? null,
      designated: r.designated,
      score: r.score,
      parts: Object.fromEntries(LINK_TYPES.map((t) => [t, { breadth: r.parts[t].breadth, volume: r.parts[t].volume, value: r.parts[t].value }])) as Record<LinkType, ScorePart>,
    }));
}
