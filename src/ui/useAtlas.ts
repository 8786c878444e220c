import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { AppActions, AtlasViewModel } from "../app/createApp.ts";
import type { Derived } from "../app/derived.ts";
import type { AtlasState } from "../state/store.ts";

/** The app instance the components belong to (main.tsx provides it; tests provide their own). */
export const AtlasContext = createContext<AtlasViewModel | null>(null);

export function useApp(): AtlasViewModel {
  const app = useContext(AtlasContext);
  if (!app) throw new Error("ui: no AtlasContext provider above this component");
  return app;
}

/** One selector per value: components re-render only when what they read changes. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useApp().store, selector);
}

/** A derived value (app/derived.ts), cached per app: the same object the map draws from. */
export function useDerived<T>(select: (derived: Derived, state: AtlasState) => T): T {
  const app = useApp();
  return useStore(app.store, (state) => select(app.derived, state));
}

export function useActions(): AppActions {
  return useApp().actions;
}
