// The embedded sample: real company names (korea.md section 3) with generated, illustrative
// links. Everything is derived from a fixed seed, so the output is byte-for-byte reproducible.

import type { DivisionCode, LinkType } from "../../src/model/types.ts";
import type { GraphPoint } from "../../src/geo/types.ts";
import { Random } from "../../src/geo/random.ts";
import { scriptDivision } from "./divisions.ts";
import { REGIONAL_LISTS, SUPER_REGIONAL, type Sector } from "./sampleCompanies.ts";
import { toCsv } from "./csv.ts";

export const COMPANY_COLUMNS = ["id", "name", "name_en", "division", "municipality", "industry", "tier"] as const;
export const LINK_COLUMNS = ["supplier", "buyer", "type", "weight", "year", "illustrative"] as const;

export const SAMPLE_SEED = 20240110; // the day the ten super-regional companies were named
export const SAMPLE_LINK_TARGET = 380;
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;

/** Link probability halves roughly every DISTANCE_SCALE * ln 2 graph units (1000 = all of Korea). */
const DISTANCE_SCALE = 260;
/** Extra weight of cross-division pairs that involve a super-regional company (x2 more if both are). */
const SUPER_CROSS_BOOST = 5;
/** Companies trade most with neighbours: pairs within one division weigh this much more. */
const SAME_DIVISION = 8;
const SAME_SECTOR = 3;
const RELATED: ReadonlyArray<readonly [Sector, Sector, number]> = [
  ["mobility-machinery", "energy", 1.6],
  ["software", "mobility-machinery", 1.8],
  ["software", "energy", 1.8],
  ["software", "medical", 1.3],
  ["food", "medical", 1.2],
];

export interface SampleCompany {
  id: string;
  name: string;
  nameEn?: string;
  division: DivisionCode;
  municipality?: string;
  industry?: string;
  tier: "super-regional" | "regional-innovation";
  /** Generation only; not written. */
  sector?: Sector;
}

export interface SampleLink {
  supplier: string;
  buyer: string;
  type: LinkType;
  /** KRW million. */
  weight: number;
  year: number;
}

export function sampleCompanies(): SampleCompany[] {
  const out: SampleCompany[] = [];
  for (const { division, companies } of REGIONAL_LISTS) {
    const slug = scriptDivision(division).slug;
    companies.forEach((listed, i) => {
      const id = `kr-${slug}-${String(i + 1).padStart(2, "0")}`;
      const sup = SUPER_REGIONAL.find((s) => s.name === listed.name);
      const company: SampleCompany = { id, name: listed.name, division, tier: sup ? "super-regional" : "regional-innovation" };
      if (sup) {
        company.nameEn = sup.nameEn;
        if (sup.municipality) company.municipality = sup.municipality;
        company.industry = sup.products;
        company.sector = sup.sector;
      } else if (listed.group) {
        company.industry = listed.group.industry;
        company.sector = listed.group.sector;
      }
      out.push(company);
    });
  }
  return out;
}

function affinity(a: Sector | undefined, b: Sector | undefined): number {
  if (!a || !b) return 1;
  if (a === b) return SAME_SECTOR;
  return RELATED.find(([x, y]) => (x === a && y === b) || (x === b && y === a))?.[2] ?? 0.8;
}

function pairWeight(s: SampleCompany, b: SampleCompany, anchors: ReadonlyMap<DivisionCode, GraphPoint>): number {
  const pa = anchors.get(s.division), pb = anchors.get(b.division);
  if (!pa || !pb) throw new Error(`scripts/sample: no anchor for ${s.division} or ${b.division}`);
  const cross = s.division !== b.division;
  let w = Math.exp(-Math.hypot(pa.x - pb.x, pa.y - pb.y) / DISTANCE_SCALE) * affinity(s.sector, b.sector);
  const supers = (s.tier === "super-regional" ? 1 : 0) + (b.tier === "super-regional" ? 1 : 0);
  if (!cross) w *= SAME_DIVISION;
  else if (supers > 0) w *= SUPER_CROSS_BOOST * supers;
  return w;
}

function linkType(rng: Random, s: SampleCompany, b: SampleCompany): LinkType {
  const techy = [s.sector, b.sector].some((x) => x === "software" || x === "medical");
  const weights = [0.25 + (techy ? 0.15 : 0), 0.36, 0.32 + (s.sector === "food" ? 0.2 : 0), 0.07];
  return (["technology", "production", "sales", "other"] as const)[rng.weighted(weights)] ?? "other";
}

const MEDIAN_KRW_MILLION: Record<LinkType, number> = { technology: 110, production: 420, sales: 280, other: 50 };

function linkAmount(rng: Random, type: LinkType, superInvolved: boolean): number {
  const raw = MEDIAN_KRW_MILLION[type] * Math.exp(0.8 * rng.normal()) * (superInvolved ? 1.8 : 1);
  return raw < 100 ? Math.max(5, Math.round(raw)) : Math.round(raw / 10) * 10;
}

function linkYear(rng: Random, superCross: boolean): number {
  // Super-regional cooperation was scored from 2024 on: lean those links to 2024-2025.
  if (superCross && rng.next() < 0.6) return 2024 + rng.int(2);
  return FIRST_YEAR + rng.int(LAST_YEAR - FIRST_YEAR + 1);
}

export function sampleLinks(
  companies: readonly SampleCompany[],
  anchors: ReadonlyMap<DivisionCode, GraphPoint>,
  seed = SAMPLE_SEED,
  target = SAMPLE_LINK_TARGET,
): SampleLink[] {
  const rng = new Random(seed, 0x5a17);
  const n = companies.length;
  const weights = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) weights[i * n + j] = pairWeight(companies[i]!, companies[j]!, anchors);
  }
  const links: SampleLink[] = [];
  const seen = new Set<string>();
  const linked = new Set<number>();
  const add = (i: number, j: number): void => {
    const s = companies[i]!, b = companies[j]!;
    const type = linkType(rng, s, b);
    const superInvolved = s.tier === "super-regional" || b.tier === "super-regional";
    const year = linkYear(rng, superInvolved && s.division !== b.division);
    const key = `${s.id}|${b.id}|${type}|${year}`;
    if (seen.has(key)) return;
    seen.add(key);
    linked.add(i).add(j);
    links.push({ supplier: s.id, buyer: b.id, type, weight: linkAmount(rng, type, superInvolved), year });
  };
  // Every company takes part in at least one link.
  for (let i = 0; i < n; i++) {
    if (linked.has(i)) continue;
    const asSupplier = rng.next() < 0.5;
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = asSupplier ? weights[i * n + j]! : weights[j * n + i]!;
    const j = rng.weighted(row);
    if (asSupplier) add(i, j);
    else add(j, i);
  }
  let total = 0;
  for (const w of weights) total += w;
  for (let attempts = 0; links.length < target && attempts < target * 20; attempts++) {
    const k = rng.weighted(weights, total);
    add(Math.floor(k / n), k % n);
  }
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  return links.sort((a, b) => cmp(a.supplier, b.supplier) || cmp(a.buyer, b.buyer) || a.year - b.year || cmp(a.type, b.type));
}

export function companiesCsv(companies: readonly SampleCompany[]): string {
  return toCsv(
    COMPANY_COLUMNS,
    companies.map((c) => [c.id, c.name, c.nameEn, scriptDivision(c.division).ko, c.municipality, c.industry, c.tier]),
  );
}

export function linksCsv(links: readonly SampleLink[]): string {
  return toCsv(LINK_COLUMNS, links.map((l) => [l.supplier, l.buyer, l.type, l.weight, l.year, "true"]));
}

export function buildSample(anchors: ReadonlyMap<DivisionCode, GraphPoint>, seed = SAMPLE_SEED) {
  const companies = sampleCompanies();
  const links = sampleLinks(companies, anchors, seed);
  return { companies, links, companiesCsv: companiesCsv(companies), linksCsv: linksCsv(links) };
}
