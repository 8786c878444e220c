import { useCallback, useMemo } from "react";
import { useActions, useApp } from "./useAtlas.ts";

/**
 * Entering and leaving presentation mode. Full screen is asked for but not required: where the
 * browser refuses (headless, an embedded frame, no user gesture) the presenting layout still applies.
 */
export function usePresentation() {
  const app = useApp();
  const actions = useActions();
  const enter = useCallback(async () => {
    actions.setPresenting(true);
    actions.setScenesOpen(false);
    // A talk starts at its first scene.
    if (app.store.getState().scenes.length > 0) void app.scenes.show(0);
    try {
      if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.();
    } catch {
      // Refused: the presenting layout stands on its own.
    }
  }, [app, actions]);
  const leave = useCallback(() => {
    actions.setPresenting(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [actions]);
  return useMemo(() => ({ enter, leave }), [enter, leave]);
}
