import { useEffect } from "react";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/** Keys that bring the whole country back (said in the button's title). */
const HOME_KEYS = new Set(["0", "Home"]);

/** Whether a key press belongs to a field or a control that uses it (Home in a text field, 0 in a number). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest("[role='grid'], [role='listbox'], [role='slider'], [role='tablist'], dialog") !== null;
}

const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * "Whole country": back from wherever search, a scene or the wheel left the camera. A button
 * among the map's controls, and the 0 and Home keys anywhere but in a field.
 */
export function CameraHome() {
  const t = useT();
  const { camera } = useApp();
  const map = useAtlas((s) => s.mode === "map");
  const home = () => void camera.home(reducedMotion() ? 0 : undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A control that used the key (the table's Home) has said so.
      if (e.defaultPrevented || !HOME_KEYS.has(e.key) || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      home();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [camera]);
  return (
    <div className="camera-controls">
      <button type="button" data-testid="camera-home" title={t(map ? "camera.homeTitle" : "camera.homeForceTitle")} aria-keyshortcuts="0 Home" onClick={home}>
        {t(map ? "camera.home" : "camera.homeForce")}
      </button>
    </div>
  );
}
