// The aggregate keeps what the app keeps: companies whose division no vintage places (kept
// without one, warned), and a division and municipality read from an address column.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUMMARY_FILES } from "../../../../src/model/summary.ts";
import { aggregate, appBundle, appDataset, tempDir } from "./helpers.ts";

describe("aggregate with addresses and unplaced companies equals the app", async () => {
  const dir = tempDir();
  const companies = join(dir, "companies.csv");
  const links = join(dir, "links.csv");
  writeFileSync(companies, [
    "id,회사명,본사 소재지",
    "p1,판교테크,경기도 성남시 분당구 판교역로 166",
    "s1,서울소재,서울특별시 강남구 테헤란로 1",
    "n1,나주에너지,전남 나주시 빛가람로 10",
    "t1,Teheran Labs,\"123 Teheran-ro, Gangnam-gu, Seoul\"",
    "x1,어딘가,경기북도 가상시 1",
    "x2,빈칸,",
  ].join("\n") + "\n");
  writeFileSync(links, ["supplier,buyer,type,weight,year", "p1,s1,생산,3,2024", "x1,s1,생산,5,2024", "n1,x2,기술,1,2024", "t1,s1,판매,2,2024", "x1,x2,생산,1,2024"].join("\n") + "\n");
  const dataset = appDataset([companies, links]);
  const expected = await appBundle(dataset, 3);
  const { files: got, result } = await aggregate({ companies: [companies], links: [links], topK: 3 });

  it("keeps every company and link, counting only placed pairs as cross", () => {
    expect(dataset.companies.map((c) => [c.id, c.division, c.municipality ?? ""])).toEqual([
      ["p1", "KR-41", "성남시"], ["s1", "KR-11", "강남구"], ["n1", "KR-46", "나주시"], ["t1", "KR-11", "Gangnam-gu"], ["x1", "", ""], ["x2", "", ""],
    ]);
    expect(result.manifest.rows).toMatchObject({ companies: 6, links: 5, crossLinks: 1 });
    expect(dataset.report.crossProvinceLinks).toBe(1);
    const lines = got[SUMMARY_FILES.report]!.split("\r\n");
    const line = lines.find((l) => l.startsWith("companies.csv,6,warning,unknown-division,"));
    // The message as the app words it, quotes included (the SQL writes them with chr(39)).
    const app = dataset.report.warnings.find((w) => w.reason === "unknown-division" && w.row === 6)!;
    expect(app.message).toMatch(/'/);
    expect(line).toContain(app.message);
  });

  it.each([SUMMARY_FILES.flows, SUMMARY_FILES.divisions, SUMMARY_FILES.companies, SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers])("writes %s exactly as the app's summary", (name) => {
    expect(got[name]).toBe(expected[name]);
  });
});
