// The built app served on loopback and one headless Chromium, as every browser bench needs them.
import { build, preview } from "vite";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../test/e2e/browser.ts";

export interface BuiltApp {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds dist/, serves it and starts Chromium at `chromium`. */
export async function serveBuiltApp(chromium: string): Promise<BuiltApp> {
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
