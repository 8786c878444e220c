import { useEffect } from "react";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { usePresentation } from "./usePresentation.ts";
import { IllustrativeBanner } from "../notices/IllustrativeBanner.tsx";

const NEXT = new Set(["ArrowRight", "PageDown"]);
const PREVIOUS = new Set(["ArrowLeft", "PageUp"]);

/**
 * The presenting layout's own parts: the scene's caption in large type, where we are, and the
 * keys: arrows and PageUp/PageDown (what presentation clickers send) step, Esc leaves.
 */
export function PresentMode() {
  const presenting = useAtlas((s) => s.presenting);
  return presenting ? <PresentOverlay /> : null;
}

function PresentOverlay() {
  const t = useT();
  const app = useApp();
  const { leave } = usePresentation();
  const scenes = useAtlas((s) => s.scenes);
  const index = useAtlas((s) => s.sceneIndex);
  const scene = scenes[index] ?? null;

  useEffect(() => {
    // Capture phase: these keys belong to the presentation, not to the map's own Esc (step back).
    const onKey = (e: KeyboardEvent) => {
      if (NEXT.has(e.key)) void app.scenes.step(1);
      else if (PREVIOUS.has(e.key)) void app.scenes.step(-1);
      else if (e.key === "Escape") leave();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    // Leaving full screen with the browser's own Esc (which pages never hear) ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    window.addEventListener("keydown", onKey, true);
    document.addEventListener("fullscreenchange", onFullscreen);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      document.removeEventListener("fullscreenchange", onFullscreen);
    };
  }, [app, leave]);

  return (
    <div className="present-overlay" data-testid="present-overlay">
      <div className="present-caption" aria-live="polite" data-testid="present-caption">
        {/* The page's one h1 while presenting: the header, which holds the app's, is hidden. */}
        {scene ? (
          <>
            <h1>{scene.name}</h1>
            {scene.caption && <p>{scene.caption}</p>}
          </>
        ) : (
          <h1>{t("present.noScenes")}</h1>
        )}
      </div>
      <div className="present-side">
        <nav className="present-nav" aria-label={t("present.hint")}>
          <button type="button" onClick={() => void app.scenes.step(-1)} disabled={index <= 0} aria-label={t("present.previous")} data-testid="present-previous">‹</button>
          <span data-testid="present-position">{scenes.length > 0 ? t("present.position", { n: Math.max(1, index + 1), total: scenes.length }) : ""}</span>
          <button type="button" onClick={() => void app.scenes.step(1)} disabled={index >= scenes.length - 1} aria-label={t("present.next")} data-testid="present-next">›</button>
          <button type="button" onClick={leave} data-testid="present-exit">{t("present.exit")}</button>
        </nav>
        <IllustrativeBanner testId="present-illustrative" />
      </div>
    </div>
  );
}
