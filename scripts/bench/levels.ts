// Region levels in the real built app: switching the Regions select with a 10k/50k network on the
// flow map, and the sample's cold start (which must not load the municipal outlines).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { serveBuiltApp } from "./builtApp.ts";
import { waitForDrawn } from "../../test/e2e/browser.ts";
import { launchBrowser } from "../../test/e2e/browser.ts";
import { findChromium } from "../../test/e2e/chromium.ts";
import { syntheticNetwork } from "../lib/synthetic.ts";
import { fmt, median } from "./stats.ts";
import { presentedAfter, presentedTime } from "./presented.ts";
import { LONG_TASK_OBSERVER, longestSince, timeLoad } from "./browser.ts";
import { MUNICIPAL_READY_MARK } from "../../src/render/layers/municipalBoundaries.ts";

/** The switches, in order, from the default level (division); the first municipality one loads the outlines. */
export const LEVEL_SWITCHES = ["super-region", "economic-region", "municipality", "division", "municipality"] as const;
const FIRST_MUNICIPALITY = 2;

export interface SwitchTiming {
  /** ms from the select change to the flow layer's frame at the new level, and to that frame presented. */
  drawnMs: number;
  presentedMs: number;
  /** Longest main-thread task from the change to the presented frame. */
  longestMs: number;
}

export interface LevelsResult {
  companies: number;
  links: number;
  runs: number;
  /** Median per switch, in LEVEL_SWITCHES order. */
  switches: (SwitchTiming & { to: string })[];
  /** Median over every switch but the first municipality one, and the longest task of them all (worst run). */
  othersPresentedMs: number;
  othersLongestMs: number;
  /** Requests for the municipal outline chunk before the municipality level and in all (per run, worst). */
  chunkBefore: number;
  chunkTotal: number;
}

const isMunicipalChunk = (url: string) => url.includes("municipalities");

/** Time of the newest flow-layer frame that started after `after`, once there is one. */
async function flowFrameAfter(page: Page, after: number): Promise<number> {
  const handle = await page.waitForFunction(
    (t) => {
      const e = performance.getEntriesByName("atlas:flows-frame").at(-1);
      return e && e.startTime > t ? e.startTime + e.duration : null;
    },
    after,
    { timeout: 120_000, polling: 16 },
  );
  return (await handle.jsonValue()) as number;
}

async function presentedFrom(page: Page, drawnAt: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const frames = (await page.evaluate("window.__frames")) as number[];
    const at = presentedTime(frames, drawnAt);
    if (at !== null) return at;
    if (Date.now() > deadline) throw new Error("bench/levels: level switch not presented");
    await page.waitForTimeout(50);
  }
}

async function switchLevel(page: Page, to: string, loadsOutlines: boolean): Promise<SwitchTiming> {
  const since = await page.evaluate(() => performance.now());
  await page.getByTestId("control-region-level").selectOption(to);
  let after = since;
  if (loadsOutlines) {
    const mark = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime ?? null, MUNICIPAL_READY_MARK, { timeout: 120_000 });
    after = (await mark.jsonValue()) as number;
  }
  const drawnAt = await flowFrameAfter(page, after);
  const presented = await presentedFrom(page, drawnAt);
  return { drawnMs: drawnAt - since, presentedMs: presented - since, longestMs: await longestSince(page, since) };
}

export async function benchLevels(companies = 10_000, links = 50_000, runs = 3): Promise<LevelsResult | null> {
  const app = await serveBuiltApp("bench/levels");
  if (!app) return null;
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-levels-"));
  const net = syntheticNetwork({ companies, links, seed: 11, municipalities: true });
  const files = [join(dir, "companies.csv"), join(dir, "links.csv")];
  writeFileSync(files[0]!, net.companiesCsv);
  writeFileSync(files[1]!, net.linksCsv);
  const perRun: SwitchTiming[][] = [];
  let chunkBefore = 0;
  let chunkTotal = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const context = await app.browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASK_OBSERVER);
      const requested: string[] = [];
      page.on("request", (req) => requested.push(req.url()));
      await page.goto(`${app.url}?lvl=divisions`);
      await waitForDrawn(page, 1);
      await timeLoad(page, files);
      await page.waitForTimeout(500);
      const timings: SwitchTiming[] = [];
      for (const [i, to] of LEVEL_SWITCHES.entries()) {
        if (i === FIRST_MUNICIPALITY) chunkBefore = Math.max(chunkBefore, requested.filter(isMunicipalChunk).length);
        timings.push(await switchLevel(page, to, i === FIRST_MUNICIPALITY));
        await page.waitForTimeout(300);
      }
      chunkTotal = Math.max(chunkTotal, requested.filter(isMunicipalChunk).length);
      perRun.push(timings);
      await context.close();
    }
  } finally {
    await app.close();
  }
  const switches = LEVEL_SWITCHES.map((to, i) => ({
    to: i === FIRST_MUNICIPALITY ? `${to} (first: outlines load)` : to,
    drawnMs: median(perRun.map((t) => t[i]!.drawnMs)),
    presentedMs: median(perRun.map((t) => t[i]!.presentedMs)),
    longestMs: median(perRun.map((t) => t[i]!.longestMs)),
  }));
  const others = perRun.flatMap((t) => t.filter((_, i) => i !== FIRST_MUNICIPALITY));
  return {
    companies,
    links,
    runs,
    switches,
    othersPresentedMs: median(others.map((t) => t.presentedMs)),
    othersLongestMs: Math.max(...others.map((t) => t.longestMs)),
    chunkBefore,
    chunkTotal,
  };
}

export interface ColdStartResult {
  label: string;
  drawnMs: number;
  presentedMs: number;
  /** Requests for the municipal outline chunk while opening the sample (worst round). */
  municipalRequests: number;
}

/**
 * The sample's page load for several built apps (each a folder with dist/), round after round in
 * one browser so they share the machine's load alike. This checkout's dist/ is built first; the
 * others must be built already (e.g. an earlier commit: `git archive <commit> | tar -x -C DIR`,
 * node_modules linked, `npx vite build` there).
 */
export async function benchColdStart(apps: ReadonlyArray<{ label: string; root: string }>, rounds = 5): Promise<ColdStartResult[]> {
  const chromium = findChromium();
  if (!chromium) throw new Error("bench/levels: no Chromium");
  await build({ logLevel: "warn" });
  const servers = await Promise.all(apps.map((a) => preview({ root: a.root, configFile: false, logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } })));
  const browser = await launchBrowser(chromium);
  const times = apps.map(() => ({ drawn: [] as number[], presented: [] as number[], municipal: 0 }));
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [i, server] of servers.entries()) {
        const address = server.httpServer.address();
        if (!address || typeof address === "string") throw new Error("bench/levels: preview server has no port");
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        await page.addInitScript(LONG_TASK_OBSERVER);
        const requested: string[] = [];
        page.on("request", (req) => requested.push(req.url()));
        await page.goto(`http://127.0.0.1:${address.port}/`);
        await waitForDrawn(page, 1);
        const presented = await presentedAfter(page, "atlas:drawn:1");
        times[i]!.drawn.push(await page.evaluate(() => performance.getEntriesByName("atlas:drawn:1")[0]?.startTime ?? NaN));
        times[i]!.presented.push(presented);
        await page.waitForTimeout(500);
        times[i]!.municipal = Math.max(times[i]!.municipal, requested.filter(isMunicipalChunk).length);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  return apps.map((a, i) => ({ label: a.label, drawnMs: median(times[i]!.drawn), presentedMs: median(times[i]!.presented), municipalRequests: times[i]!.municipal }));
}

export function levelsTable(r: LevelsResult): string[] {
  return [
    `| Regions select, flow map, ${r.companies} companies / ${r.links} links with 시군구 (median of ${r.runs}) | flows drawn | presented | longest task |`,
    "|---|---:|---:|---:|",
    ...r.switches.map((s) => `| → ${s.to} | ${fmt(s.drawnMs)} | ${fmt(s.presentedMs)} | ${fmt(s.longestMs)} |`),
    `| every switch but the first municipality one | – | ${fmt(r.othersPresentedMs)} | ${fmt(r.othersLongestMs)} (worst) |`,
    "",
    `Municipal outline chunk requests: ${r.chunkBefore} before the municipality level, ${r.chunkTotal} in all.`,
  ];
}

export function coldStartTable(rows: readonly ColdStartResult[]): string[] {
  const last = rows.at(-1)!;
  return [
    "| sample, cold start | drawn | presented | vs this checkout | municipal chunk requests |",
    "|---|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.label} | ${fmt(r.drawnMs)} | ${fmt(r.presentedMs)} | ${(last.presentedMs / r.presentedMs).toFixed(2)}× | ${r.municipalRequests} |`),
  ];
}
