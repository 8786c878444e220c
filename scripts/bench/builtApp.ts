// The built app served on loopback and one headless Chromium, as every browser bench needs them.
import { build, preview } from "vite";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../test/e2e/browser.ts";
import { findChromium } from "../../test/e2e/chromium.ts";

export interface BuiltApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds dist/, serves it and starts the system Chromium; null (said on stderr) without one. */
export async function serveBuiltApp(bench: string): Promise<BuiltApp | null> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(`${bench}: no Chromium found; skipped`);
    return null;
  }
  await build({ logLevel: "warn" });
  const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("bench: preview server has no port");
  const browser = await launchBrowser(chromium);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
