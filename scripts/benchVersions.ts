// Side by side: loads the same synthetic network into several builds of the app in turn, so a
// noisy shared machine weighs on every version alike. Build each version first, for example
//   git worktree add /tmp/old <commit> && (cd /tmp/old && npm ci && npx vite build --outDir /tmp/builds/old)
//   npx vite build --outDir /tmp/builds/new
// then: npm run bench:versions -- /tmp/builds/old /tmp/builds/new   (ROUNDS, COMPANIES, LINKS)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { launchBrowser, waitForDrawn } from "../test/e2e/browser.ts";
import { findChromium } from "../test/e2e/chromium.ts";
import { syntheticNetwork } from "./lib/synthetic.ts";
import { LONG_TASK_OBSERVER, timeLoad } from "./bench/browser.ts";
import { median } from "./bench/stats.ts";

const builds = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const chromium = findChromium();
if (builds.length === 0 || !chromium) {
  console.error(builds.length === 0 ? "bench:versions: name the built app directories to compare" : "bench:versions: no Chromium found");
  process.exit(1);
}
const rounds = Number(process.env.ROUNDS ?? 5);
const net = syntheticNetwork({ companies: Number(process.env.COMPANIES ?? 10_000), links: Number(process.env.LINKS ?? 50_000), seed: 11 });
const dir = mkdtempSync(join(tmpdir(), "atlas-versions-"));
const files = [join(dir, "companies.csv"), join(dir, "links.csv")];
writeFileSync(files[0]!, net.companiesCsv);
writeFileSync(files[1]!, net.linksCsv);

const servers = await Promise.all(builds.map((outDir) => preview({ logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port: 0 } })));
const browser = await launchBrowser(chromium);
const results = builds.map(() => [] as Awaited<ReturnType<typeof timeLoad>>[]);
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, server] of servers.entries()) {
      const address = server.httpServer.address() as { port: number };
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_OBSERVER);
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await waitForDrawn(page, 1);
      await page.waitForTimeout(500);
      results[i]!.push(await timeLoad(page, files));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
const ms = (values: number[]) => `${Math.round(median(values))} ms (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
for (const [i, runs] of results.entries()) {
  console.log(`${builds[i]}: drawn ${ms(runs.map((r) => r.ms))}, presented ${ms(runs.map((r) => r.presentedMs))}, longest task ${ms(runs.map((r) => r.longest))}, every link in ${ms(runs.map((r) => r.linksMs))}`);
}
process.exit(0);
