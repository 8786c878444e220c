import { scaleOf } from "../../state/regionScale.ts";
import type { DivisionCode } from "../../model/types.ts";
import { unitsOf, regionLabel } from "../../regions/units.ts";
import { useAtlas } from "../useAtlas.ts";

/** The divisions of the current vintage, in registry order, by their names in the UI language. */
export function DivisionSelect(props: { value: DivisionCode | null; onChange: (d: DivisionCode) => void; testId: string; label: string }) {
  const lang = useAtlas((s) => s.lang);
  const vintage = useAtlas(scaleOf);
  return (
    <label className="control">
      <span>{props.label}</span>
      <select value={props.value ?? ""} data-testid={props.testId} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="" disabled>
          —
        </option>
        {unitsOf(vintage).map((d) => (
          <option key={d.code} value={d.code}>
            {regionLabel(d.code, lang, "full")}
          </option>
        ))}
      </select>
    </label>
  );
}
