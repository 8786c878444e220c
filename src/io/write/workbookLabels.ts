// The words of an exported workbook in the user's language: sheet names and the headers of the
// sheets we make up (flows, ranking, report, metadata). The companies and links sheets keep
// the data's own column names, which the readers know, so a workbook loads back as data.
// Kept apart from workbook.ts so the writer only places what it is given. The made-up headers
// must match no reader vocabulary ("순위 기업ID", not "기업ID"), or reading the workbook back
// would take the ranking for a companies table.

import { translate, type Lang } from "../../i18n/index.ts";
import type { LinkType } from "../../model/types.ts";

export interface WorkbookLabels {
  lang: Lang;
  sheets: { companies: string; links: string; matrix: string; list: string; ranking: string; report: string; metadata: string };
  /** Top-left cell of the matrix sheet: what it counts, which way it reads, the vintage. */
  matrixCorner: (vintage: string) => string;
  list: { vintage: string; kind: string; from: string; fromName: string; to: string; toName: string; count: string; weight: string; byType: (t: LinkType) => string };
  kind: { flow: string; internal: string };
  ranking: { rank: string; id: string; name: string; division: string; tier: string; designated: string; score: string; value: (t: LinkType) => string };
  report: { file: string; row: string; severity: string; reason: string; detail: string; message: string; rejected: string; warning: string };
  metadata: { entry: string; text: string };
}

const typeName = (lang: Lang, t: LinkType) => translate(lang, `linkType.${t}`);

const KO: WorkbookLabels = {
  lang: "ko",
  sheets: { companies: "기업", links: "연결", matrix: "시도 간 흐름 행렬", list: "시도 간 흐름 목록", ranking: "순위", report: "가져오기 보고", metadata: "정보" },
  matrixCorner: (vintage) => `연결 수: 행 공급 시도 → 열 수요 시도 (경계 기준 ${vintage}); 대각선 = 같은 시도 안`,
  list: {
    vintage: "경계 기준", kind: "흐름 종류", from: "공급 시도 코드", fromName: "공급 시도", to: "수요 시도 코드", toName: "수요 시도",
    count: "연결 수", weight: "금액 합계(백만 원)", byType: (t) => `연결 수_${typeName("ko", t)}`,
  },
  kind: { flow: "흐름", internal: "시도 안" },
  ranking: {
    rank: "순위", id: "순위 기업ID", name: "순위 기업명", division: "순위 시도코드", tier: "순위 구분", designated: "초광역권 선도기업", score: "점수",
    value: (t) => `${typeName("ko", t)}_값`,
  },
  report: { file: "파일", row: "행", severity: "처리", reason: "사유", detail: "내용", message: "설명", rejected: "제외", warning: "경고" },
  metadata: { entry: "항목", text: "내용" },
};

// The English words are the ones the workbook always had, so existing readers of it keep working.
const EN: WorkbookLabels = {
  lang: "en",
  sheets: { companies: "companies", links: "links", matrix: "division flows", list: "division flow list", ranking: "ranking", report: "import report", metadata: "metadata" },
  matrixCorner: (vintage) => `links: rows supply, columns buy (${vintage}); diagonal = internal`,
  list: {
    vintage: "vintage", kind: "flow_kind", from: "supplying_division", fromName: "supplying_name", to: "buying_division", toName: "buying_name",
    count: "link_count", weight: "summed_weight", byType: (t) => `links_${t}`,
  },
  kind: { flow: "flow", internal: "internal" },
  ranking: { rank: "rank", id: "ranked_id", name: "ranked_name", division: "ranked_division", tier: "ranked_tier", designated: "designated", score: "score", value: (t) => `value_${t}` },
  report: { file: "file", row: "row", severity: "severity", reason: "reason", detail: "detail", message: "message", rejected: "rejected", warning: "warning" },
  metadata: { entry: "entry", text: "text" },
};

export function workbookLabels(lang: Lang): WorkbookLabels {
  return lang === "ko" ? KO : EN;
}
