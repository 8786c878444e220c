import { useStore } from "zustand";
import { atlasStore, type AtlasState } from "../state/store.ts";

/** One selector per value: components re-render only when what they read changes. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(atlasStore(), selector);
}
