import type { SessionNotice } from "../../state/exploreSlice.ts";
import { useT } from "../useT.ts";
import { useActions, useAtlas } from "../useAtlas.ts";

/** What happened to saved data or the saved view, said plainly; names are shown as text only. */
export function SessionNotices() {
  const t = useT();
  const notices = useAtlas((s) => s.sessionNotices);
  const { clearSessionNotices } = useActions();
  if (notices.length === 0) return null;
  const line = (n: SessionNotice) => {
    switch (n.kind) {
      case "lost":
        return t("session.lost", { label: n.label ?? t("session.unnamed"), reason: n.reason });
      case "not-kept":
        return t("session.notKept", { label: n.label });
      case "nothing-valid":
        return t("session.nothingValid", { label: n.label });
      case "view-reset":
        return t("session.viewReset", { reason: n.reason });
    }
  };
  return (
    <section className="notice error" role="alert" aria-label={t("session.title")} data-testid="session-notices">
      <ul>
        {notices.map((n, i) => (
          <li key={i} data-kind={n.kind}>{line(n)}</li>
        ))}
      </ul>
      <button type="button" className="link" onClick={clearSessionNotices}>{t("notice.dismiss")}</button>
    </section>
  );
}
