// Counts that describe a generated sample (printed by generateSample, checked by tests).

import type { LinkType } from "../../src/model/types.ts";
import type { SampleCompany, SampleLink } from "./sample.ts";

export interface SampleStats {
  companies: number;
  superRegional: number;
  links: number;
  byType: Record<LinkType, number>;
  crossDivisionShare: number;
  /** Mean number of cross-division links per company, by tier. */
  crossLinksPerCompany: { superRegional: number; regionalInnovation: number };
  years: [number, number];
}

export function sampleStats(companies: readonly SampleCompany[], links: readonly SampleLink[]): SampleStats {
  const byId = new Map(companies.map((c) => [c.id, c]));
  const byType: Record<LinkType, number> = { technology: 0, production: 0, sales: 0, other: 0 };
  const crossCount = new Map<string, number>();
  let cross = 0;
  for (const l of links) {
    byType[l.type]++;
    const s = byId.get(l.supplier), b = byId.get(l.buyer);
    if (s && b && s.division !== b.division) {
      cross++;
      crossCount.set(s.id, (crossCount.get(s.id) ?? 0) + 1);
      crossCount.set(b.id, (crossCount.get(b.id) ?? 0) + 1);
    }
  }
  const mean = (tier: SampleCompany["tier"]): number => {
    const group = companies.filter((c) => c.tier === tier);
    return group.reduce((sum, c) => sum + (crossCount.get(c.id) ?? 0), 0) / Math.max(1, group.length);
  };
  const years = links.map((l) => l.year);
  return {
    companies: companies.length,
    superRegional: companies.filter((c) => c.tier === "super-regional").length,
    links: links.length,
    byType,
    crossDivisionShare: Math.round((cross / Math.max(1, links.length)) * 1000) / 1000,
    crossLinksPerCompany: {
      superRegional: Math.round(mean("super-regional") * 10) / 10,
      regionalInnovation: Math.round(mean("regional-innovation") * 10) / 10,
    },
    years: [Math.min(...years), Math.max(...years)],
  };
}
