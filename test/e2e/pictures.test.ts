// Presenters' pictures tell the truth: the PNG and the SVG list the legend rows the screen lists,
// for every colour mode, size mode and view, and draw the map as the screen draws it (the same
// label spots, halos and flow numbers), in both themes. Pixels are compared: the PNG against
// the SVG rasterised by rsvg-convert, and against the screen itself.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { DOMParser } from "@xmldom/xmldom";
import { appSession, downloadPath, setControl } from "./browser.ts";
import { hasRsvg } from "./pixels.ts";
import { MAP_THEMES } from "../../src/style/mapTheme.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

type Element = ReturnType<DOMParser["parseFromString"]>["documentElement"] & {};

async function exportFile(page: Page, format: "png" | "svg"): Promise<{ bytes: Buffer; attrs: Record<string, string> }> {
  if ((await page.getByTestId("export-dialog").count()) === 0) await page.getByTestId("export-open").click();
  await page.getByTestId(`export-format-${format}`).check();
  if (format === "png") await page.getByTestId("export-size").selectOption("1x");
  await page.getByTestId("export-title-text").fill("");
  await page.getByTestId("export-caption-text").fill("");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-download").click()]);
  const bytes = readFileSync(await downloadPath(file));
  await page.waitForFunction((n) => document.querySelector("[data-testid=export-result]")?.getAttribute("data-bytes") === String(n), bytes.length);
  const attrs = await page.getByTestId("export-result").evaluate((el) => Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])));
  return { bytes, attrs };
}

async function closeExport(page: Page) {
  if ((await page.getByTestId("export-dialog").count()) > 0) await page.getByTestId("export-dialog").locator("button.close").click();
}

const squash = (text: string) => text.replace(/[\s–]+/g, "");

/** What the on-screen legend lists: its title, section headings and every row, in order. */
async function screenLegend(page: Page): Promise<string[]> {
  return page.getByTestId("legend").evaluate((legend) => {
    const out = [legend.getAttribute("aria-label") ?? ""];
    for (const section of legend.querySelectorAll(".legend-section")) {
      const heading = section.querySelector(":scope > div");
      if (heading) out.push(heading.textContent ?? "");
      for (const li of section.querySelectorAll(":scope > ul > li")) out.push(li.textContent ?? "");
    }
    return out;
  });
}

function parseSvg(bytes: Buffer) {
  const doc = new DOMParser().parseFromString(bytes.toString("utf8"), "image/svg+xml");
  const all = Array.from(doc.getElementsByTagName("*")) as unknown as Element[];
  const group = (id: string) => all.find((e) => e.tagName === "g" && e.getAttribute("id") === id);
  const texts = (el: Element | undefined) => (el ? (Array.from(el.getElementsByTagName("text")) as unknown as Element[]) : []);
  return { all, group, texts };
}

/** What the SVG's legend lists, in order; a wrapped note comes back as one line, a shortened label with its "…". */
function svgLegend(svg: ReturnType<typeof parseSvg>): string[] {
  const items = svg.texts(svg.group("legend"));
  const out: string[] = [];
  let last: { x: string; y: number; size: string } | null = null;
  for (const t of items) {
    const x = t.getAttribute("x") ?? "";
    const y = Number(t.getAttribute("y"));
    const size = t.getAttribute("font-size") ?? "";
    // The next line of a wrapped note (11) or label (12): same size and start, the next line down.
    const wrapped = last && (size === "11" || size === "12") && size === last.size && x === last.x && y > last.y && y - last.y < 17;
    if (wrapped) out[out.length - 1] += ` ${t.textContent}`;
    else out.push(t.textContent ?? "");
    last = { x, y, size };
  }
  return out;
}

/** The screen's row matches the picture's: equal, or the picture's shortened form of it ("…"). */
function sameRows(screen: readonly string[], picture: readonly string[]) {
  expect(picture.length, `${picture.join(" | ")}\nvs screen\n${screen.join(" | ")}`).toBe(screen.length);
  picture.forEach((row, i) => {
    const want = squash(screen[i]!);
    const got = squash(row);
    if (got.endsWith("…")) expect(want.startsWith(got.slice(0, -1)), `${row} vs ${screen[i]}`).toBe(true);
    else expect(got, `row ${i}`).toBe(want);
  });
}

async function settle(page: Page) {
  await page.waitForFunction(() => !document.querySelector("[data-testid=legend-pending]"), null, { timeout: 60_000 });
  await page.waitForTimeout(120);
}

/** Mean colour of each `block`-pixel square: anti-aliasing and sub-pixel text differ between rasterisers, shapes do not. */
function blocks(png: PNG, box: [number, number, number, number], block: number): number[][] {
  const [bx, by, bw, bh] = box;
  const out: number[][] = [];
  for (let y = by; y + block <= by + bh; y += block) {
    for (let x = bx; x + block <= bx + bw; x += block) {
      const sum = [0, 0, 0];
      for (let j = 0; j < block; j++) {
        for (let i = 0; i < block; i++) {
          const k = ((y + j) * png.width + x + i) * 4;
          sum[0]! += png.data[k]!;
          sum[1]! += png.data[k + 1]!;
          sum[2]! += png.data[k + 2]!;
        }
      }
      out.push(sum.map((v) => v / (block * block)));
    }
  }
  return out;
}

/**
 * Of the blocks that carry something besides plain land and sea in either picture (flows, dots,
 * names, numbers, outlines), the share whose mean colours differ by more than `tolerance` on
 * some channel: a dot moved or left out, a name drawn elsewhere, counts against a small base.
 */
function differingShare(a: number[][], b: number[][], plain: readonly number[][], tolerance: number): { share: number; content: number } {
  expect(a.length).toBe(b.length);
  const isPlain = (c: number[]) => plain.some((p) => c.every((v, k) => Math.abs(v - p[k]!) <= 6));
  let content = 0;
  let differ = 0;
  a.forEach((c, i) => {
    const d = b[i]!;
    if (isPlain(c) && isPlain(d)) return;
    content++;
    if (c.some((v, k) => Math.abs(v - d[k]!) > tolerance)) differ++;
  });
  return { share: differ / Math.max(1, content), content };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

describe.skipIf(!chromium)("exported pictures match the screen", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), "atlas-pictures-"));
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  /** The sample with one more column (a company size, 대/중/소), so colouring by a column of the data is walked too. */
  async function openWithColumn(): Promise<Page> {
    ({ page } = await session.open());
    const [head, ...rows] = readFileSync("data/sample/companies.csv", "utf8").trim().split("\n");
    const sized = [`${head},규모`, ...rows.map((row, i) => `${row},${["대", "중", "소"][i % 3]}`)].join("\n");
    await page.getByTestId("file-input").setInputFiles([
      { name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(`${sized}\n`) },
      { name: "links.csv", mimeType: "text/csv", buffer: readFileSync("data/sample/links.csv") },
    ]);
    await page.waitForFunction(() => Number(document.body.dataset.drawnVersion ?? 0) >= 2, null, { timeout: 60_000 });
    return page;
  }

  /** Every colour mode × size mode in the given views: the SVG's legend and the PNG's rows equal the screen's. */
  async function walkLegends(views: readonly ("map-divisions" | "map-companies" | "force")[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const view of views) {
      if (view === "force") await page.getByTestId("view-force").click();
      else {
        if ((await page.getByTestId("view-map").getAttribute("aria-pressed")) !== "true") await page.getByTestId("view-map").click();
        await setControl(page, "level", view === "map-divisions" ? "divisions" : "companies");
      }
      for (const color of ["division", "industry", "tier", "community", "attribute"]) {
        await setControl(page, "node-color", color);
        for (const size of ["fixed", "degree", "weightedDegree", "pagerank", "betweenness", "score"]) {
          await setControl(page, "node-size", size);
          await settle(page);
          const screen = await screenLegend(page);
          const { bytes, attrs } = await exportFile(page, "svg");
          await closeExport(page);
          sameRows(screen, svgLegend(parseSvg(bytes)));
          // The rows the PNG painter places (the same layout): every row of the screen's, none more.
          const rows = JSON.parse(attrs["data-legend-rows"]!) as string[];
          const screenRows = await page.getByTestId("legend").evaluate((l) => Array.from(l.querySelectorAll(".legend-section > ul > li")).map((li) => li.textContent ?? ""));
          expect(rows.map(squash)).toEqual(screenRows.map(squash));
          seen.add(`${view}|${screen.slice(1).join("|")}`);
        }
      }
    }
    return seen;
  }

  it("light: the legend of the PNG and the SVG lists the screen's rows, for every colour mode, size mode and view", async () => {
    await openWithColumn();
    const seen = await walkLegends(["map-divisions", "map-companies", "force"]);
    // The walk met different legends, not one repeated: every colour and size mode says its own thing.
    expect(seen.size).toBeGreaterThan(60);
  }, 600_000);

  it("dark: the same walk on the flow map and the force view", async () => {
    await openWithColumn();
    await page.getByTestId("scenes-toggle").click();
    await page.getByTestId("theme-select").selectOption("dark");
    await page.getByTestId("scenes-toggle").click();
    const seen = await walkLegends(["map-divisions", "force"]);
    // At the flows the companies are small whatever the size mode: one size key per colour mode there.
    expect(seen.size).toBeGreaterThan(30);
  }, 600_000);

  // Light: companies as usual, over the flows, with their labels; dark: small, under the flows.
  for (const [theme, companies] of [["light", "shown"], ["dark", "small"]] as const) {
    it(`${theme}: the flow map's PNG equals its SVG and the screen (companies ${companies}); flow numbers, division names and labels are where the screen drew them`, async () => {
      ({ page } = await session.open(`?lvl=divisions&ns=pagerank&fco=${companies}`));
      await page.setViewportSize({ width: 1280, height: 720 });
      if (theme === "dark") {
        await page.getByTestId("scenes-toggle").click();
        await page.getByTestId("theme-select").selectOption("dark");
        await page.getByTestId("scenes-toggle").click();
      }
      await settle(page);
      await page.waitForTimeout(600);
      const png = await exportFile(page, "png");
      const svgFile = await exportFile(page, "svg");
      await closeExport(page);
      const svg = parseSvg(svgFile.bytes);

      // Flow numbers: in the SVG as in the PNG (the same walk draws both), the largest five.
      const numbers = svg.texts(svg.group("flows")).filter((t) => t.getAttribute("font-size") === "11");
      const shown = Number(await page.getByTestId("legend-flows").getAttribute("data-shown"));
      expect(numbers.length).toBe(Math.min(5, shown));
      // Division names are drawn again over the companies, last on the map.
      const names = svg.texts(svg.group("division-names")).map((t) => t.textContent);
      // The screen's order: flows under the companies when they are drawn as usual, over them when small.
      const order = svg.all.filter((e) => e.tagName === "g").map((e) => e.getAttribute("id")).filter((id) => id === "flows" || id === "companies");
      expect(order).toEqual(companies === "shown" ? ["flows", "companies"] : ["companies", "flows"]);
      expect(names).toEqual(expect.arrayContaining(["서울", "대구", "인천", "대전"]));
      // Company labels at the spots the screen placed them (shifted by the part the panels cover).
      const spots = await page.locator(".atlas-canvas").evaluate((el) => ({ labels: el.dataset.labels ?? "", spots: el.dataset.labelSpots ?? "" }));
      const view = svg.group("view")!.getAttribute("transform") ?? "";
      const shift = Number(/translate\((-?[\d.]+)/.exec(view)?.[1] ?? 0);
      const svgLabels = svg.texts(svg.group("company-labels")).map((t) => ({ text: t.textContent, x: Number(t.getAttribute("x")), y: Number(t.getAttribute("y")) }));
      const screenSpots = spots.spots.split(" ").map((p) => p.split(",").map(Number));
      const screenLabels = spots.labels ? spots.labels.split("\n").map((text, i) => ({ text, x: screenSpots[i]![0]!, y: screenSpots[i]![1]! })) : [];
      if (companies === "shown") expect(screenLabels.length).toBeGreaterThan(0);
      expect(svgLabels.map((l) => l.text)).toEqual(screenLabels.map((l) => l.text));
      // Within rounding: the screen states whole pixels, the SVG tenths.
      svgLabels.forEach((l, i) => expect(Math.max(Math.abs(l.x - screenLabels[i]!.x), Math.abs(l.y - screenLabels[i]!.y)), l.text ?? "").toBeLessThanOrEqual(1));
      expect(shift).toBeLessThan(0);

      const picture = PNG.sync.read(png.bytes);
      const colors = MAP_THEMES[theme];
      const plain = [rgb(colors.sea), rgb(colors.land)];
      const mapBox = png.attrs["data-map-box"]!.split(",").map(Number) as [number, number, number, number];
      if (!hasRsvg && process.env.SUPPLY_ATLAS_REQUIRE_BROWSER) throw new Error("rsvg-convert is missing (apt-get install librsvg2-bin)");
      if (hasRsvg) {
        const svgPath = join(dir, `${theme}.svg`);
        const rasterPath = join(dir, `${theme}-svg.png`);
        writeFileSync(svgPath, svgFile.bytes);
        execFileSync("rsvg-convert", ["-o", rasterPath, svgPath]);
        const raster = PNG.sync.read(readFileSync(rasterPath));
        expect([raster.width, raster.height]).toEqual([picture.width, picture.height]);
        const whole: [number, number, number, number] = [0, 0, picture.width, picture.height];
        const compared = differingShare(blocks(picture, whole, 4), blocks(raster, whole, 4), plain, 40);
        if (process.env.PICTURE_DEBUG) console.log(theme, "png vs svg", compared);
        expect(compared.content).toBeGreaterThan(500);
        expect(compared.share).toBeLessThan(0.02);
      }
      // Against the screen: the map's own canvases, with the notices and buttons over it hidden.
      await page.addStyleTag({ content: ".stage-notices, .camera-controls, .map-controls, .stage-left { visibility: hidden !important; }" });
      await page.waitForTimeout(200);
      const canvas = (await page.locator(".atlas-canvas").boundingBox())!;
      const cut = canvas.width - mapBox[2];
      const screen = PNG.sync.read(await page.screenshot({ clip: { x: canvas.x + cut, y: canvas.y, width: mapBox[2], height: mapBox[3] } }));
      const onScreen = differingShare(blocks(picture, mapBox, 4), blocks(screen, [0, 0, mapBox[2], mapBox[3]], 4), plain, 48);
      if (process.env.PICTURE_DEBUG) console.log(theme, "png vs screen", onScreen);
      expect(onScreen.content).toBeGreaterThan(500);
      expect(onScreen.share).toBeLessThan(0.015);
    }, 180_000);
  }

  it("the force view's picture carries the community halos and their names as the screen drew them", async () => {
    ({ page } = await session.open("?v=force&nc=community&ns=pagerank"));
    await settle(page);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>(".atlas-canvas")?.dataset.halos ?? 0) > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const halos = Number(await page.locator(".atlas-canvas").getAttribute("data-halos"));
    const { bytes, attrs } = await exportFile(page, "svg");
    const svg = parseSvg(bytes);
    const rings = Array.from(svg.group("halos")!.getElementsByTagName("circle"));
    expect(rings.length).toBe(halos);
    expect(svg.texts(svg.group("halos")).length).toBeGreaterThan(0);
    // The legend says what the halos and the community colours are, as on screen.
    const rows = JSON.parse(attrs["data-legend-rows"]!) as string[];
    expect(rows.some((r) => /엷은 원/.test(r))).toBe(true);
    expect(attrs["data-file"]).toMatch(/^supply-atlas-force-\d+x\d+\.svg$/);
  }, 120_000);
});
