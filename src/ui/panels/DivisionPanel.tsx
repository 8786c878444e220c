import { regionLabel } from "../../regions/units.ts";
import type { AtlasState } from "../../state/store.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

const MODES: AtlasState["divisionMode"][] = ["all", "incoming", "outgoing", "between"];

/** Shown while divisions are selected: which ones, which of their flows to show, and a way out. */
export function DivisionPanel() {
  const s = useActions();
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selectedDivisions);
  const mode = useAtlas((s) => s.divisionMode);
  if (selected.length === 0) return null;
  return (
    <div className="division-panel" data-testid="division-panel" data-selected={selected.join(",")}>
      <div>{t("division.selected", { names: selected.map((d) => regionLabel(d, lang, "short")).join(", ") })}</div>
      <div className="segmented" role="group" aria-label={t("division.mode")}>
        {MODES.map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} data-testid={`division-mode-${m}`} disabled={m === "between" && selected.length < 2} onClick={() => s.setDivisionMode(m)}>
            {t(`mode.${m}` as MessageKey)}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => s.toggleDivision(null)} data-testid="division-clear">
        {t("division.clear")}
      </button>
      <div className="muted">{t("division.hint")}</div>
    </div>
  );
}
