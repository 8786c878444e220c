// Image export in the built app, headless Chromium: PNG at 2× and SVG of a 10k-company /
// 50k-link network drawn as company links. Time from "download" to the file, its size, and the
// longest main-thread task meanwhile (the export works in slices, so the page keeps answering).
// Run alone: npx tsx scripts/bench/export.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serveBuiltApp } from "./builtApp.ts";
import { waitForDrawn } from "../../test/e2e/browser.ts";
import { syntheticNetwork } from "../lib/synthetic.ts";
import { fmt, median } from "./stats.ts";

export interface ExportResult {
  format: "png" | "svg";
  companies: number;
  links: number;
  ms: number;
  longestTaskMs: number;
  bytes: number;
  width: number;
  height: number;
  runs: number;
}

const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
`;

async function timeExport(page: Page, format: "png" | "svg") {
  await page.getByTestId("export-open").click();
  await page.getByTestId(`export-format-${format}`).check();
  if (format === "png") await page.getByTestId("export-size").selectOption("2x");
  const t0 = await page.evaluate(() => performance.now());
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 600_000 }), page.getByTestId("export-download").click()]);
  const result = page.getByTestId("export-result");
  await result.waitFor({ timeout: 600_000 });
  const t1 = await page.evaluate(() => performance.now());
  await download.delete();
  const longest = await page.evaluate((start) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration));
  }, t0);
  const read = async (name: string) => Number(await result.getAttribute(name));
  const out = { ms: t1 - t0, longest, bytes: await read("data-bytes"), width: await read("data-width"), height: await read("data-height") };
  await page.getByTestId("export-dialog").locator("button.close").click();
  return out;
}

export async function benchExport(sizes = [{ companies: 10_000, links: 50_000, runs: 3 }]): Promise<ExportResult[] | null> {
  const app = await serveBuiltApp("bench/export");
  if (!app) return null;
  const { url, browser } = app;
  const results: ExportResult[] = [];
  try {
    for (const size of sizes) {
      const dir = mkdtempSync(join(tmpdir(), "atlas-bench-export-"));
      const net = syntheticNetwork({ companies: size.companies, links: size.links, seed: 11 });
      const files = [join(dir, "companies.csv"), join(dir, "links.csv")];
      writeFileSync(files[0]!, net.companiesCsv);
      writeFileSync(files[1]!, net.linksCsv);
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_OBSERVER);
      await page.goto(url);
      await waitForDrawn(page, 1);
      await page.getByTestId("file-input").setInputFiles(files);
      await waitForDrawn(page, 2, 600_000);
      // Company links, not division flows: the heavy case.
      await page.getByTestId("control-level").selectOption("companies");
      // Every link in the picture: the status line's count of drawn links stops changing (links
      // join the companies in slices after the first picture).
      await page.waitForFunction(
        () => {
          const w = window as unknown as { __lastLinks?: string; __sameSince?: number };
          const now = document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links") ?? "";
          if (now !== w.__lastLinks) {
            w.__lastLinks = now;
            w.__sameSince = performance.now();
          }
          return performance.now() - (w.__sameSince ?? 0) > 2000;
        },
        null,
        { timeout: 600_000, polling: 250 },
      );
      for (const format of ["png", "svg"] as const) {
        const runs = [];
        for (let i = 0; i < size.runs; i++) runs.push(await timeExport(page, format));
        results.push({
          format,
          companies: size.companies,
          links: size.links,
          ms: median(runs.map((r) => r.ms)),
          longestTaskMs: median(runs.map((r) => r.longest)),
          bytes: median(runs.map((r) => r.bytes)),
          width: runs[0]!.width,
          height: runs[0]!.height,
          runs: size.runs,
        });
      }
      await context.close();
    }
    return results;
  } finally {
    await app.close();
  }
}

export function exportTable(rows: readonly ExportResult[]): string[] {
  return [
    "| image export (Chromium) | companies | links | output | median time | longest task | file size |",
    "|---|---:|---:|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.format === "png" ? "PNG 2×" : "SVG"} (median of ${r.runs}) | ${r.companies} | ${r.links} | ${r.width}×${r.height} | ${fmt(r.ms)} | ${fmt(r.longestTaskMs)} | ${(r.bytes / 1e6).toFixed(2)} MB |`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchExport();
  if (rows) console.log(exportTable(rows).join("\n"));
}
