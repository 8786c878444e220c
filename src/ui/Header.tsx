import { useRef, useState } from "react";
import type { ViewMode } from "../state/store.ts";
import { SearchBox } from "./SearchBox.tsx";
import { PresentActions } from "./present/PresentActions.tsx";
import { useActions, useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

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

export function Header() {
  const t = useT();
  const actions = useActions();
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
          <button key={v} type="button" aria-pressed={mode === v} data-testid={`view-${v}`} title={t(`view.${v}.hint`)} onClick={() => actions.setMode(v)}>
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
          accept=".csv,.tsv,.txt,.json,.xlsx,.xls,.ods,.gexf,.graphml,.xml,.zip,.parquet,.arrow,.arrows,.feather"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            void actions.loadFiles(files);
          }}
        />
        <button
          type="button"
          aria-pressed={analyticsOpen}
          data-testid="analytics-toggle"
          onClick={() => actions.setAnalyticsOpen(!analyticsOpen)}
        >
          {t("analytics.open")}
        </button>
        <button type="button" aria-pressed={tableOpen} data-testid="table-toggle" onClick={() => actions.setTableOpen(!tableOpen)}>
          {t("table.open")}
        </button>
        <PresentActions />
        <button type="button" data-testid="snapshot-open" onClick={() => actions.setSnapshotOpen(true)}>
          {t("snapshot.open")}
        </button>
        <button type="button" data-testid="saved-open" onClick={() => actions.setSavedOpen(true)}>
          {t("saved.open")}
        </button>
        <button type="button" data-testid="share" onClick={() => void copyLink(setCopied)}>
          {copied ? t("share.copied") : t("share.copy")}
        </button>
        <button type="button" disabled={!hasReport} onClick={() => actions.setReportOpen(true)} data-testid="report-button">
          {t("report.open")}
        </button>
        <button type="button" onClick={() => actions.setLang(lang === "ko" ? "en" : "ko")} data-testid="lang-toggle" lang={lang === "ko" ? "en" : "ko"}>
          {t("lang.toggle")}
        </button>
      </div>
    </header>
  );
}
