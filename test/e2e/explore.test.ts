import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { compileFilter } from "../../src/graph/filters/compile.ts";
import { filterCounts } from "../../src/graph/filters/counts.ts";
import { linkRows, sortRows } from "../../src/graph/table/tableRows.ts";
import { SORT_IN_WORKER_ROWS } from "../../src/app/tableSortService.ts";
import { FACETS_IN_WORKER_LINKS } from "../../src/app/facetsService.ts";
import { COMPANIES_FIRST_LINKS } from "../../src/app/load/loader.ts";
import { EARLY_COMPANIES_LINK_SIZE } from "../../src/io/read/readFiles.ts";
import { HOVER_DIM_MAX_COMPANIES } from "../../src/render/bindings/litHover.ts";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";
import { NO_FILTER } from "../../src/graph/filters/types.ts";
import { appSession, setControl, statusCounts, waitForDrawn } from "./browser.ts";
import { countColor, hex, stagePixels } from "./pixels.ts";
import { LINK_TYPE_COLORS } from "../../src/style/palette.ts";
import { LINKS_IN_SIGHT_MAX } from "../../src/graph/filters/linksInSight.ts";
import { fixture, readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const sample = readLocal(SAMPLE_FILES);

/** A generated network as the two CSV files a user would choose; returns their paths. */
function writeNetwork(companies: number, links: number, seed: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-network-"));
  const net = syntheticNetwork({ companies, links, seed });
  const paths = [join(dir, "companies.csv"), join(dir, "links.csv")];
  writeFileSync(paths[0]!, net.companiesCsv);
  writeFileSync(paths[1]!, net.linksCsv);
  return paths;
}
const sampleGraph = buildGraph(sample, { positions: new Map() });

interface StatusSeen {
  v: number;
  companies: number;
  reading: boolean;
  total: string | null;
}

/** Records every change of the drawn picture's version and of the status line's counts, as it happens. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__seen = [];
    const snap = () => {
      const s = document.querySelector("[data-testid=status-counts]");
      window.__seen.push({ v: Number(document.body.dataset.drawnVersion), companies: Number(s?.getAttribute("data-companies")), reading: s?.getAttribute("data-reading") === "true", total: s?.getAttribute("data-total-links") ?? null });
    };
    new MutationObserver(snap).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-drawn-version", "data-companies", "data-total-links", "data-reading"] });
  })()`);
}

const seenStatus = async (page: Page) => (await page.evaluate("window.__seen")) as StatusSeen[];

describe.skipIf(!chromium)("explore and share in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("filtering by a division keeps exactly the links the same filter keeps in Node", async () => {
    ({ page } = await session.open());
    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("facet-divisions").locator('input[data-value="KR-26"]').check();
    const keep = compileFilter(sampleGraph, { ...NO_FILTER, divisions: ["KR-26"] }, "2023");
    const expected = sampleGraph.filterEdges((edge, attributes) => keep.keepEdge(edge, attributes)).length;
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, expected);
    expect(await page.getByTestId("filters-kept").getAttribute("data-kept")).toBe(String(expected));
    expect((await statusCounts(page)).links).toBeLessThan(sample.links.length);
    // The facet shows its count, and clearing brings every link back.
    expect(Number(await page.getByTestId("facet-divisions").locator('input[data-value="KR-26"] ~ .count').getAttribute("data-count"))).toBe(expected);
    await page.getByTestId("filters-reset").click();
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, sample.links.length);
  });

  it("on a network big enough for the facets worker, the filter panel's counts come from it and match Node's", async () => {
    const paths = writeNetwork(5_000, 25_000, 21);
    const big = readLocal(paths);
    const bigGraph = buildGraph(big, { positions: new Map() });
    expect(bigGraph.size).toBeGreaterThanOrEqual(FACETS_IN_WORKER_LINKS);
    ({ page } = await session.open());
    await page.getByTestId("file-input").setInputFiles(paths);
    await waitForDrawn(page, 2, 120_000);
    await page.getByTestId("filters").locator("summary").click();
    const box = page.getByTestId("facet-linkTypes").locator('input[data-value="production"]');
    await box.waitFor();
    // The count beside "production" is what that type alone keeps, as Node counts it.
    const production = filterCounts(bigGraph, { ...NO_FILTER, linkTypes: ["production"] }, "2023").totals.linksKept;
    expect(Number(await page.getByTestId("facet-linkTypes").locator('input[data-value="production"] ~ .count').getAttribute("data-count"))).toBe(production);
    await box.check();
    await page.waitForFunction((n) => document.querySelector("[data-testid=filters]")?.getAttribute("data-busy") === "false" && Number(document.querySelector("[data-testid=filters-kept]")?.getAttribute("data-kept")) === n, production);
    expect((await statusCounts(page)).links).toBe(production);
  }, 180_000);

  it("a network this big shows its companies first with every link counted, and then its links", async () => {
    const paths = writeNetwork(4_000, COMPANIES_FIRST_LINKS + 4_000, 23);
    const graph = buildGraph(readLocal(paths), { positions: new Map() });
    ({ page } = await session.open());
    await recordStatus(page);
    await page.getByTestId("file-input").setInputFiles(paths);
    await waitForDrawn(page, 3, 120_000);
    const seen = await seenStatus(page);
    // The sample is version 1; version 2 is the companies alone, version 3 the graph with its links.
    expect([...new Set(seen.map((s) => s.v).filter((v) => v > 1))]).toEqual([2, 3]);
    const mine = seen.filter((s) => s.companies === graph.order);
    expect(mine.some((s) => s.v === 2)).toBe(true);
    // The status line counts every link from the first picture on: the worker aggregated them.
    expect(new Set(mine.map((s) => Number(s.total)))).toEqual(new Set([graph.size]));
    expect(await statusCounts(page)).toMatchObject({ companies: graph.order, links: graph.size });
    expect(await page.getByTestId("load-progress").count()).toBe(0);
  }, 180_000);

  it("a network bigger still shows its companies while its links are read, then every link", async () => {
    const paths = writeNetwork(4_000, 34_000, 25);
    expect(statSync(paths[1]!).size).toBeGreaterThanOrEqual(EARLY_COMPANIES_LINK_SIZE);
    const graph = buildGraph(readLocal(paths), { positions: new Map() });
    ({ page } = await session.open());
    await recordStatus(page);
    await page.getByTestId("file-input").setInputFiles(paths);
    await waitForDrawn(page, 4, 120_000);
    const seen = await seenStatus(page);
    // Version 2: the companies while their links are read; 3: the links read and counted; 4: built.
    expect([...new Set(seen.map((s) => s.v).filter((v) => v > 1))]).toEqual([2, 3, 4]);
    const mine = seen.filter((s) => s.companies === graph.order);
    expect(mine.some((s) => s.v === 2 && s.reading && s.total === null)).toBe(true);
    // Once counted, the status line counts every link, and never a part of them.
    expect(new Set(mine.filter((s) => !s.reading).map((s) => Number(s.total)))).toEqual(new Set([graph.size]));
    expect(await statusCounts(page)).toMatchObject({ companies: graph.order, links: graph.size });
    expect(await page.getByTestId("load-progress").count()).toBe(0);
  }, 180_000);

  it("on a network too big to dim every company, a hover lights the company's partners on a layer of its own", async () => {
    const paths = writeNetwork(HOVER_DIM_MAX_COMPANIES + 1_000, 36_000, 26);
    const graph = buildGraph(readLocal(paths), { positions: new Map() });
    ({ page } = await session.open());
    await page.getByTestId("file-input").setInputFiles(paths);
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-total-links")) === n, graph.size, { timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector("[data-testid=load-progress]"));
    // The map's container states the hover layer's company (hoverFocus.ts), whether or not any label is drawn.
    const focus = () => page.evaluate(() => document.querySelector<HTMLElement>("[data-testid=atlas-canvas]")?.dataset.hoverFocus ?? "");
    // The veil over the map, read at the stage's top-left corner, where nothing else is drawn.
    const veil = () => page.evaluate(() => document.querySelector<HTMLCanvasElement>("canvas.sigma-hoverFocus")!.getContext("2d")!.getImageData(2, 2, 1, 1).data[3]);
    expect(await veil()).toBe(0);
    let hovered = "";
    for (let y = 240; y < 640 && !hovered; y += 8) {
      for (let x = 480; x < 800 && !hovered; x += 8) {
        await page.mouse.move(x, y);
        hovered = await focus();
      }
    }
    expect(graph.hasNode(hovered)).toBe(true);
    const partners = new Set(graph.neighbors(hovered));
    expect(Number(await page.evaluate(() => document.querySelector<HTMLElement>("[data-testid=atlas-canvas]")?.dataset.hoverPartners))).toBe(partners.size);
    expect(await veil()).toBeGreaterThan(100);
    // Off the map, the layer is clear again.
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => (document.querySelector<HTMLElement>("[data-testid=atlas-canvas]")?.dataset.hoverFocus ?? "x") === "");
    expect(await veil()).toBe(0);
  }, 180_000);

  it("on a network with more links than the map draws, company links are the heaviest in sight, and follow the filters", async () => {
    const paths = writeNetwork(6_000, LINKS_IN_SIGHT_MAX + 2_000, 27);
    const graph = buildGraph(readLocal(paths), { positions: new Map() });
    const production = graph.filterEdges((_e, a) => a.linkType === "production" && a.cross).length;
    ({ page } = await session.open());
    await page.getByTestId("file-input").setInputFiles(paths);
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-total-links")) === n, graph.size, { timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector("[data-testid=load-progress]"));
    const edgesShown = () => page.evaluate(() => getComputedStyle(document.querySelector("canvas.sigma-edges")!).visibility !== "hidden");
    const sight = () => page.evaluate(() => {
      const note = document.querySelector<HTMLElement>("[data-testid=status-in-sight]");
      return note ? { drawn: Number(note.dataset.drawn), inSight: Number(note.dataset.inSight) } : null;
    });
    const waitSight = (drawn: number | null) =>
      page.waitForFunction((n) => {
        const note = document.querySelector<HTMLElement>("[data-testid=status-in-sight]");
        return n === null ? !note : Number(note?.dataset.drawn) === n;
      }, drawn, { timeout: 60_000 });
    const orange = hex(LINK_TYPE_COLORS.production);
    expect(await edgesShown()).toBe(false);
    await setControl(page, "level", "companies");
    await waitSight(LINKS_IN_SIGHT_MAX);
    expect(await sight()).toEqual({ drawn: LINKS_IN_SIGHT_MAX, inSight: graph.size });
    await page.waitForFunction(() => getComputedStyle(document.querySelector("canvas.sigma-edges")!).visibility !== "hidden", undefined, { timeout: 60_000 });
    const withProduction = countColor(await stagePixels(page), orange, 10);
    expect(withProduction).toBeGreaterThan(2_000);
    // Without production links every other link fits: the note goes, and no production link is drawn.
    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("facet-linkTypes").locator('input[data-value="technology"]').check();
    await page.getByTestId("facet-linkTypes").locator('input[data-value="sales"]').check();
    await page.getByTestId("facet-linkTypes").locator('input[data-value="other"]').check();
    await waitSight(null);
    await page.waitForTimeout(500);
    // (The legend's production swatch stays.)
    expect(countColor(await stagePixels(page), orange, 10)).toBeLessThan(withProduction / 20);
    // Production links back: drawn again, from links sigma had dropped, and in the data's order
    // as before (internal links under the others): the same picture.
    await page.getByTestId("facet-linkTypes").locator('input[data-value="production"]').check();
    await waitSight(LINKS_IN_SIGHT_MAX);
    await page.waitForTimeout(500);
    expect(production).toBeGreaterThan(1_000);
    const again = countColor(await stagePixels(page), orange, 10);
    expect(Math.abs(again - withProduction)).toBeLessThan(withProduction * 0.02);
    await setControl(page, "level", "divisions");
    await waitSight(null);
    await page.waitForFunction(() => getComputedStyle(document.querySelector("canvas.sigma-edges")!).visibility === "hidden", undefined, { timeout: 60_000 });
  }, 240_000);

  it("a table this big sorts in its worker, in the order Node sorts", async () => {
    const paths = writeNetwork(3_000, SORT_IN_WORKER_ROWS + 3_000, 24);
    const rows = linkRows(buildGraph(readLocal(paths), { positions: new Map() }));
    ({ page } = await session.open());
    await page.getByTestId("file-input").setInputFiles(paths);
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-total-links")) === n, rows.length, { timeout: 120_000 });
    await page.waitForFunction(() => !document.querySelector("[data-testid=load-progress]"));
    await page.getByTestId("table-toggle").click();
    await page.getByTestId("data-table-tab-links").click();
    const bar = page.getByTestId("data-table-bar");
    const firstIds = async () => {
      await page.waitForFunction(() => document.querySelector("[data-testid=data-table-bar]")?.getAttribute("data-sorting") === "false");
      return page.getByTestId("data-table").locator("[role=row][data-id]").evaluateAll((els) => els.slice(0, 12).map((e) => e.getAttribute("data-id")));
    };
    // Suppliers 가나다 first, as sortRows collates them.
    expect(await firstIds()).toEqual(sortRows(rows, "supplierName", "asc").slice(0, 12).map((r) => r.id));
    // A number column starts biggest first.
    await page.getByTestId("data-table").locator('button[title="금액(백만 원)"]').click();
    await page.waitForFunction(() => document.querySelector("[data-testid=data-table] [aria-sort=descending]") !== null);
    expect(await firstIds()).toEqual(sortRows(rows, "weight", "desc").slice(0, 12).map((r) => r.id));
    expect(await bar.getAttribute("aria-busy")).toBe("false");
    // A filter rebuilds the rows across tasks; the table follows it, in the same order.
    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("facet-linkTypes").locator('input[data-value="sales"]').click();
    const sales = rows.filter((r) => r.type === "sales");
    await page.waitForFunction((n) => document.querySelector("[data-testid=data-table-count]")?.textContent?.replace(/[^0-9]/g, "") === String(n), sales.length);
    expect(await firstIds()).toEqual(sortRows(sales, "weight", "desc").slice(0, 12).map((r) => r.id));
  }, 180_000);

  it("searching by Korean initial consonants selects the company", async () => {
    ({ page } = await session.open());
    await page.keyboard.press("/");
    await page.keyboard.type("ㅅㅇㅇㅍㅇㅂ");
    await page.getByTestId("search-results").locator("li[data-id]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("company-panel").waitFor();
    await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe("서울에프앤비");
  });

  it("at 1280×720 the sample's notice (in the status line) leaves the company panel uncovered", async () => {
    ({ page } = await session.open());
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press("/");
    await page.keyboard.type("다스코");
    await page.getByTestId("search-results").locator("li[data-id]").first().waitFor();
    await page.keyboard.press("Enter");
    const panel = await page.getByTestId("company-panel").boundingBox();
    const notice = await page.getByTestId("illustrative-notice").boundingBox();
    expect(panel && notice).toBeTruthy();
    expect(notice!.x + notice!.width).toBeLessThanOrEqual(panel!.x);
  });

  it("a copied link opens the same view: filter, selection and counts", async () => {
    ({ page } = await session.open());
    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("facet-linkTypes").locator('input[data-value="production"]').check();
    await page.keyboard.press("/");
    await page.keyboard.type("다스코");
    await page.getByTestId("search-results").locator("li[data-id]").first().waitFor();
    await page.keyboard.press("Enter");
    await page.getByTestId("company-panel").waitFor();
    await page.waitForFunction(() => location.hash.includes("sel=") && location.hash.includes("lt=production"));
    const counts = await statusCounts(page);
    const link = page.url();

    expect(new URL(link).search).toBe(""); // the view rides in the fragment, never sent to the host
    const other = await session.open(new URL(link).hash);
    await other.page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, counts.links);
    expect(await statusCounts(other.page)).toEqual(counts);
    await other.page.getByTestId("company-panel").waitFor();
    await expect(other.page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe("다스코");
  });

  it("ignores a hostile or unknown address with a visible notice, and still works", async () => {
    const opened = await session.open(`?v=%3Cscript%3Ealert(1)%3C/script%3E&foo=1&cam=NaN,1,1&sel=nobody&lt=technology`);
    page = opened.page;
    const notice = page.getByTestId("url-notice");
    await notice.waitFor();
    expect(Number(await notice.getAttribute("data-count"))).toBeGreaterThanOrEqual(3);
    // The valid part still applies: only technology links are shown.
    const tech = sample.links.filter((l) => l.type === "technology").length;
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, tech);
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(opened.watch.consoleErrors).toEqual([]);
  });

  it("the user's files survive a reload, and clearing saved data brings back the sample", async () => {
    ({ page } = await session.open());
    const paths = [fixture("companies.csv"), fixture("links.csv")];
    const expected = readLocal(paths);
    await page.getByTestId("file-input").setInputFiles(paths);
    await waitForDrawn(page, 2);
    await page.getByTestId("import-report").locator("button.close").click();
    // Saved in IndexedDB after the load: wait until the list shows it.
    await page.getByTestId("saved-open").click();
    await page.getByTestId("saved-item").first().waitFor();
    expect(Number(await page.getByTestId("saved-item").first().getAttribute("data-bytes"))).toBeGreaterThan(0);
    await page.keyboard.press("Escape");

    await page.reload();
    await waitForDrawn(page, 1);
    expect((await statusCounts(page)).companies).toBe(expected.companies.length);

    await page.getByTestId("saved-open").click();
    await page.getByTestId("saved-clear").click();
    await page.getByTestId("saved-none").waitFor();
    await page.reload();
    await waitForDrawn(page, 1);
    expect((await statusCounts(page)).companies).toBe(sample.companies.length);
  });

  it("the data table follows the filters and selects on the map", async () => {
    ({ page } = await session.open());
    await page.getByTestId("table-toggle").click();
    const table = page.getByTestId("data-table");
    await table.waitFor();
    const row = table.locator("[data-id]").first();
    const id = await row.getAttribute("data-id");
    await row.click();
    await page.getByTestId("company-panel").waitFor();
    await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe(sample.companies.find((c) => c.id === id)!.name);
  });
});
