// Exports in summary mode, in the built app: the snapshot dialog says what its files hold (the
// nation's flows and ranking, the top companies' networks for the links), and the national
// ranking downloads whole, by keyboard, with every company of the nation, in both languages.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import Papa from "papaparse";
import { appSession, downloadPath } from "./browser.ts";
import { violationsIn } from "./axe.ts";
import { dropSummary } from "./summaryPage.ts";
import { bundleOf, syntheticDataset, type MadeBundle } from "../io/summaryHelpers.ts";
import { readWorkbook } from "../../src/io/formats/xlsxSheets.ts";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const grouped = (n: number) => n.toLocaleString("en-US");

describe.skipIf(!chromium)("summary mode exports in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let made: MadeBundle;
  beforeAll(async () => {
    made = await bundleOf(syntheticDataset(1500, 8000, 5), 5);
    await session.start();
  });
  afterAll(() => session.stop());

  it.each([
    ["ko", /시도 간 흐름과 순위\(엑셀\)는 전국의 것입니다: 기업 1,500개, 연결 8,000개\. 기업 간 연결\(모든 형식\)은 협력 상위 5개 기업의 연결망만/, /상위 5개 기업의 연결망, 기업 [\d,]+개, 전국 연결 8,000개 중 [\d,]+개/, "순위", "전국 기업 1,500개 전체"],
    ["en", /the division flows and the ranking \(Excel\) are the nation's: 1,500 companies, 8,000 links\. Company links \(every format\) hold only the networks of the top 5 companies/, /those of the top 5 companies, [\d,]+ companies, [\d,]+ of the nation's 8,000 links/, "rank", "all 1,500 companies of the nation"],
  ])("the dialog states the scope and downloads the national ranking CSV by keyboard (%s)", async (lang, scope, network, firstHeader, saved) => {
    const { page, watch } = await session.open(lang === "en" ? "?lang=en" : "");
    await dropSummary(page, made);
    await page.getByTestId("snapshot-open").click();
    const dialog = page.getByTestId("snapshot-dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("snapshot-summary-scope").textContent()).toMatch(scope);
    const networkText = (await dialog.getByTestId("snapshot-scope-network-text").textContent())!;
    expect(networkText).toMatch(network);
    // The links the file holds are the ego networks', never called the whole network.
    expect(networkText).toContain(grouped(8000));
    expect(networkText).not.toMatch(/whole network|전체 네트워크/);

    const button = dialog.getByTestId("summary-download-ranking-csv");
    await button.waitFor();
    await button.focus();
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await page.keyboard.press("Enter");
    const file = await download;
    expect(file.suggestedFilename()).toBe("supply-atlas-national-ranking-2023.csv");
    const bytes = readFileSync(await downloadPath(file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe(firstHeader);
    expect(rows).toHaveLength(made.dataset.companies.length + 1);
    // National ranks: the first row is the best-scored company of the nation, ranked 1.
    expect([rows[1]![0], rows[1]![1]]).toEqual(["1", made.summary.companies[0]!.id]);
    const result = dialog.getByTestId("summary-download-result");
    await result.waitFor();
    expect(Number(await result.getAttribute("data-rows"))).toBe(made.dataset.companies.length);
    expect(await result.textContent()).toContain(saved);
    expect(await violationsIn(page, "[data-testid=snapshot-dialog]")).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it("the workbook exported through the export worker holds the nation's matrix and ranking", async () => {
    const { page } = await session.open();
    await dropSummary(page, made);
    await page.getByTestId("snapshot-open").click();
    const dialog = page.getByTestId("snapshot-dialog");
    await dialog.getByTestId("summary-downloads").waitFor();
    await dialog.getByTestId("snapshot-format-xlsx").check();
    const download = page.waitForEvent("download", { timeout: 90_000 });
    await dialog.getByTestId("snapshot-run").click();
    const book = new Map(readWorkbook(readFileSync(await downloadPath(await download))).map((s) => [s.name, s.rows]));
    const national = flowsOfDataset(made.dataset, "2023");
    const matrix = book.get("시도 간 흐름 행렬")!;
    const total = matrix.slice(1).reduce((sum, row) => sum + row.slice(1).reduce((n, c) => n + Number(c || 0), 0), 0);
    const internal = Object.values(national.internal).reduce((n, c) => n + (c?.count ?? 0), 0);
    expect(total).toBe(national.flows.reduce((n, f) => n + f.count, 0) + internal);
    const ranking = book.get("순위")!.slice(1);
    expect(ranking.length).toBeGreaterThan(0);
    expect(ranking.slice(0, 20).map((r) => [r[0], r[1]])).toEqual(made.summary.companies.slice(0, 20).map((c, i) => [String(i + 1), c.id]));
    const meta = new Map(book.get("정보")!.map((r) => [r[0], r[1]]));
    expect(meta.get("snapshot_scope_text")).toMatch(/^시도 간 흐름과 순위: 전국\(기업 1,500개, 연결 8,000개; 순위는 상위 [\d,]+개 행\); 기업 간 연결: 협력 상위 5개 기업의 연결망/);
  });

  it.each(["ko", "en"])("the ranking tab offers the national ranking too, free of accessibility violations (%s)", async (lang) => {
    const { page } = await session.open(lang === "en" ? "?lang=en" : "");
    await dropSummary(page, made);
    await page.getByTestId("analytics-toggle").click();
    const ranking = page.getByTestId("summary-ranking");
    await ranking.waitFor({ timeout: 60_000 });
    const download = page.waitForEvent("download", { timeout: 60_000 });
    await ranking.getByTestId("summary-download-ranking-xlsx").click();
    expect((await download).suggestedFilename()).toBe("supply-atlas-national-ranking-2023.xlsx");
    await ranking.getByTestId("summary-download-result").waitFor();
    expect(await ranking.getByTestId("summary-download-companies-csv").count()).toBe(0);
    expect(await violationsIn(page, "[data-testid=summary-ranking]")).toEqual([]);
  });
});
