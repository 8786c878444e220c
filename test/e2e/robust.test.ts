import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession, statusCounts, waitForDrawn } from "./browser.ts";
import { fixture } from "./data.ts";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

/** Every name Object.prototype answers to, as company ids: none may break a load, a selection or a reload. */
const PROTO_IDS = Object.getOwnPropertyNames(Object.prototype);

function protoFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-proto-"));
  const companies = ["id,name,division", ...PROTO_IDS.map((id, i) => `${id},회사${i},${i % 2 ? "부산" : "서울"}`)].join("\n");
  const links = ["supplier,buyer,type", ...PROTO_IDS.slice(1).map((id, i) => `${PROTO_IDS[i]},${id},생산`)].join("\n");
  writeFileSync(join(dir, "proto-companies.csv"), companies);
  writeFileSync(join(dir, "proto-links.csv"), links);
  return [join(dir, "proto-companies.csv"), join(dir, "proto-links.csv")];
}

/** Files well over the size the browser's store keeps as Blobs. */
function largeFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-large-"));
  const net = syntheticNetwork({ companies: 1500, links: 6000, seed: 9 });
  writeFileSync(join(dir, "large-companies.csv"), net.companiesCsv);
  writeFileSync(join(dir, "large-links.csv"), net.linksCsv);
  return [join(dir, "large-companies.csv"), join(dir, "large-links.csv")];
}

async function datasetLabel(page: Page): Promise<string> {
  return (await page.getByTestId("status-line").locator(".status-dataset").textContent()) ?? "";
}

describe.skipIf(!chromium)("nothing lost, nothing run, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("the built app carries a Content-Security-Policy that refuses an injected inline script, and runs without a violation", async () => {
    const { page, watch } = await session.open();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    const before = watch.consoleErrors.length;
    const refused = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
      const script = document.createElement("script");
      script.textContent = "window.__ranInline = true";
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: (window as unknown as { __ranInline?: boolean }).__ranInline === true, violations };
    });
    expect(refused.ran).toBe(false);
    expect(refused.violations.some((v) => v.startsWith("script-src"))).toBe(true);
    watch.consoleErrors.splice(before);
    // The app itself (workers, canvas, downloads) needs nothing the policy refuses.
    await page.getByTestId("view-force").click();
    await page.getByTestId("analytics-toggle").click();
    await page.getByTestId("metrics-info").waitFor({ timeout: 60_000 });
    expect(watch.consoleErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });

  it("companies whose ids are Object.prototype names load, select, reload and leave Object.prototype alone", async () => {
    const { page, watch } = await session.open();
    await page.getByTestId("file-input").setInputFiles(protoFiles());
    await waitForDrawn(page, 2);
    expect((await statusCounts(page)).companies).toBe(PROTO_IDS.length);
    for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      await page.evaluate((sel) => (location.hash = `sel=${encodeURIComponent(sel)}`), id);
      await page.reload();
      await waitForDrawn(page, 1);
      await page.getByTestId("company-panel").waitFor();
      expect(await page.getByTestId("app-error").count()).toBe(0);
    }
    expect(await page.evaluate(() => Object.keys(Object.prototype).length + Object.getOwnPropertyNames(Object.prototype).length)).toBe(PROTO_IDS.length);
    expect(watch.consoleErrors).toEqual([]);
  });

  it("files large enough to be kept as Blobs come back whole after a reload", async () => {
    const files = largeFiles();
    const { page } = await session.open();
    await page.getByTestId("file-input").setInputFiles(files);
    await waitForDrawn(page, 2);
    const before = await statusCounts(page);
    expect(before.links).toBeGreaterThan(5000);
    // Reload once the browser's store holds the files.
    await page.waitForFunction(`new Promise((resolve) => {
      const open = indexedDB.open("supply-atlas");
      // Never create the app's database before the app does: it would lack its store.
      open.onupgradeneeded = () => open.transaction.abort();
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("sessions")) return db.close(), resolve(false);
        const keys = db.transaction("sessions").objectStore("sessions").getAllKeys();
        keys.onsuccess = () => (db.close(), resolve(keys.result.some((k) => String(k).endsWith(":files"))));
        keys.onerror = () => (db.close(), resolve(false));
      };
    })`, undefined, { polling: 100 });
    await page.reload();
    await waitForDrawn(page, 1);
    expect(await datasetLabel(page)).toContain("large-companies.csv");
    expect(await statusCounts(page)).toEqual(before);
  });

  it("a reload at any moment during or after a load brings the files back, or says they were not kept", async () => {
    // Spread over the load: before the bytes are read, while parsing, while building, after.
    for (const delay of [0, 30, 120, 400, 1200]) {
      // Each page opens in a fresh browser context: nothing saved by the previous round.
      const { page } = await session.open();
      await page.getByTestId("file-input").setInputFiles([fixture("companies.csv"), fixture("links.csv")]);
      await page.waitForTimeout(delay);
      await page.reload();
      await waitForDrawn(page, 1);
      const label = await datasetLabel(page);
      const notKept = await page.locator('[data-testid=session-notices] li[data-kind="not-kept"]').count();
      expect(label.includes("companies.csv") || notKept === 1, `reload after ${delay} ms: '${label}'`).toBe(true);
      if (delay >= 400) expect(label, `reload after ${delay} ms`).toContain("companies.csv");
    }
  });
});
