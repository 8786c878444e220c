import { DEFAULT_FORCE_SETTINGS, GRAVITY_STEPS, SCALING_STEPS, WEIGHT_INFLUENCE_STEPS, sameForceSettings } from "../../model/forceSettings.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/** Offered steps plus the current value, so a value from a link stays selectable. */
function withCurrent(steps: readonly number[], value: number): number[] {
  return [...new Set([...steps, value])].sort((a, b) => a - b);
}

function NumberSelect(props: { label: string; value: number; steps: readonly number[]; testId: string; onChange: (v: number) => void }) {
  return (
    <label className="control">
      <span>{props.label}</span>
      <select value={String(props.value)} data-testid={props.testId} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        {withCurrent(props.steps, props.value).map((v) => (
          <option key={v} value={String(v)}>
            {v.toLocaleString()}
          </option>
        ))}
      </select>
    </label>
  );
}

/** ForceAtlas2 settings of the force view; a change reruns the layout from the map positions. */
export function ForceControls() {
  const t = useT();
  const s = useActions();
  const settings = useAtlas((x) => x.forceSettings);
  return (
    <fieldset className="control-group force-controls" data-testid="force-controls">
      <legend>{t("force.title")}</legend>
      <p className="control-hint muted">{t("force.hint")}</p>
      <label className="check">
        <input type="checkbox" checked={settings.linLog} data-testid="force-linlog" onChange={(e) => s.setForceSettings({ linLog: e.currentTarget.checked })} />
        {t("force.linLog")}
      </label>
      <NumberSelect label={t("force.gravity")} testId="force-gravity" value={settings.gravity} steps={GRAVITY_STEPS} onChange={(gravity) => s.setForceSettings({ gravity })} />
      <NumberSelect label={t("force.scaling")} testId="force-scaling" value={settings.scaling} steps={SCALING_STEPS} onChange={(scaling) => s.setForceSettings({ scaling })} />
      <NumberSelect
        label={t("force.edgeWeight")}
        testId="force-edge-weight"
        value={settings.edgeWeightInfluence}
        steps={WEIGHT_INFLUENCE_STEPS}
        onChange={(edgeWeightInfluence) => s.setForceSettings({ edgeWeightInfluence })}
      />
      <label className="check">
        <input type="checkbox" checked={settings.preventOverlap} data-testid="force-overlap" onChange={(e) => s.setForceSettings({ preventOverlap: e.currentTarget.checked })} />
        {t("force.preventOverlap")}
      </label>
      <button type="button" disabled={sameForceSettings(settings, DEFAULT_FORCE_SETTINGS)} onClick={() => s.setForceSettings({ ...DEFAULT_FORCE_SETTINGS })}>
        {t("force.defaults")}
      </button>
    </fieldset>
  );
}
