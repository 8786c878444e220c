import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export function IllustrativeBanner() {
  const t = useT();
  const illustrative = useAtlas((s) => s.dataset?.illustrative ?? false);
  if (!illustrative) return null;
  return (
    // A named region: every part of the page sits in a landmark.
    <section className="notice illustrative" aria-label={t("notice.sampleLabel")} data-testid="illustrative-notice">
      {t("sample.illustrative")}
    </section>
  );
}
