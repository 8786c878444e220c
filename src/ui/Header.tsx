import { useRef, useState } from "react";
import { atlasStore, type ViewMode } from "../state/store.ts";
import { filesToBuffers } from "../state/loadDataset.ts";
import { loadAndKeep } from "../state/session.ts";
import { SearchBox } from "./SearchBox.tsx";
import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export async function loadUserFiles(files: readonly File[]) {
  if (files.length === 0) return;
  const label = files.map((f) => f.name).join(", ");
  const store = atlasStore();
  await loadAndKeep(store, await filesToBuffers(files), label, (error) => store.getState().setNotices(store.getState().urlNotices, error));
}

/** The address bar already holds the view (the session sync writes it); copying it shares exactly this view. */
async function copyLink(setCopied: (v: boolean) => void) {
  try {
    await navigator.clipboard.writeText(location.href);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  } catch {
    // No clipboard permission (e.g. an embedded frame): the address bar still has the link.
  }
}

function setLanguage(lang: "ko" | "en") {
  // The session sync writes the language into the address with the rest of the view.
  atlasStore().getState().setLang(lang);
  document.documentElement.lang = lang;
}

export function Header() {
  const t = useT();
  const mode = useAtlas((s) => s.mode);
  const lang = useAtlas((s) => s.lang);
  const hasReport = useAtlas((s) => s.report !== null);
  const analyticsOpen = useAtlas((s) => s.analyticsOpen);
  const tableOpen = useAtlas((s) => s.tableOpen);
  const [copied, setCopied] = useState(false);
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
      <SearchBox />
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
        <button type="button" aria-pressed={tableOpen} data-testid="table-toggle" onClick={() => atlasStore().getState().setTableOpen(!tableOpen)}>
          {t("table.open")}
        </button>
        <button type="button" data-testid="saved-open" onClick={() => atlasStore().getState().setSavedOpen(true)}>
          {t("saved.open")}
        </button>
        <button type="button" data-testid="share" onClick={() => void copyLink(setCopied)}>
          {copied ? t("share.copied") : t("share.copy")}
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
