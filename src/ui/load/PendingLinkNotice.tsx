import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/**
 * A link opened where other data is shown (a fresh browser shows the sample): its view is kept,
 * not applied, and the user is told why and how to see it (app/load/sessionService.ts).
 */
export function PendingLinkNotice() {
  const t = useT();
  const actions = useActions();
  const pending = useAtlas((s) => s.pendingLink);
  if (!pending) return null;
  const companies = pending.companies === null ? "" : t("link.otherDataCompanies", { count: pending.companies });
  return (
    <section className="notice link-pending" aria-label={t("link.otherDataLabel")} data-testid="pending-link">
      <div role="status">
        <span>{pending.partly ? t("link.otherDataPartly") : t("link.otherData", { companies })} </span>
        <button type="button" className="link" data-testid="pending-link-load" onClick={() => document.querySelector<HTMLInputElement>('input[data-testid="file-input"]')?.click()}>
          {t("load.button")}
        </button>{" "}
        <button type="button" className="link" data-testid="pending-link-dismiss" onClick={() => actions.setPendingLink(null)}>
          {t("link.otherDataIgnore")}
        </button>
      </div>
    </section>
  );
}
