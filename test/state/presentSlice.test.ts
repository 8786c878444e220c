import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../src/state/store.ts";

/** A store with scenes a, b, c (ids s1, s2, s3). */
function withScenes() {
  const store = createAtlasStore();
  for (const name of ["a", "b", "c"]) store.getState().addScene({ name, caption: `${name} caption`, query: `mode=map&n=${name}` });
  return store;
}

describe("state/presentSlice", () => {
  it("updates a scene's view and keeps its name, caption, id and place", () => {
    const store = withScenes();
    store.getState().setSceneIndex(0);
    store.getState().updateSceneView("s2", "mode=force");
    const { scenes, sceneIndex } = store.getState();
    expect(scenes.map((s) => [s.id, s.name, s.caption, s.query])).toEqual([
      ["s1", "a", "a caption", "mode=map&n=a"],
      ["s2", "b", "b caption", "mode=force"],
      ["s3", "c", "c caption", "mode=map&n=c"],
    ]);
    expect(sceneIndex).toBe(0);
    // Renaming keeps the updated view.
    store.getState().renameScene("s2", "B", "new caption");
    expect(store.getState().scenes[1]).toEqual({ id: "s2", name: "B", caption: "new caption", query: "mode=force" });
  });

  it("undoes a delete: the same scene at the same place, and the current scene as it was", () => {
    const store = withScenes();
    const before = store.getState().scenes;
    store.getState().setSceneIndex(2);
    store.getState().removeScene("s2");
    expect(store.getState().scenes.map((s) => s.id)).toEqual(["s1", "s3"]);
    // The current scene (c) moved up one place.
    expect(store.getState().sceneIndex).toBe(1);
    expect(store.getState().removedScene?.scene.name).toBe("b");
    store.getState().undoRemoveScene();
    expect(store.getState().scenes).toEqual(before);
    expect(store.getState().sceneIndex).toBe(2);
    expect(store.getState().removedScene).toBeNull();
  });

  it("undoing the delete of the current scene makes it current again; the first and last places come back too", () => {
    const store = withScenes();
    store.getState().setSceneIndex(0);
    store.getState().removeScene("s1");
    expect(store.getState().sceneIndex).toBe(-1);
    store.getState().undoRemoveScene();
    expect(store.getState().scenes.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(store.getState().sceneIndex).toBe(0);

    store.getState().setSceneIndex(-1);
    store.getState().removeScene("s3");
    store.getState().undoRemoveScene();
    expect(store.getState().scenes.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
    expect(store.getState().sceneIndex).toBe(-1);
  });

  it("only the last delete can be undone, and only until the list changes otherwise or the panel closes", () => {
    const store = withScenes();
    store.getState().removeScene("s1");
    store.getState().removeScene("s2");
    expect(store.getState().removedScene?.scene.id).toBe("s2");
    store.getState().undoRemoveScene();
    expect(store.getState().scenes.map((s) => s.id)).toEqual(["s2", "s3"]);
    // Undo again does nothing: the first delete is gone for good.
    store.getState().undoRemoveScene();
    expect(store.getState().scenes.map((s) => s.id)).toEqual(["s2", "s3"]);

    const changes: [string, (s: ReturnType<typeof store.getState>) => void][] = [
      ["add", (s) => s.addScene({ name: "d", caption: "", query: "" })],
      ["rename", (s) => s.renameScene("s3", "C", "")],
      ["update", (s) => s.updateSceneView("s3", "mode=force")],
      ["move", (s) => s.moveScene("s3", -1)],
      ["replace", (s) => s.setScenes([...s.scenes])],
      ["close", (s) => s.setScenesOpen(false)],
    ];
    for (const [what, change] of changes) {
      store.getState().setScenesOpen(true);
      store.getState().removeScene("s2");
      expect(store.getState().removedScene, what).not.toBeNull();
      change(store.getState());
      expect(store.getState().removedScene, what).toBeNull();
      const ids = store.getState().scenes.map((s) => s.id);
      store.getState().undoRemoveScene();
      expect(store.getState().scenes.map((s) => s.id), what).toEqual(ids);
      store.getState().setScenes([...store.getState().scenes, { id: "s2", name: "b", caption: "", query: "" }]);
    }
  });

  it("an unknown id deletes nothing and leaves nothing to undo", () => {
    const store = withScenes();
    store.getState().removeScene("nope");
    expect(store.getState().scenes).toHaveLength(3);
    expect(store.getState().removedScene).toBeNull();
  });
});
