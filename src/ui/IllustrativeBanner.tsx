import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export function IllustrativeBanner() {
  const t = useT();
  const illustrative = useAtlas((s) => s.dataset?.illustrative ?? false);
  if (!illustrative) return null;
  return (
    <div className="notice illustrative" role="note" data-testid="illustrative-notice">
      {t("sample.illustrative")}
    </div>
  );
}
