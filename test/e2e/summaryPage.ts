// Summary bundles in the browser tests: dropped on the page as a user drops one, then waited for
// until the nation is drawn and the status line says the links are summarised.
import type { Page } from "playwright-core";
import { waitForDrawn } from "./browser.ts";

export async function dropSummary(page: Page, made: { zip: Uint8Array }): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({ name: "national-summary.zip", mimeType: "application/zip", buffer: Buffer.from(made.zip) });
  await waitForDrawn(page, 2);
  await page.getByTestId("summary-status").waitFor();
}
