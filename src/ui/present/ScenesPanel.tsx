import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Scene } from "../../state/presentSlice.ts";
import { useActions, useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { ThemeSelect } from "../ThemeSelect.tsx";
import { usePresentation } from "./usePresentation.ts";

/** Saved views to step through: save the current one, show, edit, update, reorder, delete (and undo), present. */
export function ScenesPanel() {
  const open = useAtlas((s) => s.scenesOpen);
  return open ? <ScenesList /> : null;
}

const isTextField = (el: EventTarget | null) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

function ScenesList() {
  const t = useT();
  const app = useApp();
  const actions = useActions();
  const scenes = useAtlas((s) => s.scenes);
  const current = useAtlas((s) => s.sceneIndex);
  const removed = useAtlas((s) => s.removedScene);
  const present = usePresentation();
  const [name, setName] = useState("");
  const [caption, setCaption] = useState("");
  // The scene just updated, told while the list stays as that update left it.
  const [updated, setUpdated] = useState<{ name: string; scenes: readonly Scene[] } | null>(null);
  // The row the presenter was last on: the presentation starts there. Focus anywhere else in the
  // panel but the start button forgets it (the start button takes focus from the row on the way).
  const focusedRow = useRef<number | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Where an undone delete put its scene back, to focus it once its row is drawn.
  const restoredAt = useRef<number | null>(null);
  const add = () => {
    app.scenes.capture(name.trim() || t("scenes.defaultName", { n: scenes.length + 1 }), caption.trim());
    setName("");
    setCaption("");
  };
  const undo = () => {
    if (!removed) return;
    // Focus goes back to the scene that came back, once its row is drawn (the effect below).
    restoredAt.current = removed.index;
    actions.undoRemoveScene();
  };
  useEffect(() => {
    if (restoredAt.current === null) return;
    list.current?.querySelectorAll<HTMLElement>("[data-testid=scene-show]")[restoredAt.current]?.focus();
    restoredAt.current = null;
  }, [scenes]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") e.stopPropagation();
    // Ctrl+Z (⌘Z) undoes the delete; in a text field it stays the field's own undo.
    else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "z" && removed && !isTextField(e.target)) {
      e.preventDefault();
      undo();
    }
  };
  return (
    <aside
      className="panel scenes-panel"
      aria-labelledby="scenes-title"
      data-testid="scenes-panel"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const row = (e.target as HTMLElement).closest<HTMLElement>("li[data-index]");
        if (row) focusedRow.current = Number(row.dataset.index);
        else if ((e.target as HTMLElement).dataset.testid !== "present-start") focusedRow.current = null;
      }}
    >
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
        <ol ref={list} className="scene-list" aria-label={t("scenes.list", { count: scenes.length })} data-testid="scene-list" data-count={scenes.length}>
          {scenes.map((scene, i) => (
            <SceneItem
              key={scene.id}
              scene={scene}
              index={i}
              current={i === current}
              last={i === scenes.length - 1}
              onUpdated={() => setUpdated({ name: scene.name, scenes: app.store.getState().scenes })}
              onRemoved={() => requestAnimationFrame(() => undoButton.current?.focus())}
            />
          ))}
        </ol>
      )}
      {/* Always there, so screen readers hear what comes into it. */}
      <p className="scene-notice" role="status" data-testid="scene-notice">
        {removed ? (
          <>
            <span>{t("scenes.deleted", { name: removed.scene.name })}</span>
            {" · "}
            <button type="button" className="link" ref={undoButton} onClick={undo} data-testid="scene-undo">{t("scenes.undo")}</button>
          </>
        ) : updated && updated.scenes === scenes ? (
          t("scenes.updated", { name: updated.name })
        ) : null}
      </p>
      <div className="scene-footer">
        <ThemeSelect />
        <button type="button" onClick={() => void present.enter(focusedRow.current ?? undefined)} data-testid="present-start">{t("present.start")}</button>
      </div>
    </aside>
  );
}

interface SceneItemProps {
  scene: Scene;
  index: number;
  current: boolean;
  last: boolean;
  onUpdated: () => void;
  onRemoved: () => void;
}

function SceneItem({ scene, index, current, last, onUpdated, onRemoved }: SceneItemProps) {
  const t = useT();
  const app = useApp();
  const actions = useActions();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(scene.name);
  const [caption, setCaption] = useState(scene.caption);
  const label = t("scenes.itemLabel", { n: index + 1, name: scene.name });
  if (editing) {
    return (
      <li data-testid="scene-item" data-index={index} data-editing="true">
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
  const update = `${t("scenes.update")}: ${scene.name}`;
  return (
    <li data-testid="scene-item" data-index={index} aria-current={current ? "step" : undefined}>
      <button type="button" className="link scene-show" onClick={() => void app.scenes.show(index)} data-testid="scene-show" title={scene.caption}>
        {label}
      </button>
      <span className="scene-buttons">
        <button type="button" aria-label={`${t("scenes.rename")}: ${scene.name}`} onClick={() => setEditing(true)} data-testid="scene-edit">✎</button>
        <button
          type="button"
          aria-label={update}
          title={update}
          onClick={() => {
            app.scenes.update(scene.id);
            onUpdated();
          }}
          data-testid="scene-update"
        >⟳</button>
        <button type="button" aria-label={`${t("scenes.up")}: ${scene.name}`} disabled={index === 0} onClick={() => actions.moveScene(scene.id, -1)} data-testid="scene-up">↑</button>
        <button type="button" aria-label={`${t("scenes.down")}: ${scene.name}`} disabled={last} onClick={() => actions.moveScene(scene.id, 1)} data-testid="scene-down">↓</button>
        <button
          type="button"
          aria-label={`${t("scenes.delete")}: ${scene.name}`}
          onClick={() => {
            actions.removeScene(scene.id);
            onRemoved();
          }}
          data-testid="scene-delete"
        >×</button>
      </span>
    </li>
  );
}
