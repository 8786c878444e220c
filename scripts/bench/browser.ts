// First render and load-to-picture in the real built app, in headless Chromium.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serveBuiltApp } from "./builtApp.ts";
import { waitForDrawn } from "../../test/e2e/browser.ts";
import Papa from "papaparse";
import { syntheticNetwork } from "../lib/synthetic.ts";
import { sheetWorkbook } from "../lib/realFiles.ts";
import { median } from "./stats.ts";
import { FRAME_RECORDER, presentedAfter } from "./presented.ts";
import { COMPANY_LINKS_MARK } from "../../src/render/bindings/linksInSightView.ts";

export interface LoadResult {
  /** What the user chose: two CSV files, or one workbook with a companies and a links sheet. */
  format: "csv" | "xlsx";
  /** Median cost of one flow-layer frame at the national view, after the load. */
  flowFrameMs: number;
  /** Median time from ticking a link-type filter to the next painted frame, at the national view. */
  filterMs: number;
  /** The same with company links on screen (level "companies"), and the longest task over those changes. */
  filterLinksMs: number;
  filterLinksLongestMs: number;
  /**
   * Switching the national view to company links: median ms to the links handed to sigma whole
   * (COMPANY_LINKS_MARK), to that picture presented, and the longest task meanwhile.
   */
  levelMs: number;
  levelPresentedMs: number;
  levelLongestMs: number;
  /** Median ms from a click on a column of the links table to its sorted rows, and the longest task meanwhile. */
  tableSortMs: number;
  tableSortLongestMs: number;
  /** Longest main-thread task while the pointer sweeps over the map (hover highlighting). */
  hoverLongestMs: number;
  /** Median ms from choosing the files to the presented frame (presented.ts). */
  toPresentedMs: number;
  companies: number;
  links: number;
  /** Median ms from choosing the files to the first drawn frame. */
  toDrawnMs: number;
  /** Longest main-thread task from choosing the files to the presented frame (median over runs). */
  longestTaskMs: number;
  /**
   * Median ms from choosing the files to every link being in the graph (the `atlas:built` mark):
   * from 20k links the map shows the companies first and the links are built after.
   */
  toLinksMs: number;
  /** Longest main-thread task from choosing the files to every link being in (median over runs). */
  longestToLinksMs: number;
  /** JS heap once the picture is presented, and once every link is in. */
  heapMB: number;
  heapLinksMB: number;
  runs: number;
}

export interface BrowserBenchResult {
  sampleDrawnMs: number;
  /** Navigation to the sample's presented frame. */
  samplePresentedMs: number;
  sampleRuns: number;
  loads: LoadResult[];
}

// Long tasks and animation frames are recorded from the first moment of each page.
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  ${FRAME_RECORDER}
`;

/** Redraws the flow layer by switching the flow measure back and forth; returns the median frame. */
async function flowFrame(page: Page, frames = 9): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    await page.getByTestId("control-measure").selectOption(i % 2 ? "count" : "weight");
    times.push(await page.evaluate(() => performance.getEntriesByName("atlas:flows-frame").at(-1)?.duration ?? NaN));
  }
  return median(times);
}

/**
 * Ticks and unticks the "production" filter; each time waits for new counts and the next frame.
 * Returns the median time and the longest main-thread task over all rounds.
 */
async function filterToPicture(page: Page, rounds = 5): Promise<{ ms: number; longest: number }> {
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId("filters").locator("summary").click();
  const box = page.getByTestId("facet-linkTypes").locator('input[data-value="production"]');
  await box.waitFor();
  const times: number[] = [];
  for (let i = 0; i < rounds * 2; i++) {
    const before = await page.getByTestId("status-counts").getAttribute("data-links");
    const t0 = await page.evaluate(() => performance.now());
    await box.click();
    await page.waitForFunction((b) => document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links") !== b, before);
    const t1 = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
    times.push(t1 - t0);
  }
  await page.getByTestId("filters").locator("summary").click();
  return { ms: median(times), longest: await longestSince(page, since) };
}

/**
 * Opens the data table's links, then sorts them by amount and by supplier (the collated column)
 * three times each way; returns the median time from the click to the sorted rows and the
 * longest main-thread task meanwhile (opening the table included).
 */
async function tableSort(page: Page, rounds = 3): Promise<{ ms: number; longest: number }> {
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId("table-toggle").click();
  await page.getByTestId("data-table-tab-links").click();
  const settled = () => page.waitForFunction(() => document.querySelector("[data-testid=data-table-bar]")?.getAttribute("data-sorting") === "false", undefined, { timeout: 120_000 });
  await settled();
  const times: number[] = [];
  const headers = page.getByTestId("data-table").locator("[role=columnheader] button");
  // Column 5 is the amount, column 0 the supplier (linkTableColumns in ui/table/columns.ts).
  for (let i = 0; i < rounds * 2; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await headers.nth(i % 2 ? 0 : 5).click();
    await settled();
    times.push((await page.evaluate(() => performance.now())) - t0);
  }
  await page.getByTestId("table-toggle").click();
  return { ms: median(times), longest: await longestSince(page, since) };
}

/** Switches the national view to company links; see LoadResult.levelMs. */
async function levelToLinks(page: Page): Promise<{ ms: number; presentedMs: number; longest: number }> {
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId("control-level").selectOption("companies");
  const presented = await presentedAfter(page, COMPANY_LINKS_MARK, 240_000);
  const marked = (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(COMPANY_LINKS_MARK)})[0].startTime`)) as number;
  return { ms: marked - since, presentedMs: presented - since, longest: await longestSince(page, since) };
}

/** Moves the pointer across the middle of the map in 40 steps; returns the longest task meanwhile. */
async function hoverSweep(page: Page): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(400 + i * 12, 300 + (i % 7) * 25);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(500);
  return longestSince(page, since);
}

export async function longestSince(page: Page, since: number): Promise<number> {
  return page.evaluate((start) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration));
  }, since);
}

export async function timeLoad(page: Page, files: string[]): Promise<{ ms: number; presentedMs: number; longest: number; linksMs: number; longestToLinks: number; heap: number; heapLinks: number }> {
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId("file-input").setInputFiles(files);
  await waitForDrawn(page, 2, 600_000);
  const presented = await presentedAfter(page, "atlas:drawn:2");
  const drawn = await page.evaluate((start) => {
    const mark = performance.getEntriesByName("atlas:drawn:2")[0];
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { ms: (mark?.startTime ?? performance.now()) - start, heap: (memory?.usedJSHeapSize ?? 0) / 1e6 };
  }, t0);
  // Every link in: the graph the rest of the app works on (the map may have shown the companies before).
  await page.waitForFunction((start) => performance.getEntriesByName("atlas:built").some((e) => e.startTime > start), t0, { timeout: 600_000 });
  await waitForDrawn(page, await page.evaluate(() => Number(document.body.dataset.drawnVersion)), 600_000);
  const links = await page.evaluate((start) => {
    const mark = performance.getEntriesByName("atlas:built").find((e) => e.startTime > start)!;
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    const longest = Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start && t.start <= mark.startTime).map((t) => t.duration));
    return { ms: mark.startTime - start, longest, heap: (memory?.usedJSHeapSize ?? 0) / 1e6 };
  }, t0);
  // Tasks up to the presented frame: the load is not over for the user before it.
  const longest = await page.evaluate(
    ({ start, end }) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start && t.start <= end).map((t) => t.duration));
    },
    { start: t0, end: presented },
  );
  return { ms: drawn.ms, presentedMs: presented - t0, longest, linksMs: links.ms, longestToLinks: links.longest, heap: drawn.heap, heapLinks: links.heap };
}

export async function benchBrowser(
  loads: ReadonlyArray<{ companies: number; links: number; runs: number; format?: "csv" | "xlsx" }>,
  sampleRuns = 5,
): Promise<BrowserBenchResult | null> {
  const app = await serveBuiltApp("bench/browser");
  if (!app) return null;
  const { url, browser } = app;
  try {
    const fresh = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_OBSERVER);
      return { page, close: () => context.close() };
    };

    const sampleTimes: number[] = [];
    const samplePresented: number[] = [];
    for (let i = 0; i < sampleRuns; i++) {
      const { page, close } = await fresh();
      await page.goto(url);
      await waitForDrawn(page, 1);
      sampleTimes.push(await page.evaluate(() => performance.getEntriesByName("atlas:drawn:1")[0]?.startTime ?? NaN));
      samplePresented.push(await presentedAfter(page, "atlas:drawn:1"));
      await close();
    }

    const results: LoadResult[] = [];
    for (const size of loads) {
      const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
      const net = syntheticNetwork({ companies: size.companies, links: size.links, seed: 11 });
      const format = size.format ?? "csv";
      const files = format === "csv" ? [join(dir, "companies.csv"), join(dir, "links.csv")] : [join(dir, "network.xlsx")];
      if (format === "csv") {
        writeFileSync(files[0]!, net.companiesCsv);
        writeFileSync(files[1]!, net.linksCsv);
      } else {
        const rows = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: true }).data;
        writeFileSync(files[0]!, sheetWorkbook("network.xlsx", { 기업: rows(net.companiesCsv), 거래: rows(net.linksCsv) }).bytes);
      }
      const runs: Awaited<ReturnType<typeof timeLoad>>[] = [];
      const frames: number[] = [];
      const filters: number[] = [];
      const linkFilters: { ms: number; longest: number }[] = [];
      const hovers: number[] = [];
      const sorts: { ms: number; longest: number }[] = [];
      const levels: { ms: number; presentedMs: number; longest: number }[] = [];
      for (let i = 0; i < size.runs; i++) {
        const { page, close } = await fresh();
        await page.goto(url);
        await waitForDrawn(page, 1);
        runs.push(await timeLoad(page, files));
        frames.push(await flowFrame(page));
        hovers.push(await hoverSweep(page));
        sorts.push(await tableSort(page));
        if (size.links <= 100_000) filters.push((await filterToPicture(page)).ms);
        // With company links on screen: every link the filter keeps, or on a bigger network the
        // links in sight (at most 50,000). Under software WebGL a frame of them takes seconds to
        // rasterise, so fewer rounds on a big network.
        levels.push(await levelToLinks(page));
        await page.waitForTimeout(300);
        linkFilters.push(await filterToPicture(page, size.links <= 100_000 ? 5 : 2));
        // The page must still answer after the load.
        await page.evaluate(() => 1 + 1);
        await close();
      }
      results.push({
        format,
        companies: size.companies,
        links: size.links,
        toDrawnMs: median(runs.map((r) => r.ms)),
        toPresentedMs: median(runs.map((r) => r.presentedMs)),
        hoverLongestMs: median(hovers),
        tableSortMs: median(sorts.map((s) => s.ms)),
        tableSortLongestMs: median(sorts.map((s) => s.longest)),
        levelMs: median(levels.map((l) => l.ms)),
        levelPresentedMs: median(levels.map((l) => l.presentedMs)),
        levelLongestMs: median(levels.map((l) => l.longest)),
        filterLinksMs: linkFilters.length ? median(linkFilters.map((f) => f.ms)) : NaN,
        filterLinksLongestMs: linkFilters.length ? median(linkFilters.map((f) => f.longest)) : NaN,
        flowFrameMs: median(frames),
        filterMs: filters.length ? median(filters) : NaN,
        longestTaskMs: median(runs.map((r) => r.longest)),
        toLinksMs: median(runs.map((r) => r.linksMs)),
        longestToLinksMs: median(runs.map((r) => r.longestToLinks)),
        heapMB: median(runs.map((r) => r.heap)),
        heapLinksMB: median(runs.map((r) => r.heapLinks)),
        runs: size.runs,
      });
      console.error(`bench/browser: ${size.links} links (${format}) done`);
    }
    return { sampleDrawnMs: median(sampleTimes), samplePresentedMs: median(samplePresented), sampleRuns, loads: results };
  } finally {
    await app.close();
  }
}
