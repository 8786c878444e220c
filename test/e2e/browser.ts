import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { chromium as playwright, type Browser, type Download, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium.ts";

/** A browser of its own, for the benchmarks (scripts/bench). */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  return playwright.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The one Chromium that globalSetup launched for every browser test file: connecting costs a
 * fraction of a launch. Each page still gets a context (cookies, storage, cache) of its own.
 */
export async function connectBrowser(): Promise<Browser> {
  return playwright.connect(inject("browserEndpoint"));
}

/**
 * Where a download landed, on this machine. A browser reached through `connect` counts as
 * remote, where Playwright keeps `download.path()` to itself: the bytes are copied here instead.
 */
export async function downloadPath(download: Download): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "atlas-download-")), download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors and any request that leaves the app's own origin. */
export function watchPage(page: Page, baseUrl: string): PageWatch {
  const origin = new URL(baseUrl).origin;
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Opens the app and waits until sigma has drawn the given graph version. */
export async function openApp(page: Page, baseUrl: string, query = ""): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`${baseUrl}${query}`);
  await waitForDrawn(page, 1);
}

export async function waitForDrawn(page: Page, version: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((v) => Number(document.body.dataset.drawnVersion ?? 0) >= v, version, { timeout });
}

export async function statusCounts(page: Page) {
  const el = page.getByTestId("status-counts");
  return {
    companies: Number(await el.getAttribute("data-companies")),
    links: Number(await el.getAttribute("data-links")),
    cross: Number(await el.getAttribute("data-cross")),
  };
}

/** The shared browser, a fresh page (in a fresh context) per test. */
export function appSession(_chromium: string, baseUrl: string) {
  let browser: Browser | null = null;
  let page: Page | null = null;
  return {
    async start() {
      browser = await connectBrowser();
    },
    async stop() {
      // Closes this file's connection and its contexts; the shared browser keeps running.
      await browser?.close();
    },
    async open(query = ""): Promise<{ page: Page; watch: PageWatch }> {
      await page?.close();
      page = await browser!.newPage();
      const watch = watchPage(page, baseUrl);
      await openApp(page, baseUrl, query);
      return { page, watch };
    },
  };
}

/** Selects a company as a user does: "/" to the search box, the name, Enter on the first result. */
export async function selectCompany(page: Page, query: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(query);
  await page.getByTestId("search-results").locator("li[data-id]").first().waitFor();
  await page.keyboard.press("Enter");
  await page.getByTestId("company-panel").waitFor();
}

/** Picks an option of one of the map's view settings. */
export async function setControl(page: Page, control: string, value: string): Promise<void> {
  await page.getByTestId(`control-${control}`).selectOption(value);
}
