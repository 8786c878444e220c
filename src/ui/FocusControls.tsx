import type { SupplyDirection } from "../graph/paths/index.ts";
import { FOCUS_DIRECTIONS } from "../state/view/values.ts";
import { useActions, useAtlas, useDerived } from "./useAtlas.ts";
import { useT } from "./useT.ts";


/** Follow a company's supply chain up and down, or trace a path to another company. */
export function FocusControls({ id }: { id: string }) {
  const s = useActions();
  const t = useT();
  const focus = useAtlas((s) => s.focus);
  const pathFrom = useAtlas((s) => s.pathFrom);
  const pathEnds = useAtlas((s) => s.pathEnds);
  const graph = useAtlas((s) => s.graph);
  const mine = focus?.id === id ? focus : null;
  const name = (node: string) => (graph?.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
  // The same path the map lights.
  const pathFound = useDerived((d, s) => d.path(s));

  return (
    <section className="focus-controls" data-testid="focus-controls">
      <h4>{t("focus.title")}</h4>
      <div className="row">
        <label>
          {t("focus.depth")}{" "}
          <select value={mine?.depth ?? 1} data-testid="focus-depth" onChange={(e) => s.setFocus({ id, depth: Number(e.currentTarget.value) as 1 | 2 | 3, direction: mine?.direction ?? "both" })}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          {t("focus.direction")}{" "}
          <select value={mine?.direction ?? "both"} data-testid="focus-direction" onChange={(e) => s.setFocus({ id, depth: mine?.depth ?? 1, direction: e.currentTarget.value as SupplyDirection })}>
            {FOCUS_DIRECTIONS.map((d) => (
              <option key={d} value={d}>{t(`focus.${d}`)}</option>
            ))}
          </select>
        </label>
        {mine ? (
          <button type="button" onClick={() => s.setFocus(null)} data-testid="focus-clear">{t("focus.clear")}</button>
        ) : (
          <button type="button" onClick={() => s.setFocus({ id, depth: 1, direction: "both" })} data-testid="focus-show">{t("focus.show")}</button>
        )}
      </div>
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
