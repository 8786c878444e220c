import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/**
 * The sample's links are made up, and the page says so for as long as they are shown. It sits in
 * the status line under the map rather than over it: at the top of the stage it covered the top
 * of the picture, in the force view the largest community. Presenting, it goes under the scene
 * controls (the status line is hidden then): a room shown made-up links is told so too.
 */
export function IllustrativeBanner({ testId = "illustrative-notice" }: { testId?: string }) {
  const t = useT();
  const illustrative = useAtlas((s) => s.dataset?.illustrative ?? false);
  if (!illustrative) return null;
  return (
    <span className="status-illustrative" data-testid={testId}>
      {t("sample.illustrative")}
    </span>
  );
}
