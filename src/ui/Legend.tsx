import { LINK_TYPES } from "../model/types.ts";
import { INTERNAL_LINK_COLOR, LINK_TYPE_COLORS, SUPER_REGIONAL_COLOR } from "../graph/style.ts";
import { useT } from "./useT.ts";

/** Part of the view, not a tooltip: it will go into exported images too. */
export function Legend() {
  const t = useT();
  return (
    <aside className="legend" aria-label={t("legend.title")} data-testid="legend">
      <h2>{t("legend.title")}</h2>
      <ul>
        {LINK_TYPES.map((type) => (
          <li key={type}>
            <span className="swatch line" style={{ background: LINK_TYPE_COLORS[type] }} />
            {t(`linkType.${type}`)}
          </li>
        ))}
        <li>
          <span className="swatch line" style={{ background: INTERNAL_LINK_COLOR }} />
          {t("legend.internal")}
        </li>
        <li>
          <span className="swatch dot big" style={{ background: SUPER_REGIONAL_COLOR }} />
          {t("legend.superRegional")}
        </li>
        <li>
          <span className="swatch dot" style={{ background: "#4E79A7" }} />
          {t("legend.company")}
        </li>
      </ul>
    </aside>
  );
}
