// Builds the PNG or SVG file of a captured picture in slices: each slice works for a few
// milliseconds, then the page gets a turn (input, progress bar), so a 50k-link network exports
// without freezing the page. Both formats run the same walk (drawPicture.ts) through their pen.
import { pictureLayout, type PictureLayout } from "./layout.ts";
import { drawPicture, pictureWork } from "./drawPicture.ts";
import { canvasPen } from "../pen/canvasPen.ts";
import { svgPen } from "../pen/svgPen.ts";
import { escapeXml, num } from "./svgText.ts";
import type { PictureOptions, PictureScene } from "./types.ts";
import { MAP_FONT } from "../pen/types.ts";

export type PictureFormat = "png" | "svg";

export interface ExportedPicture {
  blob: Blob;
  layout: PictureLayout;
}

const SLICE_MS = 12;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a generator of work counts in time slices, reporting the share done; `after` runs after each step. */
async function runSliced(steps: Generator<number>, total: number, onProgress: (share: number) => void, signal?: AbortSignal, after: () => void = () => undefined): Promise<void> {
  let done = 0;
  let sliceStart = performance.now();
  for (const count of steps) {
    done += count;
    after();
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(Math.min(1, done / Math.max(1, total)));
      await yieldToPage();
      if (signal?.aborted) throw new DOMException("export cancelled", "AbortError");
      sliceStart = performance.now();
    }
  }
  onProgress(1);
}

/** The SVG document in pieces: the pen's output between the root's opening and closing tags. */
export function* svgDocument(scene: PictureScene, layout: PictureLayout, options: PictureOptions): Generator<string> {
  const pen = svgPen(MAP_FONT);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(MAP_FONT)}">`;
  yield `<g transform="translate(${num(layout.offsetX)} ${num(layout.offsetY)}) scale(${layout.scale})">`;
  for (const _ of drawPicture(pen, scene, layout, options)) yield pen.take();
  yield `${pen.take()}</g></svg>\n`;
}

export async function exportPicture(scene: PictureScene, options: PictureOptions, format: PictureFormat, onProgress: (share: number) => void = () => undefined, signal?: AbortSignal): Promise<ExportedPicture> {
  const layout = pictureLayout(scene, options.size, options.text, options.legend);
  if (format === "svg") {
    const parts: string[] = [];
    const pieces = svgDocument(scene, layout, options);
    const counted = (function* () {
      for (const piece of pieces) {
        parts.push(piece);
        yield 1;
      }
    })();
    await runSliced(counted, pictureWork(scene) / 1000 + 8, onProgress, signal);
    return { blob: new Blob(parts, { type: "image/svg+xml" }), layout };
  }
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  // A CPU canvas: a GPU-backed one (SwiftShader on machines without a GPU) queues every draw and
  // rasterises them all in one long task when the PNG is encoded, which froze the page for 40 s at 50k links.
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("render/export: no 2D canvas for the PNG");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, layout.width, layout.height);
  const pen = canvasPen(ctx, MAP_FONT, layout.scale, { x: layout.offsetX, y: layout.offsetY });
  await runSliced(drawPicture(pen, scene, layout, options), pictureWork(scene), onProgress, signal);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  // A canvas past the browser's memory limit encodes to nothing rather than throwing.
  if (!blob) throw new Error("render/export: the browser could not encode a PNG this large");
  return { blob, layout };
}
