import { strFromU8, strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { allStrings, copyTable, numberArrays, stringAt, summaryTransferables, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { SUMMARY_FILES, SUMMARY_STAT_TYPES } from "../../../src/model/summary.ts";
import { LINK_TYPES, VINTAGES } from "../../../src/model/types.ts";
import { company, dataset, link } from "../../graph/helpers.ts";
import { bundleOf, rezip, syntheticDataset } from "../summaryHelpers.ts";

const read = (zip: Uint8Array, name = "national.zip") => {
  const { dataset: d, snapshots } = readFilesWithSnapshots([{ name, bytes: zip }]);
  return { dataset: d, summary: snapshots[0]?.summary as SummaryData | undefined, report: d.report };
};

const small = dataset(
  [
    company("a", "KR-11", { name: '서울 "에이", 주식회사', nameEn: "A, Ltd." }),
    company("b", "KR-26"),
    company("g", "KR-29", { tier: "super-regional" }),
    company("j", "KR-46"),
    company("s", "KR-11", { name: "=SUM(A1)" }),
  ],
  [
    link("1", "a", "b", "production", { weight: 10, year: 2023 }),
    link("2", "a", "b", "production", { weight: 5.25, year: 2023 }),
    link("3", "g", "j", "technology", { weight: 7, year: 2024 }),
    link("4", "a", "s", "sales", { year: 2024 }),
    link("5", "b", "g", "sales", { weight: 2 }),
  ],
);

describe("io/summaryRead: a good bundle", () => {
  it("reads every company, flow, division and vintage row as the summary wrote them", async () => {
    const made = await bundleOf(syntheticDataset(300, 1500), 5, ["c0001"]);
    const { summary, report, dataset: ego } = read(made.zip);
    expect(report.rejected).toEqual([]);
    expect(summary).toBeDefined();
    const s = summary!;
    const c = s.companies;
    expect(c.count).toBe(made.summary.companies.length);
    const ids = allStrings(c.text.id);
    made.summary.companies.forEach((row, i) => {
      expect(ids[i]).toBe(row.id);
      expect(stringAt(c.text.name, i)).toBe(row.name);
      expect(c.divisionCodes[c.division[i]!]).toBe(row.division);
      expect([c.numbers.inDegree[i], c.numbers.outDegree[i], c.numbers.degree[i], c.numbers.weightedDegree[i], c.numbers.partnerDivisions[i], c.numbers.score[i]])
        .toEqual([row.inDegree, row.outDegree, row.degree, row.weightedDegree, row.partnerDivisions, row.score]);
      for (const t of SUMMARY_STAT_TYPES) {
        expect([c.numbers.cross[t].partners[i], c.numbers.cross[t].links[i], c.numbers.cross[t].weight[i]]).toEqual([row.cross[t].partners, row.cross[t].links, row.cross[t].weight]);
      }
      expect(c.ego[i]).toBe(row.ego ? 1 : 0);
    });
    // Flows: same rows, same sums.
    expect(s.flows.count).toBe(made.summary.flows.length);
    made.summary.flows.forEach((f, k) => {
      expect(VINTAGES[s.flows.vintage[k]!]).toBe(f.vintage);
      expect(s.flows.year[k]).toBe(f.year ?? -1);
      expect([s.flows.codes[s.flows.from[k]!], s.flows.codes[s.flows.to[k]!], LINK_TYPES[s.flows.type[k]!]]).toEqual([f.from, f.to, f.type]);
      expect([s.flows.links[k], s.flows.weight[k]]).toEqual([f.count, f.weight]);
    });
    expect(s.divisions).toEqual(made.summary.divisions);
    // The later vintage repeats the companies whose numbers change, pointing at their base rows.
    const later = made.summary.companiesByVintage["2026-07"]!;
    const o = s.overrides.find((x) => x.vintage === "2026-07")!;
    expect(o.rows.length).toBe(later.length);
    later.forEach((row, k) => {
      expect(ids[o.rows[k]!]).toBe(row.id);
      expect(o.numbers.cross.all.links[k]).toBe(row.cross.all.links);
      expect(o.numbers.partnerDivisions[k]).toBe(row.partnerDivisions);
    });
    // The graph holds only the ego networks.
    expect(ego.companies.length).toBeLessThan(c.count);
    for (const id of made.summary.ego) expect(ego.companies.some((x) => x.id === id)).toBe(true);
    expect(s.manifest.rows.companies).toBe(300);
    expect(s.manifest.rows.links).toBe(made.summary.links);
  });

  it("keeps names with quotes, commas and Korean as written (formula-looking text stays neutralised)", async () => {
    const made = await bundleOf(small, 1);
    const { summary } = read(made.zip);
    const names = allStrings(summary!.companies.text.name);
    expect(names).toContain('서울 "에이", 주식회사');
    expect(allStrings(summary!.companies.text.nameEn)).toContain("A, Ltd.");
    expect(names.find((n) => n.includes("SUM(A1)"))).not.toMatch(/^=/);
  });

  it("is read by the summary reader, not as a plain bundle of its ego networks", async () => {
    const made = await bundleOf(small, 1);
    const { report } = read(made.zip, "no-extension");
    expect(report.files[0]!.kind).toBe("bundle");
    expect(read(made.zip, "no-extension").summary?.companies.count).toBe(5);
  });
});

describe("io/summaryRead: partial and hostile bundles", () => {
  it("reports each bad company row with file, row and reason and keeps the rest", async () => {
    const made = await bundleOf(small, 1);
    const csv = strFromU8(unzipSync(made.zip)[SUMMARY_FILES.companies]!).split("\r\n");
    const header = csv[0]!;
    const good = csv.slice(1).filter(Boolean);
    const cells = good[0]!.split(",");
    let fresh = 0;
    const withNumber = (i: number, v: string) => cells.map((c, k) => (k === i ? v : k === 0 ? `new${++fresh}` : c)).join(",");
    const bad = [
      withNumber(0, ""), // no id
      withNumber(3, "KR-99"), // unknown division
      withNumber(9, "-3"), // negative in_degree
      withNumber(10, "many"), // out_degree not a number
      good[1]!, // duplicate id
      '"unclosed,quote', // broken record
    ];
    const text = [header, ...good, ...bad].join("\r\n") + "\r\n";
    const { summary, report } = read(rezip(made.zip, { [SUMMARY_FILES.companies]: text }));
    expect(summary!.companies.count).toBe(good.length);
    const file = "national.zip › companies.csv";
    const issues = report.rejected.filter((r) => r.file === file).map((r) => [r.row, r.reason]);
    const first = good.length + 2;
    expect(issues).toEqual([
      [first, "missing-id"],
      [first + 1, "unknown-division"],
      [first + 2, "bad-number"],
      [first + 3, "bad-number"],
      [first + 4, "duplicate-id"],
      [first + 5, "malformed-row"],
    ]);
  });

  it("says which file is missing and still opens what is there", async () => {
    const made = await bundleOf(small, 1);
    const { summary, report } = read(rezip(made.zip, { [SUMMARY_FILES.flows]: null, [SUMMARY_FILES.ego]: null }));
    expect(summary!.companies.count).toBe(5);
    expect(summary!.flows.count).toBe(0);
    expect(report.rejected).toContainEqual(expect.objectContaining({ file: "national.zip › flows.csv", reason: "unreadable-file" }));
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: "national.zip › graph.json", reason: "unreadable-file" }));
  });

  it("reads the place tables, and opens a bundle made before them without them", async () => {
    const placed = { ...small, companies: small.companies.map((c) => (c.id === "a" ? { ...c, municipalityCode: "11680" } : c)) };
    const made = await bundleOf(placed, 1);
    const { summary, report } = read(made.zip);
    expect(report.rejected).toEqual([]);
    const p = summary!.places!;
    const rows = Array.from({ length: p.count }, (_, k) => [p.year[k], p.codes[p.from[k]!], p.codes[p.to[k]!], LINK_TYPES[p.type[k]!], p.links[k], p.weight[k]]);
    expect(rows).toEqual([
      [2023, "11680", "KR-26", "production", 2, 15.25],
      [2024, "11680", "KR-11", "sales", 1, 0],
      [2024, "KR-29", "KR-46", "technology", 1, 7],
      [-1, "KR-26", "KR-29", "sales", 1, 2],
    ]);
    expect([...p.companies]).toEqual([["11680", 1], ["KR-11", 1], ["KR-26", 1], ["KR-29", 1], ["KR-46", 1]]);
    const old = read(rezip(made.zip, { [SUMMARY_FILES.placeFlows]: null, [SUMMARY_FILES.places]: null }));
    expect(old.report.rejected).toEqual([]);
    expect(old.summary!.places).toBeUndefined();
    expect(old.summary!.flows.count).toBe(summary!.flows.count);
  });

  it("rejects a place-flow row it cannot place and keeps the rest", async () => {
    const made = await bundleOf(small, 1);
    const flows = "year,from,to,type,count,weight\r\n2023,11680,KR-26,production,2,15\r\n2023,99999,KR-26,sales,1,1\r\n3000,KR-11,KR-26,sales,1,1\r\n,KR-11,KR-26,barter,1,1\r\n";
    const { summary, report } = read(rezip(made.zip, { [SUMMARY_FILES.placeFlows]: flows, [SUMMARY_FILES.places]: "place,companies\r\n11680,3\r\nMars,1\r\n" }));
    expect(summary!.places!.count).toBe(1);
    expect([...summary!.places!.companies]).toEqual([["11680", 3]]);
    const reasons = report.rejected.filter((r) => r.file.includes("place")).map((r) => [r.file, r.row, r.reason]);
    expect(reasons).toHaveLength(4);
    expect(reasons).toEqual(expect.arrayContaining([
      ["national.zip › place-flows.csv", 3, "unknown-division"], ["national.zip › place-flows.csv", 4, "bad-year"],
      ["national.zip › place-flows.csv", 5, "malformed-row"], ["national.zip › places.csv", 3, "unknown-division"],
    ]));
  });

  it("rejects a flow row it cannot place, and a missing column names itself", async () => {
    const made = await bundleOf(small, 1);
    const flows = "vintage,year,from,to,type,count,weight\r\n2023,2023,KR-11,KR-26,production,2,15\r\n1999,2023,KR-11,KR-26,production,1,1\r\n2023,2023,KR-11,Mars,sales,1,1\r\n2023,3000,KR-11,KR-26,sales,1,1\r\n2023,,KR-11,KR-26,barter,1,1\r\n";
    const { summary, report } = read(rezip(made.zip, { [SUMMARY_FILES.flows]: flows, [SUMMARY_FILES.divisions]: "vintage,division\r\n2023,KR-11\r\n" }));
    expect(summary!.flows.count).toBe(1);
    const reasons = report.rejected.filter((r) => r.file.endsWith("flows.csv")).map((r) => [r.row, r.reason]);
    expect(reasons).toEqual([[3, "malformed-row"], [4, "unknown-division"], [5, "bad-year"], [6, "malformed-row"]]);
    expect(report.rejected).toContainEqual(expect.objectContaining({ file: "national.zip › divisions.csv", row: 1, reason: "missing-column" }));
  });

  it("reads the ego link budget, and bundles written before it without one", async () => {
    const made = await bundleOf(small, 3);
    const now = read(made.zip).summary!.manifest.ego;
    expect(now).toMatchObject({ topK: made.summary.egoTop, requestedTop: 3, linkBudget: made.summary.linkBudget });
    const manifest = JSON.parse(strFromU8(unzipSync(made.zip)[SUMMARY_FILES.manifest]!));
    const { requestedTop: _r, linkBudget: _b, ...olderEgo } = manifest.ego;
    const older = read(rezip(made.zip, { [SUMMARY_FILES.manifest]: JSON.stringify({ ...manifest, ego: olderEgo }) }));
    expect(older.summary!.manifest.ego).toEqual({ topK: made.summary.egoTop, focus: [], companies: now.companies, links: now.links });
    expect(older.report.rejected).toEqual([]);
  });

  it("refuses a summary of another version, and falls back to its graph as a plain bundle", async () => {
    const made = await bundleOf(small, 1);
    const manifest = JSON.parse(strFromU8(unzipSync(made.zip)[SUMMARY_FILES.manifest]!));
    const { summary, report, dataset: d } = read(rezip(made.zip, { [SUMMARY_FILES.manifest]: JSON.stringify({ ...manifest, version: 2 }) }));
    expect(summary).toBeUndefined();
    expect(report.rejected).toContainEqual(expect.objectContaining({ reason: "unknown-format", message: expect.stringContaining("summary version 2") }));
    expect(d.companies.length).toBeGreaterThan(0);
    const broken = read(rezip(made.zip, { [SUMMARY_FILES.manifest]: "{not json" }));
    expect(broken.summary).toBeUndefined();
    expect(broken.report.rejected).toContainEqual(expect.objectContaining({ reason: "unreadable-file" }));
  });

  it("never throws on damaged bytes", async () => {
    const made = await bundleOf(small, 1);
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 60; k++) {
      const bytes = made.zip.slice(0, k % 3 === 0 ? Math.floor(rand() * made.zip.length) : made.zip.length);
      for (let f = 0; f < 8; f++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      expect(() => read(bytes)).not.toThrow();
    }
    // Plain text that claims to be a summary's name is no zip at all.
    expect(() => read(strToU8("summary.json"), "x.zip")).not.toThrow();
  });

  it("moves its columns as transferable buffers", async () => {
    const made = await bundleOf(small, 1);
    const { summary } = read(made.zip);
    for (const a of numberArrays(summary!.companies.numbers)) expect(a).toBeInstanceOf(Float64Array);
    // A copy for the worker to keep shares no buffer with what moves to the page.
    const copy = copyTable(summary!);
    expect(copy.companies.count).toBe(summary!.companies.count);
    expect(allStrings(copy.companies.text.name)).toEqual(allStrings(summary!.companies.text.name));
    expect(numberArrays(copy.companies.numbers)).toEqual(numberArrays(summary!.companies.numbers));
    const moved = new Set(summaryTransferables({ companies: summary!.companies, overrides: summary!.overrides }));
    for (const b of summaryTransferables({ companies: copy.companies, overrides: copy.overrides })) expect(moved.has(b)).toBe(false);
  });
});

describe("io/summaryRead: the company table read apart (summary mode in the app)", () => {
  it("leaves the table unread and hands on the bytes; reading them later gives the same table and reports its rows", async () => {
    const { readSummaryCompanies } = await import("../../../src/io/summary/bundleRead.ts");
    const { IssueLog } = await import("../../../src/io/read/issues.ts");
    const made = await bundleOf(small, 1);
    const whole = read(made.zip).summary!;
    const { snapshots, dataset: ego } = readFilesWithSnapshots([{ name: "national.zip", bytes: made.zip }], { deferSummaryCompanies: true });
    const deferred = snapshots[0]!.summary as SummaryData;
    expect(deferred.companies.count).toBe(0);
    expect(deferred.pending?.name).toBe("national.zip");
    expect(deferred.flows).toEqual(whole.flows);
    expect(ego.companies.length).toBeGreaterThan(0);
    const log = new IssueLog();
    const table = readSummaryCompanies(deferred.pending!.zip, "national.zip", log);
    expect(table.companies.count).toBe(whole.companies.count);
    expect(allStrings(table.companies.text.id)).toEqual(allStrings(whole.companies.text.id));
    expect(numberArrays(table.companies.numbers)).toEqual(numberArrays(whole.companies.numbers));
    expect(table.overrides.length).toBe(whole.overrides.length);
    expect(log.rejected).toEqual([]);
    // A bad row found later is reported under the same file name and row.
    const csv = strFromU8(unzipSync(made.zip)[SUMMARY_FILES.companies]!) + "x9,이름,KR-11\r\n";
    const broken = rezip(made.zip, { [SUMMARY_FILES.companies]: csv.replace("x9,이름,KR-11", "x9,,KR-11") });
    const later = new IssueLog();
    readSummaryCompanies(broken, "national.zip", later);
    expect(later.rejected.map((r) => [r.file, r.reason])).toEqual([["national.zip › companies.csv", "malformed-row"]]);
  });
});
