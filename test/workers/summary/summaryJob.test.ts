// The summary worker's jobs on a summary bundle made from generated data: the ranking equals the
// app's ranking from full metrics of the same data; search and sorting reach every company.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { designationCheck } from "../../../src/graph/ranking/designation.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import { allStrings, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { VINTAGES } from "../../../src/model/types.ts";
import { SummaryJob } from "../../../src/workers/summary/summaryJob.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";
import { company, dataset, link } from "../../graph/helpers.ts";

async function summaryOf(d: ReturnType<typeof syntheticDataset>, topK = 3): Promise<SummaryData> {
  const made = await bundleOf(d, topK);
  return readFilesWithSnapshots([{ name: "s.zip", bytes: made.zip }]).snapshots[0]!.summary as SummaryData;
}

describe("workers/summaryJob: ranking from summary numbers", () => {
  it("ranks every company exactly as the app ranks full metrics of the same data, for any weights and vintage", async () => {
    const full = syntheticDataset(500, 3000, 21);
    const graph = buildGraph(full, { positions: new Map() });
    const { tiers, labels } = rankingLookups(graph);
    const job = new SummaryJob(await summaryOf(full));
    const weightsList = [{}, { technology: 2, production: 0.5, sales: 0, other: 1, breadth: 0.8 }, { sales: 1, technology: 0, production: 0, other: 0, breadth: 0 }];
    for (const vintage of VINTAGES) {
      for (const weights of weightsList) {
        const expected = scoreCompanies(crossRegionalStats(graph, vintage), tiers, labels, weights);
        const got = job.rank(weights, vintage, expected.length);
        expect(got.companies).toBe(expected.length);
        expect(got.top.map((r) => [r.id, r.rank, r.score, r.designated])).toEqual(expected.map((r) => [r.id, r.rank, r.score, r.designated]));
        expect(got.top.map((r) => r.parts)).toEqual(expected.map((r) => r.parts));
        expect(got.check).toEqual(designationCheck(expected));
      }
    }
  });

  it("shows the parts only for the rows asked for, and the check over all of them", async () => {
    const job = new SummaryJob(await summaryOf(syntheticDataset(200, 900, 4)));
    const r = job.rank({}, "2023", 10);
    expect(r.top).toHaveLength(10);
    expect(r.topRows).toHaveLength(10);
    expect(r.check.companies).toBe(200);
  });
});

describe("workers/summaryJob: search and sort over every company", () => {
  const named = dataset(
    [
      company("kr-1", "KR-11", { name: "서울에프앤비", nameEn: "Seoul F&B" }),
      company("kr-2", "KR-26", { name: "(주)부산정밀", nameEn: "Busan Precision Co., Ltd." }),
      company("kr-3", "KR-27", { name: "대구테크" }),
    ],
    [link("1", "kr-1", "kr-2"), link("2", "kr-2", "kr-3", "sales", { weight: 9 })],
  );

  it("finds Korean names, initial consonants, English names and ids, and says which row", async () => {
    const summary = await summaryOf(named, 1);
    const ids = allStrings(summary.companies.text.id);
    const job = new SummaryJob(summary);
    const first = (q: string) => job.search(q, 5)[0];
    expect(ids[first("서울")!.row]).toBe("kr-1");
    expect(first("ㅅㅇㅇㅍ")!.id).toBe("kr-1");
    expect(first("부산정밀")!.id).toBe("kr-2");
    expect(first("busan prec")!.id).toBe("kr-2");
    expect(first("kr-3")!.id).toBe("kr-3");
    expect(job.search("없는회사", 5)).toEqual([]);
  });

  it("sorts by numbers (biggest first) and by text (가나다), ties in file order", async () => {
    const summary = await summaryOf(syntheticDataset(300, 1200, 8));
    const job = new SummaryJob(summary);
    const degree = summary.companies.numbers.degree;
    const byDegree = Array.from(job.sort("degree", "desc", "2023"));
    const expected = Array.from(degree.keys()).sort((a, b) => degree[b]! - degree[a]! || a - b);
    expect(byDegree).toEqual(expected);
    const names = allStrings(summary.companies.text.name);
    const byName = Array.from(job.sort("name", "asc", "2023")).map((i) => names[i]!);
    expect(byName).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Under the later vintage the numbers of companies-2026-07.csv decide.
    const o = summary.overrides.find((x) => x.vintage === "2026-07")!;
    if (o.rows.length > 0) {
      const later = Array.from(job.sort("partnerDivisions", "desc", "2026-07"));
      const values = Float64Array.from(summary.companies.numbers.partnerDivisions);
      o.rows.forEach((row, k) => (values[row] = o.numbers.partnerDivisions[k]!));
      for (let i = 1; i < later.length; i++) expect(values[later[i - 1]!]!).toBeGreaterThanOrEqual(values[later[i]!]!);
    }
  });
});
