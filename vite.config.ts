import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { CONTENT_SECURITY_POLICY } from "./scripts/lib/csp.ts";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

/** Only the built app gets the policy: the dev server injects an inline script for hot reload. */
const contentSecurityPolicy = {
  name: "supply-atlas-csp",
  apply: "build" as const,
  transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" as const }],
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  // Relative asset paths so a built copy opens from any folder or static host.
  base: "./",
  worker: { format: "es" },
  build: { target: "es2022", chunkSizeWarningLimit: 1200 },
  test: {
    // Both projects share one pool of two workers (this machine has two cores): any two files run
    // at once, unit or browser (each browser file opens contexts of its own in the one Chromium),
    // instead of every unit file on one worker and then every browser file on one worker.
    // Projects with equal maxWorkers share a group; `fileParallelism: false` on e2e would put it
    // in a group of its own again, run after the other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.{ts,tsx}"], exclude: ["test/e2e/**"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/e2e/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
