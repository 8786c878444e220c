// The score's formula in words, with the weights in force, so the app can show what it ranked by.
import { translate, type Lang } from "../../i18n/index.ts";
import { LINK_TYPES } from "../../model/types.ts";
import type { RankingWeights } from "./types.ts";
import { resolveWeights } from "./weights.ts";

const num = (x: number) => String(Number(x.toFixed(3)));

const TEXT = {
  en: {
    score: "score",
    value: "value of a type",
    breadth: "breadth",
    volume: "volume",
    breadthRule:
      "breadth = average of (partner companies in other divisions ÷ the most any company has) and (partner divisions ÷ the most any company has); 0 for a type with no partner in another division",
    volumeRule:
      "volume = average of (links to or from other divisions ÷ the most any company has) and (their amount ÷ the largest amount); links alone when no link of that type has an amount",
    note: "Maxima are taken over all companies, for each link type. Partner divisions are counted over all link types.",
  },
  ko: {
    score: "점수",
    value: "유형별 값",
    breadth: "폭",
    volume: "양",
    breadthRule:
      "폭 = (타 시도 협력기업 수 ÷ 전체 기업 중 최댓값)과 (협력 시도 수 ÷ 최댓값)의 평균; 그 유형으로 타 시도 협력기업이 없으면 0",
    volumeRule:
      "양 = (타 시도와의 연계 수 ÷ 전체 기업 중 최댓값)과 (그 금액 ÷ 최댓값)의 평균; 그 유형에 금액이 있는 연계가 없으면 연계 수만",
    note: "최댓값은 거래유형마다 전체 기업에서 구합니다. 협력 시도 수는 모든 거래유형을 합쳐 셉니다.",
  },
} as const;

/** Four lines (score, value, breadth, volume) and a note, joined by "\n". */
export function formulaText(weights: Partial<RankingWeights>, lang: Lang): string {
  const w = resolveWeights(weights);
  const t = TEXT[lang];
  const total = LINK_TYPES.reduce((sum, type) => sum + w[type], 0);
  const terms = LINK_TYPES.map((type) => `${num(w[type])} × ${translate(lang, `linkType.${type}`)}`).join(" + ");
  return [
    `${t.score} = (${terms}) ÷ ${num(total)}`,
    `${t.value} = ${num(w.breadth)} × ${t.breadth} + ${num(1 - w.breadth)} × ${t.volume}`,
    t.breadthRule,
    t.volumeRule,
    t.note,
  ].join("\n");
}
