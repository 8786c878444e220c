// The import report as `inspect` prints it. A summary bundle holds the nation only as tables
// (flows, division rows, the manifest's counts) and a graph of a few companies' ego networks,
// so its top-level counts are the nation's, from the manifest, and the graph's are named as
// the ego networks they are: reading the ego graph's size as the whole misled every reader.

import { allStrings, numbersUnder, stringAt, type SummaryData } from "../../src/graph/summary/columns.ts";
import { DEFAULT_WEIGHTS } from "../../src/graph/ranking/weights.ts";
import { SUMMARY_STAT_TYPES } from "../../src/model/summary.ts";
import { STORED_VINTAGE, type Dataset, type Vintage } from "../../src/model/types.ts";
import { toVintage } from "../../src/regions/divisions.ts";

const brief = ({ file, row, reason, message }: Dataset["report"]["rejected"][number]) => ({ file, row, reason, message });

function nationalDivisions(summary: SummaryData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of summary.divisions) if (row.vintage === STORED_VINTAGE && row.companies > 0) out[row.division] = row.companies;
  return out;
}

export function reportJson(dataset: Dataset, summary?: SummaryData) {
  const { report } = dataset;
  const common = {
    label: dataset.label,
    illustrative: dataset.illustrative,
    files: report.files,
    rejected: report.rejected.map(brief),
    warnings: report.warnings.map(brief),
  };
  if (!summary) {
    return {
      ...common,
      scope: "network" as const,
      companies: report.companies,
      links: report.links,
      crossProvinceLinks: report.crossProvinceLinks,
      divisions: report.divisions,
    };
  }
  const { rows, ego } = summary.manifest;
  return {
    ...common,
    scope: "summary" as const,
    companies: rows.companies,
    links: rows.links,
    crossProvinceLinks: rows.crossLinks,
    divisions: nationalDivisions(summary),
    read: { companies: rows.companiesRead, links: rows.linksRead },
    egoNetworks: {
      companies: report.companies,
      links: report.links,
      crossProvinceLinks: report.crossProvinceLinks,
      top: ego.topK,
      focus: ego.focus,
      divisions: report.divisions,
    },
  };
}

/**
 * `--rank` of a summary bundle: the nation's companies by the score the bundle carries (default
 * weights, as the aggregate computed it), with their cross-division partners, links and amount
 * per link type, under `vintage`. Ranks are ordinal in score order, ties by id.
 */
export function summaryRankingJson(summary: SummaryData, vintage: Vintage) {
  const { companies } = summary;
  const numbers = numbersUnder(summary, vintage);
  const order = Array.from({ length: companies.count }, (_v, i) => i);
  const ids = allStrings(companies.text.id);
  order.sort((a, b) => numbers.score[b]! - numbers.score[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const text = (column: keyof typeof companies.text, i: number) => stringAt(companies.text[column], i) || null;
  return {
    vintage,
    scope: "summary" as const,
    weights: { ...DEFAULT_WEIGHTS },
    companies: order.map((i, k) => ({
      rank: k + 1,
      id: ids[i]!,
      name: text("name", i),
      division: toVintage(companies.divisionCodes[companies.division[i]!]!, vintage),
      tier: text("tier", i),
      score: numbers.score[i]!,
      partnerDivisions: numbers.partnerDivisions[i]!,
      cross: Object.fromEntries(SUMMARY_STAT_TYPES.map((t) => {
        const c = numbers.cross[t];
        return [t, { partners: c.partners[i]!, links: c.links[i]!, weight: c.weight[i]! }];
      })),
    })),
  };
}
