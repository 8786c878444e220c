// ForceAtlas2 settings in one parameter: LinLog, gravity, scaling, prevent overlap and
// edge-weight influence (`fa=1,0.5,2,0,1`), each checked against the layout's bounds.
import { DEFAULT_FORCE_SETTINGS, FORCE_BOUNDS, sameForceSettings, type ForceSettings } from "../../model/forceSettings.ts";
import { parseNumber } from "./reader.ts";
import { field, type FieldOptions, type ViewField } from "./fields.ts";

const within = (n: number, b: { min: number; max: number }) => n >= b.min && n <= b.max;

export function forceField(param: string, options: FieldOptions = {}): ViewField<ForceSettings> {
  return field<ForceSettings>(options, {
    params: [param],
    initial: () => ({ ...DEFAULT_FORCE_SETTINGS }),
    encode: (s, out) => {
      if (!sameForceSettings(s, DEFAULT_FORCE_SETTINGS)) {
        out.append(param, [s.linLog ? 1 : 0, s.gravity, s.scaling, s.preventOverlap ? 1 : 0, s.edgeWeightInfluence].join(","));
      }
    },
    decode: (r) => {
      const raw = r.single(param);
      if (raw === undefined) return undefined;
      const n = raw.split(",").map(parseNumber);
      const [linLog, gravity, scaling, overlap, influence] = n;
      const flag = (v: number | null | undefined) => v === 0 || v === 1;
      if (
        n.length !== 5 || !flag(linLog) || !flag(overlap) ||
        gravity == null || !within(gravity, FORCE_BOUNDS.gravity) ||
        scaling == null || !within(scaling, FORCE_BOUNDS.scaling) ||
        influence == null || !within(influence, FORCE_BOUNDS.edgeWeightInfluence)
      ) {
        r.bad(param, raw, "expected LinLog (0/1), gravity, scaling, prevent overlap (0/1) and edge-weight influence within bounds");
        return undefined;
      }
      return { linLog: linLog === 1, gravity, scaling, preventOverlap: overlap === 1, edgeWeightInfluence: influence };
    },
  });
}
