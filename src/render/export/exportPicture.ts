// Builds the PNG or SVG file of a captured picture in slices: each slice works for a few
// milliseconds, then the page gets a turn (input, progress bar), so a 50k-link network exports
// without freezing the page.
import { pictureLayout, type PictureLayout } from "./layout.ts";
import { paintSteps } from "./paint.ts";
import { svgParts, svgWork } from "./svg.ts";
import type { PictureOptions, PictureScene } from "./types.ts";

export type PictureFormat = "png" | "svg";

export interface ExportedPicture {
  blob: Blob;
  layout: PictureLayout;
}

const SLICE_MS = 12;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a generator of work counts in time slices, reporting the share done. */
async function runSliced<T>(steps: Generator<T>, total: number, count: (item: T) => number, onProgress: (share: number) => void, signal?: AbortSignal): Promise<void> {
  let done = 0;
  let sliceStart = performance.now();
  for (const item of steps) {
    done += count(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(Math.min(1, done / Math.max(1, total)));
      await yieldToPage();
      if (signal?.aborted) throw new DOMException("export cancelled", "AbortError");
      sliceStart = performance.now();
    }
  }
  onProgress(1);
}

const workOf = (scene: PictureScene) => scene.provinces.shapes.length + scene.edges.length + scene.flows.flows.length + scene.nodes.length + scene.labels.length + 4;

export async function exportPicture(scene: PictureScene, options: PictureOptions, format: PictureFormat, onProgress: (share: number) => void = () => undefined, signal?: AbortSignal): Promise<ExportedPicture> {
  const layout = pictureLayout(scene, options.size, options.text, options.legend);
  if (format === "svg") {
    const parts: string[] = [];
    await runSliced(svgParts(scene, layout, options), svgWork(scene), (part) => {
      parts.push(part);
      return 1;
    }, onProgress, signal);
    return { blob: new Blob(parts, { type: "image/svg+xml" }), layout };
  }
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  // A CPU canvas: a GPU-backed one (SwiftShader on machines without a GPU) queues every draw and
  // rasterises them all in one long task when the PNG is encoded, which froze the page for 40 s at 50k links.
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("render/export: no 2D canvas for the PNG");
  await runSliced(paintSteps(ctx, scene, layout, options), workOf(scene), (n) => n, onProgress, signal);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  // A canvas past the browser's memory limit encodes to nothing rather than throwing.
  if (!blob) throw new Error("render/export: the browser could not encode a PNG this large");
  return { blob, layout };
}
