import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { vi } from "vitest";
import { createAtlasApp, type AtlasApp } from "../../src/app/createApp.ts";
import { memoryHint } from "../../src/app/load/sessionService.ts";
import type { AtlasState } from "../../src/state/store.ts";
import { AtlasContext } from "../../src/ui/useAtlas.ts";

/** An app instance of its own for component tests: nothing is shared with other tests. */
export function testApp(): AtlasApp {
  const app = createAtlasApp({ hint: memoryHint() });
  // Server rendering reads zustand's initial state; point it at the state each test sets.
  vi.spyOn(app.writableStore, "getInitialState").mockImplementation(() => app.writableStore.getState());
  return app;
}

/** Sets `state` on the app and renders `element` inside it as static markup. */
export function renderInApp(app: AtlasApp, state: Partial<AtlasState>, element: ReactElement): string {
  app.writableStore.setState(state);
  return renderToStaticMarkup(<AtlasContext.Provider value={app}>{element}</AtlasContext.Provider>);
}
