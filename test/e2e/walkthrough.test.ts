// A planner's walkthrough (issue 15): one browser test per finding, each of which would have
// failed before its fix.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { compileFilter } from "../../src/graph/filters/compile.ts";
import { NO_FILTER, type FilterState } from "../../src/graph/filters/types.ts";
import { appSession, waitForDrawn } from "./browser.ts";
import { layerPixels } from "./layers.ts";
import { supplyPath } from "../../src/graph/paths/path.ts";
import { fixture, readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const sample = readLocal(SAMPLE_FILES);
const sampleGraph = buildGraph(sample, { positions: new Map() });
const designated = sample.companies.filter((c) => c.tier === "super-regional");

const keptLinks = (filter: Partial<FilterState>) => {
  const keep = compileFilter(sampleGraph, { ...NO_FILTER, ...filter }, "2023");
  return sampleGraph.filterEdges((edge, attributes) => keep.keepEdge(edge, attributes)).length;
};
const shownLinks = (page: Page, n: number) =>
  page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, n);

describe.skipIf(!chromium)("a planner's walkthrough in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("the super-regional tier keeps links that touch a designated company; the role narrows it, and the link keeps the role", async () => {
    ({ page } = await session.open("?lang=en"));
    await page.getByTestId("filters").locator("summary").click();
    const option = page.getByTestId("facet-tiers").locator('input[data-value="super-regional"]');
    const touching = sampleGraph.filterEdges((_e, _a, s, t) => [s, t].some((n) => sampleGraph.getNodeAttribute(n, "company").tier === "super-regional")).length;
    expect(keptLinks({ tiers: ["super-regional"] })).toBe(touching);
    // The count beside the option says the same before it is ticked.
    expect(Number(await page.getByTestId("facet-tiers").locator('input[data-value="super-regional"] ~ .count').getAttribute("data-count"))).toBe(touching);
    await option.check();
    await shownLinks(page, touching);
    const both = keptLinks({ tiers: ["super-regional"], companyRole: "both" });
    expect(both).toBeLessThan(touching);
    await page.getByTestId("filter-company-role").selectOption("both");
    await shownLinks(page, both);
    await page.waitForFunction(() => location.hash.includes("crole=both"));
    // Every industry option counts the links that touch a company of it, as Node does.
    await page.getByTestId("filter-company-role").selectOption("either");
    await option.uncheck();
    await shownLinks(page, sample.links.length);
    const counts = await page.getByTestId("facet-industries").locator("input").evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-value")!, Number(e.parentElement!.querySelector(".count")!.getAttribute("data-count"))] as const),
    );
    for (const [industry, n] of counts) expect(n, industry).toBe(keptLinks({ industries: [industry] }));
  });

  it("the ranking states its lookalike rule in both languages and never names more lookalikes than designated companies", async () => {
    for (const lang of ["ko", "en"] as const) {
      ({ page } = await session.open(`?lang=${lang}&tab=ranking`));
      const check = page.getByTestId("ranking-check");
      await check.waitFor({ timeout: 60_000 });
      const rule = (await page.getByTestId("lookalikes-rule").textContent()) ?? "";
      expect(rule).toContain(String(designated.length));
      expect(rule).toMatch(lang === "ko" ? /지정/ : /designated/);
      const lookalikes = page.getByTestId("lookalikes");
      expect(Number(await lookalikes.getAttribute("data-designated"))).toBe(designated.length);
      expect(Number(await lookalikes.getAttribute("data-count"))).toBeLessThanOrEqual(designated.length);
    }
  });

  it("the what-if lists every flow it counts", async () => {
    // Removing a whole division only makes its own flows vanish; removing a busy company
    // shrinks flows between other divisions too.
    const busiest = sampleGraph.nodes().reduce((a, b) => (sampleGraph.degree(b) > sampleGraph.degree(a) ? b : a));
    ({ page } = await session.open(`?lang=en&tab=resilience&sel=${busiest}`));
    await page.getByTestId("whatif-remove-company").click();
    const flows = page.getByTestId("whatif-flows");
    await flows.waitFor();
    const count = Number(await flows.getAttribute("data-count"));
    // More than the four named inline: the rest were out of reach before.
    expect(count).toBeGreaterThan(4);
    await page.getByTestId("whatif-flows-all").locator("summary").click();
    expect(await page.getByTestId("whatif-flow-row").count()).toBe(count);
  });

  it("matrix cells carry their numbers, and the focused cell is read out", async () => {
    ({ page } = await session.open("?lang=en&mx=1"));
    const matrix = page.getByTestId("flow-matrix");
    await matrix.waitFor();
    const cells = await matrix.locator("rect.matrix-cell:not(.internal)").evaluateAll((els) =>
      els.filter((e) => Number(e.getAttribute("data-value")) > 0).map((e) => `${e.getAttribute("data-from")}>${e.getAttribute("data-to")}=${e.getAttribute("data-value")}`),
    );
    const numbers = await matrix.locator(".matrix-numbers text").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-number-from")}>${e.getAttribute("data-number-to")}=${e.textContent}`));
    expect(cells.length).toBeGreaterThan(0);
    // Small counts fit as they are.
    expect(numbers.sort()).toEqual(cells.sort());
    await matrix.locator('rect.matrix-cell[tabindex="0"]').focus();
    await expect(page.getByTestId("matrix-readout").textContent()).resolves.toMatch(/→|:/);
  });

  it("the division profile's company list says what its numbers are", async () => {
    const division = sampleGraph.getNodeAttribute(designated[0]!.id, "division");
    ({ page } = await session.open(`?lang=en&tab=division&div=${division}`));
    const table = page.getByTestId("profile-companies");
    await table.waitFor();
    const heads = await table.locator("thead th").allTextContents();
    expect(heads).toHaveLength(3);
    for (const h of heads) expect(h.trim().length).toBeGreaterThan(0);
    await table.locator("tbody tr").first().waitFor();
    expect(await table.locator("tbody tr").first().locator("td").count()).toBe(heads.length);
  });

  it("a shortest path is framed whole, and the legend shows the path ink instead of the link types", async () => {
    ({ page } = await session.open("?lang=en"));
    // The longest of the shortest paths from the first company: its ends lie far apart.
    const from = sampleGraph.nodes()[0]!;
    const to = sampleGraph.nodes().reduce((best, node) => {
      const len = supplyPath(sampleGraph, from, node, { undirectedFallback: true })?.edges.length ?? 0;
      return len > best.len ? { node, len } : best;
    }, { node: from, len: 0 }).node;
    const pick = async (id: string) => {
      await page.getByTestId("search-input").fill(sampleGraph.getNodeAttribute(id, "company").name);
      // The exact name comes first; Enter chooses it (the list re-renders while the map moves).
      await page.locator(`#search-hit-0[data-id="${id}"]`).waitFor();
      await page.getByTestId("search-input").press("Enter");
      await page.getByTestId("company-panel").waitFor();
    };
    await pick(from);
    await page.getByTestId("path-from").click();
    await pick(to);
    await page.getByTestId("path-to").click();
    await page.getByTestId("path-result").waitFor();
    const length = Number(await page.getByTestId("path-result").getAttribute("data-length"));
    expect(length).toBeGreaterThan(1);
    {
      await page.waitForFunction(() => document.querySelector("[data-path-frame]") !== null);
      const frame = JSON.parse((await page.locator("[data-path-frame]").first().getAttribute("data-path-frame"))!) as { width: number; height: number; points: [number, number][] };
      expect(frame.points.length).toBe(length + 1);
      for (const [x, y] of frame.points) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(frame.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(frame.height);
      }
    }
    await page.getByTestId("legend-trace").waitFor();
    expect(await page.getByTestId("legend-links").count()).toBe(0);
  });

  it("the supply chain shown is stated in the legend, and the link types come back when it is cleared", async () => {
    ({ page } = await session.open(`?lang=en&sel=${designated[0]!.id}`));
    await page.getByTestId("focus-show").click();
    await page.getByTestId("legend-trace").waitFor();
    await page.getByTestId("focus-clear").click();
    // Back to the usual key: link types, or the division flows when zoomed out.
    await page.locator('[data-testid="legend-links"], [data-testid="legend-flows"]').first().waitFor();
    expect(await page.getByTestId("legend-trace").count()).toBe(0);
  });

  it("no division arrows or labels are drawn in the force view, before or after its layout ends and across mode switches", async () => {
    ({ page } = await session.open("?lang=en"));
    await page.waitForFunction(() => document.querySelector("canvas.sigma-flows") !== null);
    expect((await layerPixels(page, "flows")).painted).toBeGreaterThan(0);
    await page.getByTestId("view-force").click();
    expect((await layerPixels(page, "flows")).painted).toBe(0);
    await page.getByTestId("layout-rerun").waitFor({ timeout: 120_000 });
    expect((await layerPixels(page, "flows")).painted).toBe(0);
    // Back to the map and straight into force again: still nothing over the force picture.
    await page.getByTestId("view-map").click();
    await page.getByTestId("view-force").click();
    expect((await layerPixels(page, "flows")).painted).toBe(0);
    await page.getByTestId("view-map").click();
    await page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>("canvas.sigma-flows");
      const data = c?.getContext("2d")?.getImageData(0, 0, c.width, c.height).data;
      return !!data && data.some((v, i) => i % 4 === 3 && v > 100);
    });
  });

  it("the header keeps every button on screen at 1280 pixels", async () => {
    ({ page } = await session.open("?lang=ko"));
    const width = page.viewportSize()!.width;
    const rights = await page.locator(".app-header button").evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right));
    for (const right of rights) expect(right).toBeLessThanOrEqual(width);
  });

  it("Korean words in segmented buttons stay whole", async () => {
    ({ page } = await session.open("?div=KR-11&mx=1"));
    await page.locator(".segmented button").first().waitFor();
    const broken = await page.locator(".segmented button").evaluateAll((buttons) =>
      buttons.flatMap((button) => {
        const text = button.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words = [...(text.textContent ?? "").matchAll(/\S+/g)];
        return words.flatMap((m) => {
          const range = document.createRange();
          range.setStart(text, m.index!);
          range.setEnd(text, m.index! + m[0].length);
          // A word on more than one line box was broken inside.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return lines.size > 1 ? [m[0]] : [];
        });
      }),
    );
    expect(await page.locator(".segmented button").count()).toBeGreaterThan(4);
    expect(broken).toEqual([]);
  });

  it("the import report and the address notice speak the user's language, with no internal codes", async () => {
    ({ page } = await session.open("?foo=1"));
    const notice = page.getByTestId("url-notice");
    await notice.waitFor();
    expect(await notice.textContent()).not.toMatch(/unknown-param|bad-value/);
    expect(await notice.textContent()).toContain("알 수 없는 설정");
    await page.getByTestId("file-input").setInputFiles([fixture("companies.csv"), fixture("links.csv")]);
    await waitForDrawn(page, 2);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    const files = (await report.locator("ul.muted li").allTextContents()).join("\n");
    const RAW = /(: |· )(companies|links|links-with-companies|utf-8|utf-8-bom|euc-kr)( ·|$)/m;
    expect(files).not.toMatch(RAW);
    expect(files).toMatch(/기업 목록|연결 목록/);
    await report.locator("button.close").click();
    await page.getByTestId("lang-toggle").click();
    await page.getByTestId("report-button").click();
    const summary = (await page.getByTestId("report-summary").textContent()) ?? "";
    expect(summary).not.toMatch(/\b1 (companies|links|warnings)\b/);
    expect((await page.getByTestId("import-report").locator("ul.muted li").allTextContents()).join("\n")).not.toMatch(RAW);
  });

  it("English division names on the chart do not run into each other", async () => {
    ({ page } = await session.open("?lang=en&tab=charts"));
    await page.getByTestId("chart-divisions").waitFor();
    const clashes = await page.getByTestId("chart-divisions").locator("text.division-tick").evaluateAll((texts) => {
      const lines = texts.map((node) => {
        const text = node as SVGTextElement;
        const n = text.getNumberOfChars();
        const m = text.getScreenCTM()!;
        const at = (p: DOMPoint) => p.matrixTransform(m);
        const a = at(text.getStartPositionOfChar(0));
        const b = at(text.getEndPositionOfChar(n - 1));
        return { a, b, size: parseFloat(getComputedStyle(text).fontSize) * m.a };
      });
      const out: number[] = [];
      for (let i = 1; i < lines.length; i++) {
        const p = lines[i - 1]!;
        const q = lines[i]!;
        const dx = p.b.x - p.a.x;
        const dy = p.b.y - p.a.y;
        const len = Math.hypot(dx, dy) || 1;
        // Distance between the two parallel baselines, across them.
        const across = Math.abs((q.a.x - p.a.x) * -dy + (q.a.y - p.a.y) * dx) / len;
        const [l1, r1] = [Math.min(p.a.x, p.b.x), Math.max(p.a.x, p.b.x)];
        const [l2, r2] = [Math.min(q.a.x, q.b.x), Math.max(q.a.x, q.b.x)];
        const apart = r1 <= l2 || r2 <= l1;
        if (!apart && across < p.size * 0.9) out.push(i);
      }
      return out;
    });
    expect(clashes).toEqual([]);
  });

  it("the docked table leaves the legend and the analytics drawer in view", async () => {
    ({ page } = await session.open("?lang=en&tab=ranking"));
    await page.getByTestId("table-toggle").click();
    const table = await page.getByTestId("data-table").boundingBox();
    for (const id of ["legend", "analytics"]) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, id).toBeTruthy();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(table!.y + 1);
    }
  });
});
