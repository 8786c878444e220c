import { useState } from "react";
import type { Scene } from "../state/presentSlice.ts";
import { useActions, useApp, useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";
import { ThemeSelect } from "./ThemeSelect.tsx";
import { usePresentation } from "./usePresentation.ts";

/** Saved views to step through: save the current one, show, edit, reorder, delete, present. */
export function ScenesPanel() {
  const open = useAtlas((s) => s.scenesOpen);
  return open ? <ScenesList /> : null;
}

function ScenesList() {
  const t = useT();
  const app = useApp();
  const actions = useActions();
  const scenes = useAtlas((s) => s.scenes);
  const current = useAtlas((s) => s.sceneIndex);
  const present = usePresentation();
  const [name, setName] = useState("");
  const [caption, setCaption] = useState("");
  const add = () => {
    app.scenes.capture(name.trim() || t("scenes.defaultName", { n: scenes.length + 1 }), caption.trim());
    setName("");
    setCaption("");
  };
  return (
    <aside className="panel scenes-panel" aria-labelledby="scenes-title" data-testid="scenes-panel" onKeyDown={(e) => e.key === "Escape" && e.stopPropagation()}>
      <header>
        <h2 id="scenes-title">{t("scenes.title")}</h2>
        <button type="button" className="close" aria-label={t("panel.close")} onClick={() => actions.setScenesOpen(false)}>×</button>
      </header>
      <form
        className="scene-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t("scenes.name")}
          <input type="text" value={name} maxLength={120} onChange={(e) => setName(e.currentTarget.value)} data-testid="scene-name" />
        </label>
        <label>
          {t("scenes.caption")}
          <textarea value={caption} maxLength={600} rows={2} onChange={(e) => setCaption(e.currentTarget.value)} data-testid="scene-caption" />
        </label>
        <button type="submit" data-testid="scene-add">{t("scenes.add")}</button>
      </form>
      {scenes.length === 0 ? (
        <p className="muted">{t("scenes.empty")}</p>
      ) : (
        <ol className="scene-list" aria-label={t("scenes.list", { count: scenes.length })} data-testid="scene-list" data-count={scenes.length}>
          {scenes.map((scene, i) => (
            <SceneItem key={scene.id} scene={scene} index={i} current={i === current} last={i === scenes.length - 1} />
          ))}
        </ol>
      )}
      <div className="scene-footer">
        <ThemeSelect />
        <button type="button" onClick={() => void present.enter()} data-testid="present-start">{t("present.start")}</button>
      </div>
    </aside>
  );
}

function SceneItem({ scene, index, current, last }: { scene: Scene; index: number; current: boolean; last: boolean }) {
  const t = useT();
  const app = useApp();
  const actions = useActions();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(scene.name);
  const [caption, setCaption] = useState(scene.caption);
  const label = t("scenes.itemLabel", { n: index + 1, name: scene.name });
  if (editing) {
    return (
      <li data-testid="scene-item" data-editing="true">
        <form
          className="scene-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions.renameScene(scene.id, name.trim() || scene.name, caption.trim());
            setEditing(false);
          }}
        >
          <label>{t("scenes.name")}<input type="text" value={name} maxLength={120} onChange={(e) => setName(e.currentTarget.value)} autoFocus data-testid="scene-edit-name" /></label>
          <label>{t("scenes.caption")}<textarea value={caption} maxLength={600} rows={2} onChange={(e) => setCaption(e.currentTarget.value)} data-testid="scene-edit-caption" /></label>
          <span className="scene-buttons">
            <button type="submit" data-testid="scene-edit-save">{t("scenes.save")}</button>
            <button type="button" onClick={() => setEditing(false)}>{t("scenes.cancel")}</button>
          </span>
        </form>
      </li>
    );
  }
  return (
    <li data-testid="scene-item" aria-current={current ? "step" : undefined}>
      <button type="button" className="link scene-show" onClick={() => void app.scenes.show(index)} data-testid="scene-show" title={scene.caption}>
        {label}
      </button>
      <span className="scene-buttons">
        <button type="button" aria-label={`${t("scenes.rename")}: ${scene.name}`} onClick={() => setEditing(true)} data-testid="scene-edit">✎</button>
        <button type="button" aria-label={`${t("scenes.up")}: ${scene.name}`} disabled={index === 0} onClick={() => actions.moveScene(scene.id, -1)} data-testid="scene-up">↑</button>
        <button type="button" aria-label={`${t("scenes.down")}: ${scene.name}`} disabled={last} onClick={() => actions.moveScene(scene.id, 1)} data-testid="scene-down">↓</button>
        <button type="button" aria-label={`${t("scenes.delete")}: ${scene.name}`} onClick={() => actions.removeScene(scene.id)} data-testid="scene-delete">×</button>
      </span>
    </li>
  );
}
