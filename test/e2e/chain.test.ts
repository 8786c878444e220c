// Issue 26, a planner's walkthrough of the supply chain and the division modes: the chain
// starts only when asked, the company panel lists it by tier, and the status line counts what
// the map draws, as the panel and Node's own supply-chain walk count it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { supplyFocus } from "../../src/graph/paths/tiers.ts";
import { TRACE_EDGE } from "../../src/style/palette.ts";
import { appSession, selectCompany, statusCounts } from "./browser.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";
import { violations } from "./axe.ts";
import { PNG } from "pngjs";
import { countColor, hex } from "./pixels.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

const sample = readLocal(SAMPLE_FILES);
const graph = buildGraph(sample, { positions: new Map() });
const upstream2 = (id: string) => supplyFocus(graph, id, { depth: 2, direction: "upstream" });
const tierIds = (tiers: ReadonlyMap<string, number>, tier: number) => [...tiers].filter(([, t]) => t === tier).map(([id]) => id).sort();
// The company whose two steps of suppliers reach the most 2nd-tier ones that the panel lists
// without folding (at most 50 a tier): a chain with something in every tier.
const company = graph
  .nodes()
  .map((id) => ({ id, chain: upstream2(id) }))
  .filter(({ chain }) => tierIds(chain.tiers, -1).length >= 3 && tierIds(chain.tiers, -1).length <= 50 && tierIds(chain.tiers, -2).length <= 50)
  .sort((a, b) => tierIds(b.chain.tiers, -2).length - tierIds(a.chain.tiers, -2).length || (a.id < b.id ? -1 : 1))[0]!;
const name = graph.getNodeAttribute(company.id, "company").name;

/** Pixels in the chain's ink on the map, between the side panels (their text is near that ink). */
async function traceInk(page: Page): Promise<number> {
  const map = (await page.getByTestId("atlas-canvas").boundingBox())!;
  const left = await page.locator(".stage-left").boundingBox();
  const panel = await page.getByTestId("company-panel").boundingBox();
  const x = left ? left.x + left.width : map.x;
  const right = panel ? panel.x : map.x + map.width;
  const png = PNG.sync.read(await page.screenshot({ clip: { x, y: map.y, width: right - x, height: map.height } }));
  return countColor(png, hex(TRACE_EDGE), 4);
}

describe.skipIf(!chromium)("the supply chain and the division modes in Chromium (issue 26)", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: depth and direction wait for the button; the panel lists the chain by tier and the status line counts it`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await selectCompany(page, name);
      await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe(name);
      await page.waitForFunction(() => location.hash.includes("sel="));
      const before = await statusCounts(page);
      expect(before.links).toBe(graph.size);
      // The camera may still be flying to the selected company (slowly on a loaded machine):
      // the address is read once it has come to rest.
      let hash = await page.evaluate(() => location.hash);
      for (let settled = false, tries = 0; !settled && tries < 20; tries++) {
        await page.waitForTimeout(300);
        const now = await page.evaluate(() => location.hash);
        settled = now === hash;
        hash = now;
      }
      const inkBefore = await traceInk(page);

      // The direction names the side it selects: upstream is the suppliers' side.
      const direction = page.getByTestId("focus-direction");
      await expect(direction.locator('option[value="upstream"]').textContent()).resolves.toBe(lang === "ko" ? "공급기업 쪽 (위)" : "Suppliers (up)");
      await expect(direction.locator('option[value="downstream"]').textContent()).resolves.toBe(lang === "ko" ? "수요기업 쪽 (아래)" : "Buyers (down)");

      // A draft: nothing on the map, the status line, the panel or the address changes.
      await direction.selectOption("upstream");
      await page.getByTestId("focus-depth").selectOption("2");
      await page.waitForTimeout(500);
      expect(await statusCounts(page)).toEqual(before);
      expect(await page.getByTestId("status-counts").getAttribute("data-lit")).toBe("");
      expect(await page.getByTestId("chain-list").count()).toBe(0);
      expect(await page.evaluate(() => location.hash)).toBe(hash);
      expect(await page.getByTestId("legend-trace").count()).toBe(0);
      expect(await traceInk(page)).toBeLessThanOrEqual(inkBefore + 20);

      await page.getByTestId("focus-show").click();
      const list = page.getByTestId("chain-list");
      await list.waitFor();
      await page.waitForFunction((id) => location.hash.includes(`foc=${id}`) && location.hash.includes("fdep=2") && location.hash.includes("fdir=upstream"), company.id);
      // The keyboard lands on the button that ends the chain, not on the page.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("focus-clear");

      // The panel, tier by tier, as Node walks the chain.
      const expected = company.chain;
      const tiers = page.getByTestId("chain-tier");
      expect(await tiers.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-tier"))))).toEqual([-1, -2]);
      let listedLinks = 0;
      let listedCompanies = 1;
      for (const [i, tier] of [-1, -2].entries()) {
        const el = tiers.nth(i);
        const ids = (await el.locator("li[data-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!))).sort();
        expect(ids, `tier ${tier}`).toEqual(tierIds(expected.tiers, tier));
        expect(Number(await el.getAttribute("data-companies"))).toBe(ids.length);
        listedLinks += Number(await el.getAttribute("data-links"));
        listedCompanies += ids.length;
        const heading = (await el.locator("h5").textContent()) ?? "";
        expect(heading).toContain(lang === "ko" ? `${-tier}차 공급기업` : `Tier ${-tier} suppliers`);
      }
      expect(listedCompanies).toBe(expected.tiers.size);
      expect(listedLinks).toBe(expected.edges.length);
      expect(Number(await list.getAttribute("data-companies"))).toBe(expected.tiers.size);
      expect(Number(await list.getAttribute("data-links"))).toBe(expected.edges.length);

      // The status line counts the same chain: the companies and links lit, of every link.
      await page.waitForFunction(() => document.querySelector("[data-testid=status-counts]")?.getAttribute("data-lit") === "chain");
      const shown = await statusCounts(page);
      expect(shown.companies).toBe(expected.tiers.size);
      expect(shown.links).toBe(expected.edges.length);
      expect(shown.cross).toBe(expected.edges.filter((e) => div(graph.source(e)) !== div(graph.target(e))).length);
      const text = (await page.getByTestId("status-counts").textContent()) ?? "";
      expect(text).toMatch(lang === "ko" ? /^공급망: 기업 / : /^Supply chain: /);
      expect(Number(await page.getByTestId("status-counts").getAttribute("data-total-links"))).toBe(graph.size);
      // And the map draws it, in the chain's ink.
      await page.getByTestId("legend-trace").waitFor();
      await page.waitForTimeout(300);
      const inkChain = await traceInk(page);
      expect(inkChain).toBeGreaterThan(inkBefore + 5000);

      // While it is shown, a changed draft waits for the button too.
      await direction.selectOption("both");
      await page.getByTestId("focus-pending").waitFor();
      await page.waitForTimeout(300);
      expect(await statusCounts(page)).toEqual(shown);
      expect(await page.evaluate(() => location.hash)).toContain("fdir=upstream");
      await page.getByTestId("focus-show").click();
      const both = supplyFocus(graph, company.id, { depth: 2, direction: "both" });
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, both.edges.length);
      expect(Number(await list.getAttribute("data-companies"))).toBe(both.tiers.size);
      expect((await statusCounts(page)).companies).toBe(both.tiers.size);
      await page.waitForFunction(() => !location.hash.includes("fdir="));
      expect(await page.getByTestId("focus-pending").count()).toBe(0);

      // A company of the list, chosen from the keyboard, opens its own panel; the chain stays.
      const first = page.getByTestId("chain-tier").first().locator("li[data-id] button").first();
      const firstId = await first.evaluate((b) => b.closest("li")!.getAttribute("data-id"));
      await first.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), firstId);
      await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe(graph.getNodeAttribute(firstId!, "company").name);
      expect(Number(await page.getByTestId("chain-list").getAttribute("data-links"))).toBe(both.edges.length);
      expect(await page.getByTestId("chain-list").locator(`li[data-id="${firstId}"] button`).getAttribute("aria-current")).toBe("true");
      expect(await violations(page)).toEqual([]);
    });

    it(`${lang}: with Ulsan chosen and incoming links, the status line counts Ulsan's incoming links`, async () => {
      ({ page } = await session.open(`?lang=${lang}&mx=1`));
      const ulsan = "KR-31";
      const incoming = graph.filterEdges((_e, _a, s, t) => div(t) === ulsan && div(s) !== ulsan).length;
      const touching = graph.filterEdges((_e, _a, s, t) => div(t) === ulsan || div(s) === ulsan).length;
      expect(incoming).toBeGreaterThan(0);
      expect(incoming).toBeLessThan(touching);
      await page.getByTestId("flow-matrix").locator(`g[data-axis="row"][data-division="${ulsan}"]`).first().click();
      await page.waitForFunction((u) => document.querySelector("[data-testid=division-panel]")?.getAttribute("data-selected") === u, ulsan);
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, touching);
      await page.getByTestId("division-mode-incoming").click();
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, incoming);
      const counts = await statusCounts(page);
      expect(counts).toEqual({ companies: graph.order, links: incoming, cross: incoming });
      await expect(page.getByTestId("status-counts").textContent()).resolves.toMatch(lang === "ko" ? /연결 .*개 중 .*개 표시/ : / of .* links shown/);
      // Outgoing, and back to every link once the choice is cleared.
      const outgoing = graph.filterEdges((_e, _a, s, t) => div(s) === ulsan && div(t) !== ulsan).length;
      await page.getByTestId("division-mode-outgoing").click();
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, outgoing);
      await page.getByTestId("division-clear").click();
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) === n, graph.size);
    });
  }
});

function div(id: string): string {
  return graph.getNodeAttribute(id, "division");
}
