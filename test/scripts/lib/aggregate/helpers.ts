// Files for the aggregate tests and the app's own answer on the same files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll } from "vitest";
import { syntheticNetwork } from "../../../../scripts/lib/synthetic.ts";
import { runAggregate, type AggregateOptions, type AggregateResult } from "../../../../scripts/lib/aggregate/run.ts";
import { summariseDataset } from "../../../../src/graph/summary/summarise.ts";
import type { MappingSet } from "../../../../src/io/mapping/columnMapping.ts";
import { readFiles } from "../../../../src/io/read/readFiles.ts";
import { summaryToBundle } from "../../../../src/io/summary/bundleWrite.ts";
import { summaryInputsOfDataset } from "../../../../src/io/summary/ego.ts";
import type { Dataset } from "../../../../src/model/types.ts";
import { MUNICIPALITIES } from "../../../../src/regions/municipalities.ts";
import { divisionLabel } from "../../../../src/regions/divisions.ts";

const made: string[] = [];
/** A fresh directory, removed when the test file that asked for it ends. */
export function tempDir(prefix = "agg-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A synthetic network plus rows a real file has: division names in every form (서울특별시,
 * Seoul, " 부산 ", KR-26, ministry code 11), unknown divisions, duplicate ids, missing names;
 * links by name and by spelled-differently name, self-links, unknown companies, bad and
 * ambiguous amounts, amounts with separators and units, bad and missing years, unknown and
 * Korean link type words, duplicate explicit link ids, a European amount column. Integer
 * amounts, so sums are exact.
 */
export function messyFiles(dir: string, seed = 11): { companies: string; links: string[] } {
  const net = syntheticNetwork({ companies: 160, links: 900, seed });
  const extraCompanies = [
    "m-01,동양메탈,,서울특별시,,machinery,",
    "m-02,한빛소재,,Seoul,,materials,초광역권 선도기업",
    "m-03,세진정밀,,  부산 ,,machinery,지역혁신 선도기업(2022)",
    "m-04,미래바이오,,KR-26,,bio/medical,",
    "m-05,우리테크,,11,,software,",
    "m-06,광주전자,,광주광역시,,electronics,",
    "m-07,전남에너지,,Jeollanam-do,,energy,",
    "m-08,북쪽기계,,경기북도,,machinery,",
    "m-01,동양메탈 둘,,부산,,machinery,",
    "m-09,,,대구,,machinery,",
    "m-10,(주)대한정밀,,경남,,machinery,",
    "m-11,  공백  많은   회사 ,,Gyeongsangnam-do,,food,",
    '"m-12","=cmd|calc",,"Incheon Metropolitan City",,food,',
    "m-13,전라남도회사,,전라남도,,chemicals,",
    '"m-14","줄바꿈\n회사",,Jeju,,food,',
    ",,,,,,",
  ].join("\n");
  const companies = join(dir, "companies.csv");
  writeFileSync(companies, net.companiesCsv + extraCompanies + "\n");
  const links = join(dir, "links.csv");
  writeFileSync(links, net.linksCsv);
  const messy = join(dir, "messy-links.csv");
  writeFileSync(messy, [
    "id,supplier,buyer,type,weight,year",
    "x1,m-01,m-02,기술협력,\"1,234\",2023년",
    "x2,m-02,m-03,생산,₩500,2024",
    "x3,m-03,m-04,판매,,",
    "x4,m-04,m-04,sales,10,2023",
    "x5,m-01,nobody,sales,10,2023",
    "x6,m-05,m-06,협업,12,2022",
    "x7,m-06,m-07,technology,abc,2023",
    "x8,m-06,m-07,technology,-5,2023",
    "x9,m-06,m-07,technology,7,20x3",
    "x10,m-06,m-07,technology,8,",
    "x10,m-07,m-06,production,9,2023",
    "x11,m-13,m-07,production,30,2025",
    "x12,m-13,m-06,other,4,2021",
    "x13,대한정밀,m-11,sales,6,2022",
    "x14,동양메탈,m-10,R&D,3,2024",
    "x15,,m-10,sales,3,2024",
    "x16,m-12,m-01,,2,２０２３",
    "x7,m-02,m-01,sales,5,2023",
    "x17,m-08,m-01,sales,5,2023",
    "x18,m-02,m-05, 생산 ,15,FY2024",
    ",m-05,m-02,판매,3,2020",
  ].join("\n") + "\n");
  // European amounts: "1.000" is a thousand only because "2.000,0" shows a decimal comma (a note).
  const euro = join(dir, "euro-links.csv");
  writeFileSync(euro, ["id,supplier,buyer,type,weight,year", "e1,m-01,m-02,sales,\"2.000,0\",2023", "e2,m-02,m-03,sales,1.000,2023", "e3,m-03,m-01,production,1.000,2024"].join("\n") + "\n");
  return { companies, links: [links, messy, euro] };
}

export function readBundle(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** The app's own reading of the same files (the readers it runs in the browser). */
export function appDataset(paths: readonly string[], mappings?: MappingSet): Dataset {
  const files = paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  return readFiles(files, mappings ? { mappings } : {});
}

/** The app's summary of a dataset, zipped by the same writer the aggregate uses. */
export async function appBundle(dataset: Dataset, topK: number, focus: string[] = [], linkBudget?: number): Promise<Record<string, string>> {
  const summary = summariseDataset(dataset, { topK, focus, ...(linkBudget === undefined ? {} : { linkBudget }) });
  const zip = await summaryToBundle(summaryInputsOfDataset(dataset, summary, { focus, created: new Date("2026-11-29T00:00:00Z") }));
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
}

export async function aggregate(opts: Omit<AggregateOptions, "out"> & { out?: string }): Promise<{ result: AggregateResult; files: Record<string, string>; out: string }> {
  const out = opts.out ?? join(tempDir(), "summary.zip");
  const result = await runAggregate({ memoryLimit: "256MB", threads: 1, ...opts, out });
  return { result, files: result.written ? readBundle(out) : {}, out };
}

/** Rejected rows per reason, as a sorted list of [reason, count]. */
export function reasonCounts(reasons: Iterable<string>): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const r of reasons) m.set(r, (m.get(r) ?? 0) + 1);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** import-report.csv's count lines: [reason or "accepted", count] summed over files. */
export function reportCounts(csv: string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const line of csv.split("\r\n")) {
    const cells = line.split(",");
    if (cells[2] !== "count") continue;
    const reason = cells[3] || "accepted";
    m.set(reason, (m.get(reason) ?? 0) + Number(cells[4]));
  }
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * A synthetic network whose companies say where they are in every way a 시군구 can be given:
 * a 시군구 column (names unique in their province, "서구" and "고성군" that several provinces
 * have, a name no registry knows), a code column (right, and one of another province), an
 * address column, and rows without a division that a municipality places. Links among the
 * latter, so their places carry flows.
 */
export function municipalFiles(dir: string, seed = 5): { companies: string; links: string[] } {
  const net = syntheticNetwork({ companies: 220, links: 1400, seed, divisionStyle: "iso" });
  const lines = net.companiesCsv.trimEnd().split("\n");
  const rows = lines.slice(1).map((line, i) => {
    const [id, name, nameEn, division, , industry, tier] = line.split(",");
    const here = MUNICIPALITIES.filter((m) => m.division === division);
    const other = MUNICIPALITIES.find((m) => m.division !== division)!;
    const pick = here.length ? here[(i * 7) % here.length]! : undefined;
    let municipality = "";
    let code = "";
    let address = "";
    switch (i % 9) {
      case 0: municipality = pick?.nameKo ?? ""; break;
      case 1: municipality = "서구"; break;
      case 2: code = pick?.code ?? ""; break;
      case 3: code = other.code; break;
      case 4: address = pick ? `${divisionLabel(division!, "ko", "full")} ${pick.nameKo} 산업로 ${i}` : ""; break;
      case 5: municipality = "고성군"; break;
      case 6: municipality = "없는구"; break;
      default: break;
    }
    return [id, name, nameEn, division, municipality, industry, tier, code, address].join(",");
  });
  const extra = [
    "p-01,강남상사,,,강남구,machinery,,,",
    "p-02,해운대기계,,,,machinery,,26350,",
    "p-03,창원정밀,,,,machinery,,,경상남도 창원시 의창구 원이대로 1",
    "p-04,서구상회,,,서구,food,,,",
  ];
  const companies = join(dir, "companies.csv");
  writeFileSync(companies, ["id,name,name_en,division,municipality,industry,tier,municipality_code,address", ...rows, ...extra].join("\n") + "\n");
  const links = join(dir, "links.csv");
  writeFileSync(links, net.linksCsv);
  const more = join(dir, "place-links.csv");
  const ids = rows.slice(0, 12).map((r) => r.split(",")[0]);
  writeFileSync(more, [
    "id,supplier,buyer,type,weight,year",
    ...ids.flatMap((id, k) => [`q${k}a,p-0${(k % 4) + 1},${id},sales,${k + 1},2023`, `q${k}b,${id},p-0${((k + 1) % 4) + 1},technology,${2 * k},`]),
    "q90,p-01,p-02,production,5,2024",
    "q91,p-03,p-04,other,,2024",
  ].join("\n") + "\n");
  return { companies, links: [links, more] };
}
