import { existsSync } from "node:fs";
import { chromium as playwright } from "playwright-core";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, findChromium } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
    /** Where test files connect to the one Chromium launched here (browser.ts `connectBrowser`). */
    browserEndpoint: string;
  }
}

/** Builds the real app once, serves it on loopback and launches one Chromium for every browser test. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message =
      "\n\n" +
      "################################################################\n" +
      "#  BROWSER TESTS SKIPPED: no Chromium found.                     #\n" +
      "#  Install Debian's `chromium` (apt-get install chromium) or set #\n" +
      "#  CHROMIUM_PATH. CI sets SUPPLY_ATLAS_REQUIRE_BROWSER=1, which  #\n" +
      "#  turns this into a failure.                                    #\n" +
      "################################################################\n";
    if (process.env.SUPPLY_ATLAS_REQUIRE_BROWSER === "1") throw new Error(`e2e: Chromium is required but missing.${message}`);
    console.warn(message);
    project.provide("chromium", "");
    project.provide("baseUrl", "");
    project.provide("browserEndpoint", "");
    return;
  }
  const outDir = "dist";
  if (process.env.SUPPLY_ATLAS_SKIP_BUILD !== "1" || !existsSync(`${outDir}/index.html`)) {
    await build({ logLevel: "warn", build: { outDir } });
  }
  const server = await preview({ logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false }, build: { outDir } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("e2e: preview server has no port");
  const browser = await playwright.launchServer({ executablePath: chromium, args: CHROMIUM_ARGS, headless: true, host: "127.0.0.1" });
  project.provide("chromium", chromium);
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
