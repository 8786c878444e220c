import { useRef } from "react";
import { atlasStore, type ViewMode } from "../state/store.ts";
import { filesToBuffers, loadDataset } from "../state/loadDataset.ts";
import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export async function loadUserFiles(files: readonly File[]) {
  if (files.length === 0) return;
  const label = files.map((f) => f.name).join(", ");
  await loadDataset(atlasStore(), await filesToBuffers(files), label);
}

function setLanguage(lang: "ko" | "en") {
  atlasStore().getState().setLang(lang);
  document.documentElement.lang = lang;
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
}

export function Header() {
  const t = useT();
  const mode = useAtlas((s) => s.mode);
  const lang = useAtlas((s) => s.lang);
  const hasReport = useAtlas((s) => s.report !== null);
  const analyticsOpen = useAtlas((s) => s.analyticsOpen);
  const input = useRef<HTMLInputElement>(null);
  const views: ViewMode[] = ["map", "force"];
  return (
    <header className="app-header">
      <h1>
        {t("app.title")} <small>{t("app.subtitle")}</small>
      </h1>
      <div className="segmented" role="group" aria-label="view">
        {views.map((v) => (
          <button key={v} type="button" aria-pressed={mode === v} data-testid={`view-${v}`} onClick={() => atlasStore().getState().setMode(v)}>
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      <div className="actions">
        <button type="button" onClick={() => input.current?.click()} data-testid="load-button">
          {t("load.button")}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".csv,.tsv,.txt,.json"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            void loadUserFiles(files);
          }}
        />
        <button
          type="button"
          aria-pressed={analyticsOpen}
          data-testid="analytics-toggle"
          onClick={() => atlasStore().getState().setAnalyticsOpen(!analyticsOpen)}
        >
          {t("analytics.open")}
        </button>
        <button type="button" disabled={!hasReport} onClick={() => atlasStore().getState().setReportOpen(true)} data-testid="report-button">
          {t("report.open")}
        </button>
        <button type="button" onClick={() => setLanguage(lang === "ko" ? "en" : "ko")} data-testid="lang-toggle" lang={lang === "ko" ? "en" : "ko"}>
          {t("lang.toggle")}
        </button>
      </div>
    </header>
  );
}
