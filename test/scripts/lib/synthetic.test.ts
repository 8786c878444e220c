import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { syntheticNetwork, DIVISION_SHARE } from "../../../scripts/lib/synthetic.ts";
import { COMPANY_COLUMNS, LINK_COLUMNS } from "../../../scripts/lib/sample.ts";
import { SCRIPT_DIVISIONS } from "../../../scripts/lib/divisions.ts";
import { getMunicipality, resolveMunicipality } from "../../../src/regions/municipalities.ts";

const parse = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe("scripts/lib/synthetic", () => {
  const net = syntheticNetwork({ companies: 3000, links: 12000, seed: 7 });
  const companies = parse(net.companiesCsv);
  const links = parse(net.linksCsv);

  it("writes the canonical columns and the requested counts", () => {
    expect(companies.errors).toEqual([]);
    expect(links.errors).toEqual([]);
    expect(companies.meta.fields).toEqual([...COMPANY_COLUMNS]);
    expect(links.meta.fields).toEqual([...LINK_COLUMNS]);
    expect(companies.data).toHaveLength(3000);
    expect(links.data).toHaveLength(12000);
  });

  it("with municipalities, adds a 시군구 of each company's division and changes nothing else", () => {
    const placed = syntheticNetwork({ companies: 3000, links: 12000, seed: 7, municipalities: true });
    expect(placed.linksCsv).toBe(net.linksCsv);
    const rows = parse(placed.companiesCsv);
    expect(rows.meta.fields).toEqual(COMPANY_COLUMNS.map((c) => (c === "municipality" ? "시군구" : c)));
    const codeOf = new Map(SCRIPT_DIVISIONS.map((d) => [d.ko, d.code]));
    const used = new Set<string>();
    rows.data.forEach((r, i) => {
      const { 시군구: place, ...rest } = r;
      expect(rest).toEqual({ ...companies.data[i], municipality: undefined });
      const match = resolveMunicipality(place!, codeOf.get(r.division!));
      expect(match.kind, place).toBe("found");
      if (match.kind === "found") {
        expect(getMunicipality(match.code)!.division).toBe(codeOf.get(r.division!));
        used.add(match.code);
      }
    });
    expect(used.size).toBeGreaterThan(200);
  });

  it("is deterministic per seed", () => {
    expect(syntheticNetwork({ companies: 3000, links: 12000, seed: 7 })).toEqual(net);
    expect(syntheticNetwork({ companies: 3000, links: 12000, seed: 8 }).linksCsv).not.toBe(net.linksCsv);
  });

  it("spreads companies over all 17 divisions with the capital region largest", () => {
    const counts = new Map<string, number>();
    for (const r of companies.data) counts.set(r.division ?? "", (counts.get(r.division ?? "") ?? 0) + 1);
    expect(counts.size).toBe(17);
    const ko = (code: string) => SCRIPT_DIVISIONS.find((d) => d.code === code)?.ko ?? "";
    const gyeonggi = counts.get(ko("KR-41")) ?? 0;
    expect(gyeonggi / 3000).toBeCloseTo(DIVISION_SHARE["KR-41"] ?? 0, 1);
    for (const [division, n] of counts) if (division !== ko("KR-41")) expect(n).toBeLessThanOrEqual(gyeonggi);
    expect(new Set(companies.data.map((r) => r.id)).size).toBe(3000);
  });

  it("writes ISO codes on request", () => {
    const iso = parse(syntheticNetwork({ companies: 100, links: 10, divisionStyle: "iso" }).companiesCsv);
    for (const r of iso.data) expect(r.division).toMatch(/^KR-\d\d$/);
  });

  it("makes no self-links or duplicates, only known ids", () => {
    const ids = new Set(companies.data.map((r) => r.id));
    const keys = new Set<string>();
    let same = 0;
    const division = new Map(companies.data.map((r) => [r.id, r.division]));
    for (const r of links.data) {
      expect(r.supplier).not.toBe(r.buyer);
      expect(ids.has(r.supplier ?? "") && ids.has(r.buyer ?? "")).toBe(true);
      keys.add(`${r.supplier}|${r.buyer}|${r.type}|${r.year}`);
      if (division.get(r.supplier ?? "") === division.get(r.buyer ?? "")) same++;
    }
    expect(keys.size).toBe(links.data.length);
    expect(same / links.data.length).toBeGreaterThan(0.4);
    expect(same / links.data.length).toBeLessThan(0.8);
  });

  it("stops short rather than looping when asked for more links than pairs allow", () => {
    const tiny = parse(syntheticNetwork({ companies: 3, links: 1000 }).linksCsv);
    expect(tiny.data.length).toBeLessThanOrEqual(3 * 2 * 4 * 7);
  });

  it("generates 100k companies and 500k links in a few seconds", () => {
    const t = performance.now();
    const big = syntheticNetwork({ companies: 100_000, links: 500_000, seed: 3 });
    const ms = performance.now() - t;
    expect(big.linksCsv.split("\n").length).toBe(500_002);
    expect(ms).toBeLessThan(8000);
  }, 20_000);
});
