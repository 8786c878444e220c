import { useRef, useState } from "react";
import { formatNumber, type MessageKey } from "../../i18n/index.ts";
import { SAMPLE_LABEL } from "../../model/types.ts";
import { exportPicture, type PictureFormat } from "../../render/export/exportPicture.ts";
import { uncovered } from "../../render/export/capture.ts";
import { legendModel } from "../../render/legend/model.ts";
import { pictureFileName } from "../../render/export/fileName.ts";
import type { PictureOptions, PictureSize } from "../../render/export/types.ts";
import { usePictureCapture } from "./pictureContext.ts";
import { downloadBlob } from "./download.ts";
import { useActions, useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { Dialog } from "./Dialog.tsx";

const SIZES = { "1x": { scale: 1 }, "2x": { scale: 2 }, "4x": { scale: 4 }, hd: { size: { width: 1920, height: 1080 } }, a4: { size: { width: 3508, height: 2480 } } } satisfies Record<string, PictureSize>;
type SizeKey = keyof typeof SIZES;

/** Page colours of the current theme (ui/present/present.css), so the picture's text follows it. */
function ink(): PictureOptions["ink"] {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { text: v("--ink", "#1f2933"), muted: v("--muted", "#616e7c"), panel: v("--panel", "#ffffff"), line: v("--line", "#d9dee3") };
}

/** How far the panel column reaches over the map's left edge: the picture shows what it leaves in sight. */
function coveredLeft(): number {
  const canvas = document.querySelector(".atlas-canvas")?.getBoundingClientRect();
  const column = document.querySelector(".stage-left")?.getBoundingClientRect();
  if (!canvas || !column || column.width === 0 || column.height < canvas.height / 2) return 0;
  return column.right - canvas.left + 8;
}

export function ExportDialog() {
  const open = useAtlas((s) => s.exportOpen);
  return open ? <ExportForm /> : null;
}

function ExportForm() {
  const t = useT();
  const app = useApp();
  const actions = useActions();
  const capture = usePictureCapture();
  const lang = useAtlas((s) => s.lang);
  const scene = useAtlas((s) => s.scenes[s.sceneIndex] ?? null);
  const [format, setFormat] = useState<PictureFormat>("png");
  const [size, setSize] = useState<SizeKey>("2x");
  const [title, setTitle] = useState(scene?.name ?? "");
  const [caption, setCaption] = useState(scene?.caption ?? "");
  const [legend, setLegend] = useState(true);
  const [source, setSource] = useState(true);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ text: string; attrs: Record<string, string> } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const close = () => {
    abort.current?.abort();
    actions.setExportOpen(false);
  };

  const sourceLine = () => {
    const dataset = app.store.getState().dataset;
    if (!dataset) return "";
    const files = dataset.label === SAMPLE_LABEL ? t("sample.label") : dataset.label;
    return t(dataset.illustrative ? "export.sourceIllustrative" : "export.source", { files });
  };

  const run = async () => {
    const take = capture?.current;
    if (!take) return;
    abort.current = new AbortController();
    setResult(null);
    setProgress(0);
    try {
      const state = app.store.getState();
      const options: PictureOptions = {
        size: SIZES[size],
        text: { title, caption, source: source ? sourceLine() : "" },
        legend: legend ? legendModel(state, app.derived, t) : null,
        ink: ink(),
      };
      const picture = await exportPicture(uncovered(take(), coveredLeft()), options, format, setProgress, abort.current.signal);
      const view = state.mode === "force" ? "force" : app.derived.drawLevel(state) === "divisions" ? "flow-map" : "map";
      const file = pictureFileName({ title: title.trim() || scene?.name || "", view, width: picture.layout.width, height: picture.layout.height, format });
      downloadBlob(file, picture.blob);
      const { layout } = picture;
      const box = layout.legend
        ? [layout.offsetX + layout.legend.x * layout.scale, layout.offsetY + layout.legend.y * layout.scale, layout.legend.width * layout.scale, layout.legend.height * layout.scale].map(Math.round).join(",")
        : "";
      const mapBox = [layout.offsetX + layout.map.x * layout.scale, layout.offsetY + layout.map.y * layout.scale, layout.map.width * layout.scale, layout.map.height * layout.scale].map(Math.round).join(",");
      const kb = formatNumber(lang, Math.max(1, Math.round(picture.blob.size / 1024)));
      setResult({ text: t("export.done", { file, size: `${kb} KB` }), attrs: { "data-width": String(layout.width), "data-height": String(layout.height), "data-legend-box": box, "data-map-box": mapBox, "data-bytes": String(picture.blob.size), "data-file": file, "data-legend-rows": JSON.stringify(layout.legend?.texts ?? []) } });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) setResult({ text: t("export.failed", { message: String(error) }), attrs: { "data-failed": "true" } });
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <Dialog titleId="export-title" title={t("export.title")} className="export-dialog" testId="export-dialog" onClose={close} focusClose={false}>
        <fieldset className="export-row">
          <legend>{t("export.format")}</legend>
          {(["png", "svg"] as const).map((f) => (
            <label key={f}>
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-format-${f}`} autoFocus={f === "png"} />
              {f.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <label className="export-field">
          {t("export.size")}
          <select value={size} onChange={(e) => setSize(e.currentTarget.value as SizeKey)} data-testid="export-size" disabled={format === "svg"}>
            {(Object.keys(SIZES) as SizeKey[]).map((k) => (
              <option key={k} value={k}>{t(`export.size.${k}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        <label className="export-field">
          {t("export.titleText")}
          <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="export-title-text" />
        </label>
        <label className="export-field">
          {t("export.captionText")}
          <textarea value={caption} maxLength={600} rows={2} onChange={(e) => setCaption(e.currentTarget.value)} data-testid="export-caption-text" />
        </label>
        <label><input type="checkbox" checked={legend} onChange={(e) => setLegend(e.currentTarget.checked)} data-testid="export-legend" /> {t("export.includeLegend")}</label>
        <label><input type="checkbox" checked={source} onChange={(e) => setSource(e.currentTarget.checked)} data-testid="export-source" /> {t("export.includeSource")}</label>
        <div className="export-actions">
          <button type="button" onClick={() => void run()} disabled={busy} data-testid="export-download">{t("export.download")}</button>
          {busy && (
            <span role="status" data-testid="export-progress">
              {t("export.working", { percent: Math.round((progress ?? 0) * 100) })}
              <button type="button" onClick={() => abort.current?.abort()}>{t("export.cancel")}</button>
            </span>
          )}
          {result && <span role="status" data-testid="export-result" {...result.attrs}>{result.text}</span>}
        </div>
      </Dialog>
  );
}
