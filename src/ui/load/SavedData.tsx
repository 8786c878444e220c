import { useEffect, useState } from "react";
import type { SavedDatasetInfo } from "../../state/persist/types.ts";
import { formatNumber } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { Dialog } from "../dialogs/Dialog.tsx";

const size = (bytes: number, lang: "ko" | "en") =>
  bytes >= 1e6 ? `${formatNumber(lang, Math.round(bytes / 1e5) / 10)} MB` : `${formatNumber(lang, Math.max(1, Math.round(bytes / 1e3)))} KB`;

/** What this browser keeps (IndexedDB), with sizes; load one or clear all. */
export function SavedData({ onClose }: { onClose: () => void }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const actions = useActions();
  const [items, setItems] = useState<SavedDatasetInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () =>
    void actions
      .listSaved()
      .then((r) => (r.ok ? setItems(r.value) : setError(r.error.code)));
  useEffect(refresh, []);
  return (
    <Dialog titleId="saved-title" title={t("saved.title")} testId="saved-data" onClose={onClose}>
        {error && <p className="notice error">{t("saved.error", { code: error })}</p>}
        {items && items.length === 0 && <p data-testid="saved-none">{t("saved.none")}</p>}
        <ul className="saved-list">
          {items?.map((item) => (
            <li key={item.id} data-testid="saved-item" data-bytes={item.bytes}>
              <span>{item.label}</span>
              <span className="muted"> · {size(item.bytes, lang)} · {new Date(item.savedAt).toLocaleString(lang === "ko" ? "ko-KR" : "en-GB")}</span>{" "}
              <button
                type="button"
                onClick={async () => {
                  await actions.loadSaved(item.id);
                  onClose();
                }}
              >
                {t("saved.load")}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" data-testid="saved-clear" onClick={() => void actions.clearSaved().then(refresh)}>
          {t("saved.clear")}
        </button>
      </Dialog>
  );
}
