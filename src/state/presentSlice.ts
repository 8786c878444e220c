// Presenting: the named scenes (saved views), the presentation flag and the colour theme.
// A scene keeps its view as the view codec's query text, so every way a scene comes back (the
// share link, saved sessions, a bundle) goes through the same validating decoder.
import type { StateCreator } from "zustand/vanilla";

export interface Scene {
  /** Unique within the list; not shown. */
  id: string;
  name: string;
  caption: string;
  /** The view, as encodeView writes it (defaults left out). */
  query: string;
}

/** Light for print and bright rooms, dark for projectors. */
export type Theme = "light" | "dark";

export interface PresentSlice {
  scenes: Scene[];
  /** The scene shown last (presentation steps on from it); -1 when none. */
  sceneIndex: number;
  presenting: boolean;
  theme: Theme;
  scenesOpen: boolean;
  exportOpen: boolean;
  setScenes: (scenes: Scene[]) => void;
  setSceneIndex: (index: number) => void;
  addScene: (scene: Omit<Scene, "id">) => void;
  renameScene: (id: string, name: string, caption: string) => void;
  /** Moves a scene one place up (-1) or down (+1). */
  moveScene: (id: string, delta: -1 | 1) => void;
  removeScene: (id: string) => void;
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
  setScenes: (scenes) => set((s) => ({ scenes, sceneIndex: Math.min(s.sceneIndex, scenes.length - 1) })),
  setSceneIndex: (sceneIndex) => set({ sceneIndex }),
  addScene: (scene) => set((s) => ({ scenes: [...s.scenes, { ...scene, id: nextSceneId(s.scenes) }], sceneIndex: s.scenes.length })),
  renameScene: (id, name, caption) => set((s) => ({ scenes: s.scenes.map((x) => (x.id === id ? { ...x, name, caption } : x)) })),
  moveScene: (id, delta) =>
    set((s) => {
      const index = s.scenes.findIndex((x) => x.id === id);
      const current = s.scenes[s.sceneIndex]?.id;
      const scenes = moveItem(s.scenes, index, delta);
      return { scenes, sceneIndex: scenes.findIndex((x) => x.id === current) };
    }),
  removeScene: (id) =>
    set((s) => {
      const current = s.scenes[s.sceneIndex]?.id;
      const scenes = s.scenes.filter((x) => x.id !== id);
      return { scenes, sceneIndex: scenes.findIndex((x) => x.id === current) };
    }),
  setPresenting: (presenting) => set({ presenting }),
  setTheme: (theme) => set({ theme }),
  setScenesOpen: (scenesOpen) => set({ scenesOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
});
