// Screenshots in docs/using.md: the national map at default settings and the sample's force
// layout coloured by community. Builds the app, serves it on loopback and drives Chromium
// (as the browser tests do): `npx tsx scripts/docScreenshots.ts [OUT_DIR]` (default docs/).
import { mkdirSync } from "node:fs";
import { build, preview } from "vite";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../test/e2e/chromium.ts";

async function main() {
  const out = process.argv[2] ?? "docs";
  const executablePath = findChromium();
  if (!executablePath) throw new Error("docScreenshots: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)");
  const outDir = "tmp/dist-screenshots"; // ignored by git
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false }, build: { outDir } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("docScreenshots: preview server has no port");
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    mkdirSync(out, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => console.error("page error:", String(e)));
    await page.goto(`${base}${process.argv[3] ?? ""}`);
    await page.waitForFunction(() => Number(document.body.dataset.drawnVersion ?? 0) >= 1, undefined, { timeout: 60_000 });
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: `${out}/national-map.png` });

    await page.getByTestId("control-node-color").selectOption("community");
    await page.getByTestId("view-force").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=layout-rerun]") !== null, undefined, { timeout: 300_000 });
    await page.getByTestId("legend-nodes").and(page.locator("[data-kind=community][data-count]")).waitFor({ timeout: 120_000 });
    // The view animates to the finished layout; let it settle.
    await page.waitForTimeout(2_000);
    await page.screenshot({ path: `${out}/community-force.png` });
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
