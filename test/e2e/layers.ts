import type { Page } from "playwright-core";

export interface LayerPixels {
  /** Pixels with any paint. */
  painted: number;
  /** Painted pixels close to the colour, if one was given. */
  matching: number;
  /** A painted pixel (viewport coordinates) for pointing at, or null. */
  sample: { x: number; y: number } | null;
}

/**
 * Reads one of our own 2D layers (provinces, flows) straight from its canvas: these
 * are plain canvases, so getImageData sees exactly what was drawn, independent of WebGL.
 */
export async function layerPixels(
  page: Page,
  layer: "provinces" | "flows",
  rgb?: [number, number, number],
  tolerance = 12,
  /** A panel over the map (CSS selector): the sample is taken where it does not cover the layer. */
  avoid?: string,
): Promise<LayerPixels> {
  return page.evaluate(
    ({ layer, rgb, tolerance, avoid }) => {
      const cover = avoid ? document.querySelector(avoid)?.getBoundingClientRect() : undefined;
      const covered = (x: number, y: number) => !!cover && x >= cover.left && x <= cover.right && y >= cover.top && y <= cover.bottom;
      const canvas = document.querySelector<HTMLCanvasElement>(`canvas.sigma-${layer}`);
      const ctx = canvas?.getContext("2d");
      if (!canvas || !ctx) return { painted: 0, matching: 0, sample: null };
      const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      let painted = 0;
      let matching = 0;
      let sample: { x: number; y: number } | null = null;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 100) continue;
        painted++;
        const near = rgb && Math.abs(data[i]! - rgb[0]) <= tolerance && Math.abs(data[i + 1]! - rgb[1]) <= tolerance && Math.abs(data[i + 2]! - rgb[2]) <= tolerance;
        if (near) matching++;
        if (!sample && (!rgb || near)) {
          const p = i / 4;
          const point = { x: box.left + (p % width) / ratio, y: box.top + Math.floor(p / width) / ratio };
          if (!covered(point.x, point.y)) sample = point;
        }
      }
      return { painted, matching, sample };
    },
    { layer, rgb, tolerance, avoid },
  );
}
