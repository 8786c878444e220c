import { useCallback, useMemo } from "react";
import { useActions, useApp } from "../useAtlas.ts";

/**
 * Entering and leaving presentation mode. Full screen is asked for but not required: where the
 * browser refuses (headless, an embedded frame, no user gesture) the presenting layout still applies.
 */
export function usePresentation() {
  const app = useApp();
  const actions = useActions();
  /**
   * Starts at scene `start` when given (the scenes panel passes the row that has focus), else
   * at the scene marked current, else at the first: a talk resumed or rehearsed from the middle
   * starts where the presenter is.
   */
  const enter = useCallback(async (start?: number) => {
    const { scenes, sceneIndex } = app.store.getState();
    const first = start ?? (sceneIndex >= 0 ? sceneIndex : 0);
    actions.setPresenting(true);
    actions.setScenesOpen(false);
    if (first >= 0 && first < scenes.length) void app.scenes.show(first);
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
