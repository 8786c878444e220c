import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { usePresentation } from "./usePresentation.ts";

/** Header buttons for presenters: scenes, image export, presentation. */
export function PresentActions() {
  const t = useT();
  const actions = useActions();
  const scenesOpen = useAtlas((s) => s.scenesOpen);
  const { enter } = usePresentation();
  return (
    <>
      <button type="button" aria-pressed={scenesOpen} onClick={() => actions.setScenesOpen(!scenesOpen)} data-testid="scenes-toggle">{t("scenes.open")}</button>
      <button type="button" onClick={() => actions.setExportOpen(true)} data-testid="export-open">{t("export.open")}</button>
      <button type="button" onClick={() => void enter()} data-testid="present-enter">{t("present.start")}</button>
    </>
  );
}
