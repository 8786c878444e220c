import { execFileSync } from "node:child_process";
import { PNG } from "pngjs";
import type { Page } from "playwright-core";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function hex(color: string): Rgb {
  const n = Number.parseInt(color.replace("#", ""), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Screenshot of the map stage, decoded so tests can count real pixels. */
export async function stagePixels(page: Page): Promise<PNG> {
  const buffer = await page.locator(".stage").screenshot();
  return PNG.sync.read(buffer);
}

/** Pixels within `tolerance` (per channel) of the colour. */
export function countColor(png: PNG, color: Rgb, tolerance = 6): number {
  let count = 0;
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - color.r) <= tolerance && Math.abs(data[i + 1]! - color.g) <= tolerance && Math.abs(data[i + 2]! - color.b) <= tolerance) count++;
  }
  return count;
}

/** Pixels whose hue is close to the colour's and that are clearly saturated: anti-aliased edges still count. */
export function countHue(png: PNG, color: Rgb): number {
  const hue = (c: Rgb) => {
    const max = Math.max(c.r, c.g, c.b);
    const min = Math.min(c.r, c.g, c.b);
    if (max === min) return { h: 0, s: 0 };
    const d = max - min;
    let h = max === c.r ? ((c.g - c.b) / d) % 6 : max === c.g ? (c.b - c.r) / d + 2 : (c.r - c.g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
    return { h, s: d / max };
  };
  const target = hue(color);
  let count = 0;
  const { data } = png;
  for (let i = 0; i < data.length; i += 4) {
    const p = hue({ r: data[i]!, g: data[i + 1]!, b: data[i + 2]! });
    if (p.s > 0.35 && Math.min(Math.abs(p.h - target.h), 360 - Math.abs(p.h - target.h)) < 12) count++;
  }
  return count;
}

/** A pixel well inside a blob of the colour (its neighbours match too), as page coordinates. */
export async function findColor(page: Page, png: PNG, color: Rgb, tolerance = 10): Promise<{ x: number; y: number } | null> {
  const box = await page.locator(".stage").boundingBox();
  if (!box) return null;
  const { data, width, height } = png;
  const near = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return false;
    const i = (y * width + x) * 4;
    return Math.abs(data[i]! - color.r) <= tolerance && Math.abs(data[i + 1]! - color.g) <= tolerance && Math.abs(data[i + 2]! - color.b) <= tolerance;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (near(x, y) && near(x - 2, y) && near(x + 2, y) && near(x, y - 2) && near(x, y + 2)) {
        return { x: box.x + x, y: box.y + y };
      }
    }
  }
  return null;
}

/** Whether librsvg's rsvg-convert is installed: SVG pictures are rasterised with it to compare them. */
export const hasRsvg = (() => {
  try {
    execFileSync("rsvg-convert", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();
