import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

/**
 * The sample's links are made up, and the page says so for as long as they are shown. It sits in
 * the status line under the map rather than over it: at the top of the stage it covered the top
 * of the picture, in the force view the largest community.
 */
export function IllustrativeBanner() {
  const t = useT();
  const illustrative = useAtlas((s) => s.dataset?.illustrative ?? false);
  if (!illustrative) return null;
  return (
    <span className="status-illustrative" data-testid="illustrative-notice">
      {t("sample.illustrative")}
    </span>
  );
}
