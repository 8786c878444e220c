// Per-company display values the node reducer sets: plain functions of a node's attributes,
// so they are tested without a renderer.
import type { Lang } from "../../i18n/index.ts";
import type { CompanyNode } from "../../graph/types.ts";

/** Smallest and largest drawn size (sigma pixels at the home zoom) when size stands for a metric. */
export const METRIC_SIZE = { min: 2.5, max: 14 } as const;

/**
 * A company's size under the division flows with the "small" setting, whatever size stands for:
 * 2,000 dots sized by a metric buried the flows; dots of this size show where companies are
 * without covering the flows drawn over them.
 */
export const FLOW_LEVEL_COMPANY_SIZE = 2;

/** Area grows with the metric: radius with its square root, so a company twice as central does not look four times bigger. */
export function metricSize(relative: number | undefined): number {
  const r = relative === undefined || !(relative > 0) ? 0 : Math.min(1, relative);
  return METRIC_SIZE.min + (METRIC_SIZE.max - METRIC_SIZE.min) * Math.sqrt(r);
}

/** The English name where the data has one (name_en), else the name as written. */
export function companyLabel(data: Pick<CompanyNode, "company" | "label">, lang: Lang): string {
  return lang === "en" && data.company.nameEn ? data.company.nameEn : data.label;
}
