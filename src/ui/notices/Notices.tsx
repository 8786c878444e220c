import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/** Problems with the address or with saving, said plainly; nothing here is ever run or parsed as HTML. */
export function Notices() {
  const t = useT();
  const actions = useActions();
  const url = useAtlas((s) => s.urlNotices);
  const storage = useAtlas((s) => s.storageError);
  const onDismiss = () => actions.setNotices([], null);
  if (url.length === 0 && !storage) return null;
  const items = url.map((n) => `${n.param}${n.value ? `=${n.value}` : ""} (${t(`notice.code.${n.code}`)})`).join(", ");
  return (
    // A named region, so the alert sits inside a landmark like the rest of the page.
    <section className="notice error" aria-label={t("notice.label")} data-testid="notices">
      <div role="alert">
      {url.length > 0 && <span data-testid="url-notice" data-count={url.length}>{t("notice.url", { items })} </span>}
      {storage && <span data-testid="storage-notice">{t("saved.error", { code: storage.code })} </span>}
      <button type="button" className="link" onClick={onDismiss}>{t("notice.dismiss")}</button>
      </div>
    </section>
  );
}
