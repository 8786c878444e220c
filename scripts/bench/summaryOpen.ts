// Opening a national summary bundle in the built app (headless Chromium): from the file being
// chosen to the presented map of the nation's flows, the longest main-thread task on the way,
// and the JS heap after. Then how long the summary worker takes to answer the first search and
// a sort of every company (off the main thread; the page answers meanwhile).
//   npx tsx scripts/bench/summaryOpen.ts [--companies N] [--links M] [--runs R] [--bundle FILE]
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveBuiltApp } from "./builtApp.ts";
import { waitForDrawn } from "../../test/e2e/browser.ts";
import { syntheticSummaryBundle } from "../lib/syntheticSummary.ts";
import { LONG_TASK_OBSERVER, timeLoad } from "./browser.ts";
import { median } from "./stats.ts";

export interface SummaryOpenResult {
  companies: number;
  links: number;
  bundleMB: number;
  /** Where the bundle came from: the file given (e.g. `npm run aggregate`'s), or the synthetic padding generator. */
  source: string;
  toDrawnMs: number;
  toPresentedMs: number;
  longestTaskMs: number;
  heapMB: number;
  /** From choosing the file to the company table read by the summary worker and held by the page. */
  tableReadyMs: number;
  /** JS heap once the company table is held. */
  heapWithTableMB: number;
  /** Longest main-thread task from the drawn map to the table held. */
  longestToTableMs: number;
  /** From typing a query to its results (the worker builds the search index first). */
  firstSearchMs: number;
  /** From clicking a column header of the table to the sorted rows. */
  sortMs: number;
  /** Longest main-thread task during the search and the sort. */
  longestAfterMs: number;
  /** From removing a division (what-if) to the national answer shown; null when the bundle has no national tables. */
  whatIfDivisionMs: number | null;
  /** From removing the first-ranked company to the national answer shown. */
  whatIfCompanyMs: number | null;
  /** Longest main-thread task during both what-ifs. */
  longestWhatIfMs: number | null;
  /** JS heap after the what-ifs. */
  heapWhatIfMB: number | null;
  runs: number;
}

export async function benchSummaryOpen(opts: { companies: number; links: number; runs: number; bundle?: string }): Promise<SummaryOpenResult | null> {
  let file = opts.bundle;
  let source = file ?? "";
  if (!file || !existsSync(file)) {
    source = "scripts/lib/syntheticSummary.ts";
    file = join(mkdtempSync(join(tmpdir(), "atlas-summary-")), "national-summary.zip");
    writeFileSync(file, await syntheticSummaryBundle({ companies: opts.companies, links: opts.links }));
  }
  const bytes = readFileSync(file).length;
  const app = await serveBuiltApp("bench/summaryOpen");
  if (!app) return null;
  const { url, browser } = app;
  const runs: Array<{
    ms: number; presentedMs: number; longest: number; heap: number; search: number; sort: number; after: number; companies: number; links: number;
    table: { ready: number; heap: number; longest: number }; whatIf: WhatIfTiming | null;
  }> = [];
  try {
    for (let i = 0; i < opts.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_OBSERVER);
      await page.goto(url);
      await waitForDrawn(page, 1);
      const t0 = await page.evaluate(() => performance.now());
      const load = { ...(await timeLoad(page, [file])), t0 };
      await page.getByTestId("summary-status").waitFor({ timeout: 600_000 });
      const companies = Number(await page.getByTestId("status-counts").getAttribute("data-companies"));
      // The nation's links as the bundle states them (a bundle given with --bundle has its own).
      const links = Number(await page.getByTestId("status-counts").getAttribute("data-total-links"));
      const drawnAt = await page.evaluate(() => performance.getEntriesByName("atlas:drawn:2")[0]?.startTime ?? performance.now());
      await page.waitForFunction(() => !document.querySelector("[data-testid=summary-reading]"), undefined, { timeout: 600_000 });
      const table = await page.evaluate(({ start, drawn }) => {
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        const now = performance.now();
        return { ready: now - start, heap: (memory?.usedJSHeapSize ?? 0) / 1e6, longest: Math.max(0, ...tasks.filter((t) => t.start >= drawn).map((t) => t.duration)) };
      }, { start: load.t0, drawn: drawnAt });
      const since = await page.evaluate(() => performance.now());
      // First search: the worker decodes every name and builds the index. Then the table opens
      // (its first layout is included in the sort's longest task) and sorts by name.
      await page.keyboard.press("/");
      const s0 = await page.evaluate(() => performance.now());
      await page.getByTestId("search-input").fill("대한정밀");
      await page.getByTestId("search-results").locator("li[data-id]").first().waitFor({ timeout: 600_000 });
      const search = (await page.evaluate(() => performance.now())) - s0;
      await page.keyboard.press("Escape");
      await page.getByTestId("table-toggle").click();
      await page.getByTestId("data-table").locator(".vt-row").first().waitFor();
      const sortStart = await page.evaluate(() => performance.now());
      // By name: the slowest order (strings, not numbers).
      await page.getByTestId("data-table").locator('[role=columnheader][data-key="name"] button').click();
      await page.waitForFunction(() => {
        const sorted = document.querySelector('[data-testid=data-table] [role=columnheader][data-key="name"]')?.getAttribute("aria-sort") === "ascending";
        return sorted && document.querySelector("[data-testid=data-table-count]")?.getAttribute("data-sorting") === "false";
      }, undefined, { timeout: 600_000 });
      const sort = (await page.evaluate(() => performance.now())) - sortStart;
      const after = await page.evaluate((start) => {
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        return Math.max(0, ...tasks.filter((t) => t.start >= start).map((t) => t.duration));
      }, since);
      const whatIf = await timeWhatIf(page);
      runs.push({ ...load, search, sort, after, companies, links, table, whatIf });
      await context.close();
      console.error(`bench/summaryOpen: run ${i + 1}: drawn ${load.ms.toFixed(0)} ms, presented ${load.presentedMs.toFixed(0)} ms, longest task ${load.longest.toFixed(0)} ms, heap ${load.heap.toFixed(0)} MB, table held ${table.ready.toFixed(0)} ms (heap ${table.heap.toFixed(0)} MB, longest task ${table.longest.toFixed(0)} ms), search ${search.toFixed(0)} ms, sort ${sort.toFixed(0)} ms, longest after ${after.toFixed(0)} ms`);
    }
  } finally {
    await app.close();
  }
  return {
    companies: runs[0]?.companies ?? opts.companies,
    links: runs[0]?.links ?? opts.links,
    bundleMB: bytes / 1e6,
    source,
    toDrawnMs: median(runs.map((r) => r.ms)),
    toPresentedMs: median(runs.map((r) => r.presentedMs)),
    longestTaskMs: median(runs.map((r) => r.longest)),
    heapMB: median(runs.map((r) => r.heap)),
    tableReadyMs: median(runs.map((r) => r.table.ready)),
    heapWithTableMB: median(runs.map((r) => r.table.heap)),
    longestToTableMs: median(runs.map((r) => r.table.longest)),
    firstSearchMs: median(runs.map((r) => r.search)),
    sortMs: median(runs.map((r) => r.sort)),
    longestAfterMs: median(runs.map((r) => r.after)),
    ...whatIfMedians(runs.map((r) => r.whatIf)),
    runs: opts.runs,
  };
}

interface WhatIfTiming {
  division: number;
  company: number;
  longest: number;
  heap: number;
}

/**
 * The national what-if: Analytics › resilience, remove a division, wait for the worker's answer
 * (stranded companies shown), undo; the same for the company the search found first. Null when
 * the bundle cannot answer (written before the national tables).
 */
async function timeWhatIf(page: import("playwright-core").Page): Promise<WhatIfTiming | null> {
  await page.keyboard.press("Escape");
  await page.getByTestId("analytics-toggle").click();
  await page.getByTestId("analytics-tab-resilience").click();
  const since = await page.evaluate(() => performance.now());
  const answered = async (click: () => Promise<void>): Promise<number | null> => {
    const t0 = await page.evaluate(() => performance.now());
    await click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=whatif-stranded]") || document.querySelector("[data-testid=whatif-unavailable]"),
      undefined, { timeout: 600_000 },
    );
    if (await page.getByTestId("whatif-unavailable").count()) return null;
    const ms = (await page.evaluate(() => performance.now())) - t0;
    await page.getByTestId("whatif-undo").click();
    return ms;
  };
  await page.getByTestId("whatif-division").selectOption("KR-41");
  const division = await answered(() => page.getByTestId("whatif-remove-division").click());
  if (division === null) return null;
  // A company of the national table, chosen by search (in or outside the ego networks).
  await page.keyboard.press("/");
  await page.getByTestId("search-input").fill("대한정밀");
  await page.getByTestId("search-results").locator("li[data-id]").first().click();
  const company = await answered(() => page.getByTestId("whatif-remove-company").click());
  const after = await page.evaluate((start) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { longest: Math.max(0, ...tasks.filter((t) => t.start >= start).map((t) => t.duration)), heap: (memory?.usedJSHeapSize ?? 0) / 1e6 };
  }, since);
  return { division, company: company ?? NaN, ...after };
}

function whatIfMedians(runs: Array<WhatIfTiming | null>): Pick<SummaryOpenResult, "whatIfDivisionMs" | "whatIfCompanyMs" | "longestWhatIfMs" | "heapWhatIfMB"> {
  const got = runs.filter((r): r is WhatIfTiming => r !== null);
  if (got.length === 0) return { whatIfDivisionMs: null, whatIfCompanyMs: null, longestWhatIfMs: null, heapWhatIfMB: null };
  return {
    whatIfDivisionMs: median(got.map((r) => r.division)),
    whatIfCompanyMs: median(got.map((r) => r.company)),
    longestWhatIfMs: median(got.map((r) => r.longest)),
    heapWhatIfMB: median(got.map((r) => r.heap)),
  };
}

/** Markdown rows for npm run bench's output. */
export function summaryOpenTable(r: SummaryOpenResult | null): string[] {
  if (!r) return [];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const ms = (v: number | null) => (v === null ? "–" : `${v.toFixed(0)} ms`);
  return [
    "| summary bundle opened in Chromium | companies | links | bundle MB | drawn | presented | longest task to presented | heap drawn | table held | heap with table | longest task to table | first search | sort by name | longest task, search + table + sort | what-if: division | what-if: company | longest task, what-ifs | heap after what-ifs |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${r.source} (median of ${r.runs}) | ${r.companies} | ${r.links} | ${r.bundleMB.toFixed(1)} | ${s(r.toDrawnMs)} | ${s(r.toPresentedMs)} | ${r.longestTaskMs.toFixed(0)} ms | ${r.heapMB.toFixed(0)} MB | ${s(r.tableReadyMs)} | ${r.heapWithTableMB.toFixed(0)} MB | ${r.longestToTableMs.toFixed(0)} ms | ${s(r.firstSearchMs)} | ${s(r.sortMs)} | ${r.longestAfterMs.toFixed(0)} ms | ${ms(r.whatIfDivisionMs)} | ${ms(r.whatIfCompanyMs)} | ${ms(r.longestWhatIfMs)} | ${r.heapWhatIfMB === null ? "–" : `${r.heapWhatIfMB.toFixed(0)} MB`} |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const b = process.argv.indexOf("--bundle");
  const result = await benchSummaryOpen({
    companies: arg("companies", 1_000_000),
    links: arg("links", 10_000_000),
    runs: arg("runs", 3),
    ...(b > 0 ? { bundle: process.argv[b + 1]! } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
}
