// The flat node attributes assignMetrics writes, described once so colouring, sizing,
// filtering and export can list them without knowing CompanyMetrics' shape.
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import type { CompanyMetrics } from "./types.ts";

export type MetricKind = "numeric" | "categorical";

export interface MetricKeyInfo {
  /** Node attribute name; all start with "m_" so they never clash with data columns. */
  key: string;
  labelKo: string;
  labelEn: string;
  kind: MetricKind;
  read: (m: CompanyMetrics) => number;
}

export const METRIC_PREFIX = "m_";
/**
 * The whole network's metrics beside a view's own in a "what is shown" export: a name of their
 * own, so no reader or researcher takes them for metrics of the companies and links the file holds.
 */
export const NETWORK_METRIC_PREFIX = "network_m_";

const TYPE_KO: Record<LinkType, string> = { technology: "기술협력", production: "생산", sales: "판매", other: "기타" };
const TYPE_EN: Record<LinkType, string> = { technology: "technology", production: "production", sales: "sales", other: "other" };

const perType = LINK_TYPES.flatMap((type): MetricKeyInfo[] => [
  {
    key: `m_crossPartners_${type}`,
    labelKo: `타 시도 ${TYPE_KO[type]} 거래 상대 수`,
    labelEn: `Partners in other divisions (${TYPE_EN[type]})`,
    kind: "numeric",
    read: (m) => m.cross[type].partners,
  },
  {
    key: `m_crossLinks_${type}`,
    labelKo: `타 시도 ${TYPE_KO[type]} 연결 수`,
    labelEn: `Links with other divisions (${TYPE_EN[type]})`,
    kind: "numeric",
    read: (m) => m.cross[type].links,
  },
]);

export const METRIC_KEYS: readonly MetricKeyInfo[] = [
  { key: "m_degree", labelKo: "연결 수", labelEn: "Links", kind: "numeric", read: (m) => m.degree },
  { key: "m_inDegree", labelKo: "들어오는 연결 수 (공급받음)", labelEn: "Incoming links (supplied by)", kind: "numeric", read: (m) => m.inDegree },
  { key: "m_outDegree", labelKo: "나가는 연결 수 (공급함)", labelEn: "Outgoing links (supplies)", kind: "numeric", read: (m) => m.outDegree },
  { key: "m_weightedDegree", labelKo: "연결 금액 합계", labelEn: "Summed link weight", kind: "numeric", read: (m) => m.weightedDegree },
  { key: "m_pagerank", labelKo: "페이지랭크", labelEn: "PageRank", kind: "numeric", read: (m) => m.pagerank },
  { key: "m_betweenness", labelKo: "매개 중심성", labelEn: "Betweenness", kind: "numeric", read: (m) => m.betweenness },
  { key: "m_community", labelKo: "커뮤니티", labelEn: "Community", kind: "categorical", read: (m) => m.community },
  { key: "m_partnerDivisions", labelKo: "협력 타 시도 수", labelEn: "Other divisions among partners", kind: "numeric", read: (m) => m.partnerDivisions },
  { key: "m_crossPartners", labelKo: "타 시도 거래 상대 수", labelEn: "Partners in other divisions", kind: "numeric", read: (m) => m.cross.all.partners },
  { key: "m_crossLinks", labelKo: "타 시도 연결 수", labelEn: "Links with other divisions", kind: "numeric", read: (m) => m.cross.all.links },
  { key: "m_crossWeight", labelKo: "타 시도 연결 금액", labelEn: "Link weight with other divisions", kind: "numeric", read: (m) => m.cross.all.weight },
  { key: "m_crossPartnerShare", labelKo: "타 시도 거래 상대 비율", labelEn: "Share of partners in other divisions", kind: "numeric", read: (m) => m.crossPartnerShare },
  { key: "m_crossWeightShare", labelKo: "타 시도 연결 금액 비율", labelEn: "Share of link weight with other divisions", kind: "numeric", read: (m) => m.crossWeightShare },
  ...perType,
];
