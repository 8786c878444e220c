// company-flows.csv and sole-suppliers.csv: the DuckDB aggregate writes the same bytes as the
// app's reference (graph/summary), the reference says what the declaration (model/summary.ts)
// says on data small enough to check by hand, and both hold on messy generated data.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_COMPANY_FLOW_COLUMNS, SUMMARY_FILES, SUMMARY_SOLE_SUPPLIER_COLUMNS } from "../../../../src/model/summary.ts";
import { aggregate, appBundle, appDataset, messyFiles, tempDir } from "./helpers.ts";

const lines = (csv: string) => csv.split("\r\n").slice(1).filter((l) => l !== "");

describe("national tables on hand-checked data", async () => {
  const dir = tempDir();
  const companies = join(dir, "companies.csv");
  const links = join(dir, "links.csv");
  // Gwangju (g1, g2) and Jeonnam (j1, j2) are two divisions in the stored vintage (one from 2026-07);
  // u1's division places it nowhere; lone has no links.
  writeFileSync(companies, [
    "id,name,division",
    "g1,광주정밀,광주광역시",
    "g2,광주소재,광주",
    "j1,전남에너지,전라남도",
    "j2,나주전자,Jeollanam-do",
    "s1,서울테크,서울특별시",
    "b1,부산기계,부산",
    "u1,어딘가,경기북도",
    "lone,혼자상사,서울",
  ].join("\n") + "\n");
  writeFileSync(links, [
    "supplier,buyer,type,weight,year",
    "g1,j1,technology,10,2023",
    "g1,j1,sales,5,2024", // j1 is g1's partner by two types
    "g1,g2,production,3,2023", // inside Gwangju
    "j2,g1,other,,2024", // no amount
    "s1,j2,production,7,2023",
    "b1,j2,sales,2,2022", // j2: two suppliers
    "s1,j1,technology,1,2023", // j1: two suppliers
    "g1,u1,sales,4,2023", // a partner without a division
    "j1,b1,production,6,",
    "j1,b1,production,6,2024", // b1: one supplier, two links
    "g1,g1,sales,1,2023", // a self-link: rejected on reading
  ].join("\n") + "\n");
  const dataset = appDataset([companies, links]);
  const expected = await appBundle(dataset, 3);
  const { files: got } = await aggregate({ companies: [companies], links: [links], topK: 3 });

  it.each([SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers])("the aggregate writes %s byte for byte as the app", (name) => {
    expect(got[name]).toBeDefined();
    expect(got[name]).toBe(expected[name]);
  });

  it("gives each company its links per partner division and type; all rows count a partner once", () => {
    const csv = got[SUMMARY_FILES.companyFlows]!;
    expect(csv.split("\r\n")[0]).toBe(SUMMARY_COMPANY_FLOW_COLUMNS.join(","));
    expect(lines(csv).filter((l) => l.startsWith("g1,"))).toEqual([
      "g1,,sales,1,4,0,0,1",
      "g1,,all,1,4,0,0,1",
      "g1,KR-29,production,1,3,0,0,1",
      "g1,KR-29,all,1,3,0,0,1",
      "g1,KR-46,technology,1,10,0,0,1",
      "g1,KR-46,sales,1,5,0,0,1",
      "g1,KR-46,other,0,0,1,0,1",
      // j1 (technology and sales) and j2 (other): two partners, where the type rows name three.
      "g1,KR-46,all,2,15,1,0,2",
    ]);
    // Gwangju and Jeonnam stay apart: the stored vintage's codes, never KR-GJN.
    expect(lines(csv).filter((l) => l.startsWith("j1,"))).toEqual([
      "j1,KR-11,technology,0,0,1,1,1",
      "j1,KR-11,all,0,0,1,1,1",
      "j1,KR-26,production,2,12,0,0,1",
      "j1,KR-26,all,2,12,0,0,1",
      "j1,KR-29,technology,0,0,1,10,1",
      "j1,KR-29,sales,0,0,1,5,1",
      "j1,KR-29,all,0,0,2,15,1",
    ]);
    expect(csv).not.toContain("KR-GJN");
    // A company without links has no rows; the unplaced one has its own.
    expect(lines(csv).some((l) => l.startsWith("lone,"))).toBe(false);
    expect(lines(csv).filter((l) => l.startsWith("u1,"))).toEqual(["u1,KR-29,sales,0,0,1,4,1", "u1,KR-29,all,0,0,1,4,1"]);
  });

  it("lists companies in the ranking order of companies.csv", () => {
    const ranking = lines(got[SUMMARY_FILES.companies]!).map((l) => l.split(",")[0]!);
    const blocks = lines(got[SUMMARY_FILES.companyFlows]!).map((l) => l.split(",")[0]!).filter((id, i, all) => id !== all[i - 1]);
    expect(new Set(blocks).size).toBe(blocks.length);
    expect(blocks).toEqual(ranking.filter((id) => blocks.includes(id)));
    expect(blocks).toHaveLength(7);
  });

  it("names every buyer with one supplier, by supplier then buyer", () => {
    const csv = got[SUMMARY_FILES.soleSuppliers]!;
    expect(csv.split("\r\n")[0]).toBe(SUMMARY_SOLE_SUPPLIER_COLUMNS.join(","));
    // j1 (g1, s1) and j2 (s1, b1) have two suppliers; s1 and lone buy nothing.
    expect(lines(csv)).toEqual(["g2,g1,1", "u1,g1,1", "b1,j1,2", "g1,j2,1"]);
  });
});

describe("national tables on messy generated data", async () => {
  const dir = tempDir();
  const files = messyFiles(dir, 5);
  const dataset = appDataset([files.companies, ...files.links]);
  const { files: got } = await aggregate({ companies: [files.companies], links: files.links, topK: 5 });
  // Written in parts of 7 companies (a national table is sorted part by part): the same bytes.
  const { files: parted } = await aggregate({ companies: [files.companies], links: files.links, topK: 5, flowPart: 7 });
  const expected = await appBundle(dataset, 5);
  const rows = lines(got[SUMMARY_FILES.companyFlows]!).map((l) => l.split(","));
  const companies = new Map(lines(got[SUMMARY_FILES.companies]!).map((l) => {
    const cells = l.split(",");
    return [cells[0]!, { inDegree: Number(cells[9]), outDegree: Number(cells[10]), weighted: Number(cells[12]) }];
  }));

  it("writes both tables byte for byte as the app, in one part or in many", () => {
    for (const name of [SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers]) {
      expect(got[name]).toBe(expected[name]);
      expect(parted[name]).toBe(expected[name]);
    }
  });

  it("has the cases the tables exist for", () => {
    const kinds = new Set(rows.map((r) => r[2]));
    expect([...kinds].sort()).toEqual(["all", "other", "production", "sales", "technology"]);
    // A partner division's all row with fewer partners than its type rows: partners linked by two types.
    const key = (r: string[]) => `${r[0]},${r[1]}`;
    const typePartners = new Map<string, number>();
    for (const r of rows) if (r[2] !== "all") typePartners.set(key(r), (typePartners.get(key(r)) ?? 0) + Number(r[7]));
    expect(rows.some((r) => r[2] === "all" && Number(r[7]) < typePartners.get(key(r))!)).toBe(true);
    const suppliersOf = new Map<string, Set<string>>();
    for (const l of dataset.links) suppliersOf.set(l.target, (suppliersOf.get(l.target) ?? new Set()).add(l.source));
    expect([...suppliersOf.values()].some((s) => s.size === 1)).toBe(true);
    expect([...suppliersOf.values()].some((s) => s.size >= 2)).toBe(true);
    expect(dataset.companies.some((c) => !suppliersOf.has(c.id) && !dataset.links.some((l) => l.source === c.id))).toBe(true);
  });

  it("adds each company's all rows up to its degrees and amounts in companies.csv", () => {
    const sums = new Map<string, { out: number; in: number; weight: number }>();
    for (const r of rows) {
      if (r[2] !== "all") continue;
      const s = sums.get(r[0]!) ?? { out: 0, in: 0, weight: 0 };
      s.out += Number(r[3]);
      s.in += Number(r[5]);
      s.weight += Number(r[4]) + Number(r[6]);
      sums.set(r[0]!, s);
    }
    for (const [id, c] of companies) {
      const s = sums.get(id) ?? { out: 0, in: 0, weight: 0 };
      expect([id, s.out, s.in, s.weight]).toEqual([id, c.outDegree, c.inDegree, c.weighted]);
    }
  });

  it("lists exactly the buyers whose links all come from one supplier", () => {
    const suppliers = new Map<string, Map<string, number>>();
    for (const l of dataset.links) {
      const m = suppliers.get(l.target) ?? new Map<string, number>();
      m.set(l.source, (m.get(l.source) ?? 0) + 1);
      suppliers.set(l.target, m);
    }
    const sole = [...suppliers].filter(([, m]) => m.size === 1).map(([buyer, m]) => {
      const [supplier, n] = [...m][0]!;
      return `${buyer},${supplier},${n}`;
    });
    expect(sole.length).toBeGreaterThan(5);
    expect(lines(got[SUMMARY_FILES.soleSuppliers]!).sort()).toEqual(sole.sort());
  });
});
