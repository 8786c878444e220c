import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { buildSample, COMPANY_COLUMNS, LINK_COLUMNS } from "../../scripts/lib/sample.ts";
import { sampleStats } from "../../scripts/lib/sampleStats.ts";
import { SCRIPT_DIVISIONS } from "../../scripts/lib/divisions.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const companiesText = read("data/sample/companies.csv");
const linksText = read("data/sample/links.csv");
const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
const companies = parse(companiesText);
const links = parse(linksText);

const SUPER = ["서울에프앤비", "인성메디칼", "한국바이오켐제약", "오토렉스", "구영테크", "원텍", "휴비스", "조인트리", "우영메디칼", "다스코"];

describe("data/sample", () => {
  it("is what the generator produces (run npm run data:sample after changing it)", () => {
    const sample = buildSample(createKoreaGeo(KOREA_TOPO).anchors("2023"));
    expect(sample.companiesCsv).toBe(companiesText);
    expect(sample.linksCsv).toBe(linksText);
  });

  it("has exactly the canonical columns, UTF-8 without BOM", () => {
    expect(companies.errors).toEqual([]);
    expect(links.errors).toEqual([]);
    expect(companies.meta.fields).toEqual([...COMPANY_COLUMNS]);
    expect(links.meta.fields).toEqual([...LINK_COLUMNS]);
    expect(companiesText.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("lists the 87 reported companies, the ten super-regional ones tagged", () => {
    const rows = companies.data;
    expect(rows).toHaveLength(87);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.id).toMatch(/^kr-[a-z]+-\d{2}$/);
      expect(SCRIPT_DIVISIONS.map((d) => d.ko)).toContain(r.division);
      expect(r.lat).toBeUndefined();
    }
    const supers = rows.filter((r) => r.tier === "super-regional");
    expect(supers.map((r) => r.name).sort()).toEqual([...SUPER].sort());
    for (const r of supers) expect(r.name_en && r.industry).toBeTruthy();
    expect(rows.filter((r) => r.tier === "regional-innovation")).toHaveLength(77);
    // Industry only where the reference gives one: the ten and Daegu's groups.
    const withIndustry = rows.filter((r) => r.industry);
    expect(withIndustry).toHaveLength(10 + 6);
    expect(rows.find((r) => r.name === "다스코")).toMatchObject({ id: "kr-busan-05", division: "부산", name_en: "DASCO" });
    expect(rows.find((r) => r.name === "서울에프앤비")?.industry).toBe("dairy, fermented milk, health foods, beverages");
    const byDivision = new Map<string, number>();
    for (const r of rows) byDivision.set(r.division ?? "", (byDivision.get(r.division ?? "") ?? 0) + 1);
    expect(byDivision.size).toBe(14);
    expect(byDivision.has("서울") || byDivision.has("경기") || byDivision.has("인천")).toBe(false);
  });

  it("places the companies whose location the sources give in their municipality, with nothing to report", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const ds = readFiles([{ name: "companies.csv", bytes: encode(companiesText) }, { name: "links.csv", bytes: encode(linksText) }]);
    const placed = Object.fromEntries(ds.companies.filter((c) => c.municipalityCode).map((c) => [c.name, c.municipalityCode]));
    // korea.md section 3: Hoengseong-gun, Wonju, Jeonui-myeon (세종), Yuseong-gu, Jincheon, Gangseo-gu (Noksan).
    expect(placed).toEqual({ 서울에프앤비: "51730", 인성메디칼: "51130", 한국바이오켐제약: "36110", 원텍: "30200", 우영메디칼: "43750", 다스코: "26440" });
    expect(ds.report.warnings.filter((w) => w.reason.endsWith("-municipality"))).toEqual([]);
  });

  it("has 300-450 plausible, illustrative links", () => {
    const ids = new Set(companies.data.map((r) => r.id));
    const rows = links.data;
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.length).toBeLessThanOrEqual(450);
    const keys = new Set<string>();
    for (const r of rows) {
      expect(ids.has(r.supplier ?? "")).toBe(true);
      expect(ids.has(r.buyer ?? "")).toBe(true);
      expect(r.supplier).not.toBe(r.buyer);
      expect(["technology", "production", "sales", "other"]).toContain(r.type);
      expect(r.illustrative).toBe("true");
      expect(Number(r.weight)).toBeGreaterThan(0);
      expect(Number.isInteger(Number(r.weight))).toBe(true);
      expect(Number(r.year)).toBeGreaterThanOrEqual(2019);
      expect(Number(r.year)).toBeLessThanOrEqual(2025);
      keys.add(`${r.supplier}|${r.buyer}|${r.type}|${r.year}`);
    }
    expect(keys.size).toBe(rows.length);
  });

  it("mixes link types and divisions, the super-regional companies reaching furthest", () => {
    const sample = buildSample(createKoreaGeo(KOREA_TOPO).anchors("2023"));
    const stats = sampleStats(sample.companies, sample.links);
    expect(stats.byType.technology).toBeGreaterThan(50);
    expect(stats.byType.production).toBeGreaterThan(50);
    expect(stats.byType.sales).toBeGreaterThan(50);
    expect(stats.byType.other).toBeGreaterThan(0);
    expect(stats.byType.other).toBeLessThan(stats.links * 0.15);
    expect(stats.crossDivisionShare).toBeGreaterThan(0.3);
    expect(stats.crossDivisionShare).toBeLessThan(0.85);
    expect(stats.crossLinksPerCompany.superRegional).toBeGreaterThan(2.5 * stats.crossLinksPerCompany.regionalInnovation);
    // Every company takes part in at least one link.
    const linked = new Set(sample.links.flatMap((l) => [l.supplier, l.buyer]));
    expect(linked.size).toBe(sample.companies.length);
  });
});
