import { useEffect, useRef, useState } from "react";
import type { SupplyDirection } from "../../graph/paths/types.ts";
import { FOCUS_DIRECTIONS, type FocusDepth, type FocusState } from "../../state/view/values.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";


type Draft = Pick<FocusState, "depth" | "direction">;
const DEFAULT_DRAFT: Draft = { depth: 1, direction: "both" };

/**
 * Follow a company's supply chain up and down, or trace a path to another company. The steps
 * and direction are a draft until Show supply chain applies them: at 10k companies a chain of
 * three steps both ways from a hub lights thousands of them, and each choice on the way would redraw it.
 * Render it with key={id}: another company starts from the chain shown, if any.
 */
export function FocusControls({ id }: { id: string }) {
  const s = useActions();
  const t = useT();
  const focus = useAtlas((s) => s.focus);
  const pathFrom = useAtlas((s) => s.pathFrom);
  const pathEnds = useAtlas((s) => s.pathEnds);
  const graph = useAtlas((s) => s.graph);
  const mine = focus?.id === id ? focus : null;
  const [draft, setDraft] = useState<Draft>(() => (focus ? { depth: focus.depth, direction: focus.direction } : DEFAULT_DRAFT));
  // The show button goes once the chain is applied: the keyboard moves on to the end button, not to the page.
  const clearButton = useRef<HTMLButtonElement>(null);
  const shownByButton = useRef(false);
  // A chain applied from elsewhere (the address, a scene) is what the draft starts from again.
  useEffect(() => {
    if (mine) setDraft({ depth: mine.depth, direction: mine.direction });
    if (mine && shownByButton.current) clearButton.current?.focus();
    shownByButton.current = false;
  }, [mine]);
  const changed = mine !== null && (mine.depth !== draft.depth || mine.direction !== draft.direction);
  const show = () => {
    shownByButton.current = true;
    s.setFocus({ id, ...draft });
  };
  const name = (node: string) => (graph?.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
  // The same path the map lights.
  const pathFound = useDerived((d, s) => d.path(s));

  return (
    <section className="focus-controls" data-testid="focus-controls">
      <h4>{t("focus.title")}</h4>
      <div className="row">
        <label>
          {t("focus.depth")}{" "}
          <select value={draft.depth} data-testid="focus-depth" onChange={(e) => setDraft({ ...draft, depth: Number(e.currentTarget.value) as FocusDepth })}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          {t("focus.direction")}{" "}
          <select value={draft.direction} data-testid="focus-direction" onChange={(e) => setDraft({ ...draft, direction: e.currentTarget.value as SupplyDirection })}>
            {FOCUS_DIRECTIONS.map((d) => (
              <option key={d} value={d}>{t(`focus.${d}`)}</option>
            ))}
          </select>
        </label>
        {(!mine || changed) && <button type="button" onClick={show} data-testid="focus-show">{t("focus.show")}</button>}
        {mine && <button type="button" ref={clearButton} onClick={() => s.setFocus(null)} data-testid="focus-clear">{t("focus.clear")}</button>}
      </div>
      {changed && <p className="muted" data-testid="focus-pending">{t("focus.pending")}</p>}
      <div className="row">
        {pathFrom && pathFrom !== id ? (
          <button type="button" data-testid="path-to" onClick={() => s.setPathEnds({ from: pathFrom, to: id })}>{t("path.to", { name: name(pathFrom) })}</button>
        ) : (
          <button type="button" data-testid="path-from" onClick={() => s.setPathFrom(id)}>{t("path.from")}</button>
        )}
        {pathEnds && <button type="button" data-testid="path-clear" onClick={() => s.setPathEnds(null)}>{t("path.clear")}</button>}
      </div>
      {pathFrom === id && <p className="muted">{t("path.waiting", { name: name(id) })}</p>}
      {pathEnds && (
        <p data-testid="path-result" data-length={pathFound ? pathFound.edges.length : -1}>
          {pathFound ? pathFound.nodes.map(name).join(" → ") : t("path.none")}
        </p>
      )}
    </section>
  );
}
