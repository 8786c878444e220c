// WCAG 2 contrast between colours, so the themes can be checked against the rule a projector
// audience needs (4.5:1 for text, 3:1 for graphics) in unit tests and in the browser alike.

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

/** #rgb, #rrggbb, #rrggbbaa, rgb() and rgba() (what canvases and getComputedStyle give); null otherwise. */
export function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return { r: parseInt(short[1]! + short[1]!, 16), g: parseInt(short[2]! + short[2]!, 16), b: parseInt(short[3]! + short[3]!, 16), a: 1 };
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(s);
  if (long) return { r: parseInt(long[1]!, 16), g: parseInt(long[2]!, 16), b: parseInt(long[3]!, 16), a: long[4] ? parseInt(long[4], 16) / 255 : 1 };
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith("%") ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: Math.max(0, Math.min(1, alpha)) };
  }
  return null;
}

/** A translucent colour as it shows over an opaque one. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top.a;
  return { r: top.r * a + under.r * (1 - a), g: top.g * a + under.g * (1 - a), b: top.b * a + under.b * (1 - a), a: 1 };
}

/** A colour as it shows when drawn over `under` (a text halo over the land), as an rgb() string. */
export function onto(top: string, under: string): string {
  const t = parseColor(top);
  const u = parseColor(under);
  if (!t || !u) throw new Error(`style/contrast: cannot read colour "${!t ? top : under}"`);
  const c = over(t, u.a < 1 ? over(u, { r: 255, g: 255, b: 255, a: 1 }) : u);
  return `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
}

export function relativeLuminance(c: Rgba): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/**
 * Contrast ratio (1..21) of `fore` drawn over `back`; a translucent foreground is first blended
 * onto the background, as the eye sees it. Throws on a colour it cannot read, so a typo in a
 * theme fails its test rather than passing as black.
 */
export function contrastRatio(fore: string, back: string): number {
  const b = parseColor(back);
  const f = parseColor(fore);
  if (!b || !f) throw new Error(`style/contrast: cannot read colour "${!b ? back : fore}"`);
  const base = b.a < 1 ? over(b, { r: 255, g: 255, b: 255, a: 1 }) : b;
  const top = f.a < 1 ? over(f, base) : f;
  const [hi, lo] = [relativeLuminance(top), relativeLuminance(base)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA: 4.5:1 for text, 3:1 for graphics (flows, swatches, outlines). */
export const AA = { text: 4.5, graphic: 3 } as const;
