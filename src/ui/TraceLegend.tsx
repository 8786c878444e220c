import { TRACE_EDGE } from "../style/palette.ts";
import { useAtlas, useDerived } from "./useAtlas.ts";
import { useT } from "./useT.ts";

/** Whether the map draws a supply chain or a path in one ink (render/reducers.ts) instead of the link colours. */
export function useTraced(): boolean {
  return useDerived((d, s) => d.trace(s) !== null);
}

/** The legend's link section while a supply chain or a shortest path is drawn. */
export function TraceLegend() {
  const t = useT();
  const path = useAtlas((s) => s.pathEnds !== null);
  return (
    <div className="legend-section" data-testid="legend-trace">
      <ul>
        <li>
          <span className="swatch line" style={{ background: TRACE_EDGE }} />
          {t(path ? "legend.pathLink" : "legend.chainLink")}
        </li>
      </ul>
    </div>
  );
}
