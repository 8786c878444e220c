// Presenting: the named scenes (saved views), the presentation flag and the colour theme.
// A scene keeps its view as the view codec's query text, so every way a scene comes back (the
// share link, saved sessions, a bundle) goes through the same validating decoder.
import type { StateCreator } from "zustand/vanilla";
import type { Theme } from "../style/mapTheme.ts";

export interface Scene {
  /** Unique within the list; not shown. */
  id: string;
  name: string;
  caption: string;
  /** The view, as encodeView writes it (defaults left out). */
  query: string;
}

/** The scene deleted last, kept so the delete can be undone: where it stood and what was current. */
export interface RemovedScene {
  scene: Scene;
  index: number;
  /** sceneIndex before the delete. */
  sceneIndex: number;
}

/** Light for print and bright rooms, dark for projectors (style/mapTheme.ts states both). */
export type { Theme };

export interface PresentSlice {
  scenes: Scene[];
  /** The scene shown last (presentation steps on from it); -1 when none. */
  sceneIndex: number;
  presenting: boolean;
  theme: Theme;
  scenesOpen: boolean;
  exportOpen: boolean;
  /** Only the last delete can be undone, and only until the list changes again or the panel closes. */
  removedScene: RemovedScene | null;
  setScenes: (scenes: Scene[]) => void;
  setSceneIndex: (index: number) => void;
  addScene: (scene: Omit<Scene, "id">) => void;
  renameScene: (id: string, name: string, caption: string) => void;
  /** Replaces a scene's view (the view codec's query), keeping its name and caption. */
  updateSceneView: (id: string, query: string) => void;
  /** Moves a scene one place up (-1) or down (+1). */
  moveScene: (id: string, delta: -1 | 1) => void;
  removeScene: (id: string) => void;
  /** Puts the last deleted scene back where it was, with the same id and the same current scene. */
  undoRemoveScene: () => void;
  setPresenting: (presenting: boolean) => void;
  setTheme: (theme: Theme) => void;
  setScenesOpen: (open: boolean) => void;
  setExportOpen: (open: boolean) => void;
}

/** The next free id ("s1", "s2", …): ids stay unique after deletes and reorders. */
export function nextSceneId(scenes: readonly Scene[]): string {
  let max = 0;
  for (const s of scenes) {
    const n = /^s(\d{1,9})$/.exec(s.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `s${max + 1}`;
}

export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item!);
  return out;
}

export const createPresentSlice: StateCreator<PresentSlice, [], [], PresentSlice> = (set) => ({
  scenes: [],
  sceneIndex: -1,
  presenting: false,
  theme: "light",
  scenesOpen: false,
  exportOpen: false,
  removedScene: null,
  // Every change to the list but a delete ends the chance to undo the last delete.
  setScenes: (scenes) => set((s) => ({ scenes, sceneIndex: Math.min(s.sceneIndex, scenes.length - 1), removedScene: null })),
  setSceneIndex: (sceneIndex) => set({ sceneIndex }),
  addScene: (scene) => set((s) => ({ scenes: [...s.scenes, { ...scene, id: nextSceneId(s.scenes) }], sceneIndex: s.scenes.length, removedScene: null })),
  renameScene: (id, name, caption) => set((s) => ({ scenes: s.scenes.map((x) => (x.id === id ? { ...x, name, caption } : x)), removedScene: null })),
  updateSceneView: (id, query) => set((s) => ({ scenes: s.scenes.map((x) => (x.id === id ? { ...x, query } : x)), removedScene: null })),
  moveScene: (id, delta) =>
    set((s) => {
      const index = s.scenes.findIndex((x) => x.id === id);
      const current = s.scenes[s.sceneIndex]?.id;
      const scenes = moveItem(s.scenes, index, delta);
      return { scenes, sceneIndex: scenes.findIndex((x) => x.id === current), removedScene: null };
    }),
  removeScene: (id) =>
    set((s) => {
      const index = s.scenes.findIndex((x) => x.id === id);
      if (index < 0) return {};
      const current = s.scenes[s.sceneIndex]?.id;
      const scenes = s.scenes.filter((x) => x.id !== id);
      return { scenes, sceneIndex: scenes.findIndex((x) => x.id === current), removedScene: { scene: s.scenes[index]!, index, sceneIndex: s.sceneIndex } };
    }),
  undoRemoveScene: () =>
    set((s) => {
      const removed = s.removedScene;
      // An id taken again meanwhile (the list came back another way) would make two scenes one.
      if (!removed || s.scenes.some((x) => x.id === removed.scene.id)) return { removedScene: null };
      const scenes = [...s.scenes];
      scenes.splice(Math.min(removed.index, scenes.length), 0, removed.scene);
      return { scenes, sceneIndex: Math.min(removed.sceneIndex, scenes.length - 1), removedScene: null };
    }),
  setPresenting: (presenting) => set({ presenting }),
  setTheme: (theme) => set({ theme }),
  setScenesOpen: (scenesOpen) => set(scenesOpen ? { scenesOpen } : { scenesOpen, removedScene: null }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
});
