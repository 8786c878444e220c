// Text contrast as the page computes it: an element's colour against what is under it, found by
// walking up its ancestors to the first opaque background and blending any translucent ones
// met on the way (a panel at 95 % over the page), as the eye sees them.
import type { Page } from "playwright-core";
import { contrastRatio } from "../../src/style/contrast.ts";

export interface Measured {
  /** What was measured: the selector asked for and the element's first words. */
  what: string;
  fore: string;
  back: string;
  ratio: number;
}

interface Raw {
  what: string;
  fore: string;
  /** From the innermost translucent background out to the opaque one. */
  layers: string[];
}

/** What to measure: the text's colour (SVG: its fill) over its own background, or a line round the element over what lies outside it. */
type Part = "text" | "outline" | "border";

/** The colours of every visible element matching `selector`. */
async function rawColours(page: Page, selector: string, part: Part): Promise<Raw[]> {
  return page.evaluate(([sel, what]) => {
    const out: { what: string; fore: string; layers: string[] }[] = [];
    const alpha = (c: string) => {
      const m = /rgba?\([^)]*?[,/]\s*([\d.]+)\s*\)$/.exec(c) ?? /color\(srgb [^/]+\/\s*([\d.]+)\s*\)$/.exec(c);
      return m ? Number(m[1]) : c === "transparent" ? 0 : 1;
    };
    for (const el of Array.from(document.querySelectorAll(sel))) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      const fore = what === "outline" ? style.outlineColor : what === "border" ? style.borderTopColor : el instanceof SVGElement ? style.fill : style.color;
      const layers: string[] = [];
      for (let node: Element | null = what === "text" ? el : el.parentElement; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        const a = alpha(bg);
        if (a === 0) continue;
        layers.push(bg);
        if (a === 1) break;
      }
      // Nothing opaque up to the root: the canvas colour of the page.
      if (layers.length === 0 || alpha(layers[layers.length - 1]!) < 1) layers.push(getComputedStyle(document.documentElement).colorScheme === "dark" ? "rgb(18, 18, 18)" : "rgb(255, 255, 255)");
      out.push({ what: `${sel} «${(el.textContent ?? "").trim().slice(0, 30)}»`, fore, layers });
    }
    return out;
  }, [selector, part] as const);
}

/** Blends translucent layers (innermost first) down onto the last, opaque one, as an rgb() string. */
function flatten(layers: string[]): string {
  const parse = (c: string) => {
    const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(c);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])] as const;
    const n = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?\)/.exec(c);
    if (!n) throw new Error(`contrast: cannot read background "${c}"`);
    return [Number(n[1]), Number(n[2]), Number(n[3]), n[4] === undefined ? 1 : Number(n[4])] as const;
  };
  let [r, g, b] = parse(layers[layers.length - 1]!);
  for (let i = layers.length - 2; i >= 0; i--) {
    const [lr, lg, lb, a] = parse(layers[i]!);
    r = lr * a + r * (1 - a);
    g = lg * a + g * (1 - a);
    b = lb * a + b * (1 - a);
  }
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

async function measure(page: Page, selector: string, part: Part): Promise<Measured[]> {
  return (await rawColours(page, selector, part)).map(({ what, fore, layers }) => {
    const back = flatten(layers);
    return { what, fore, back, ratio: Math.round(contrastRatio(fore, back) * 100) / 100 };
  });
}

/** Contrast of the text of every visible element matching `selector` against the background under it. */
export const textContrasts = (page: Page, selector: string) => measure(page, selector, "text");

/** Contrast of the outline (a focus ring, a swatch's ring) or the border of each element against what lies outside it. */
export const lineContrasts = (page: Page, selector: string, part: "outline" | "border") => measure(page, selector, part);
