// axe-core in the page under test. The app's Content-Security-Policy forbids inline scripts, so
// page.addScriptTag({ path }) is refused; evaluating the source through the DevTools protocol is not subject to it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Found {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Runs axe on the whole page; returns its violations with the offending selectors. */
export async function violations(page: Page): Promise<Found[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** Runs axe on one part of the page (a CSS selector); returns its violations as "id (nodes)". */
export async function violationsIn(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run({ include: [[sel]] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}
