// Weights of the super-regional score: one parameter, the four link-type weights then the
// breadth share (`rw=1,2,1,0,0.5`), checked by the same rule the formula uses.
import { DEFAULT_WEIGHTS, resolveWeights } from "../../graph/ranking/weights.ts";
import type { RankingWeights } from "../../graph/ranking/types.ts";
import { parseNumber } from "./reader.ts";
import { field, type FieldOptions, type ViewField } from "./fields.ts";

const ORDER = ["technology", "production", "sales", "other", "breadth"] as const;

export function weightsField(param: string, options: FieldOptions = {}): ViewField<RankingWeights> {
  return field<RankingWeights>(options, {
    params: [param],
    initial: () => ({ ...DEFAULT_WEIGHTS }),
    encode: (weights, out) => {
      if (ORDER.some((k) => weights[k] !== DEFAULT_WEIGHTS[k])) out.append(param, ORDER.map((k) => String(weights[k])).join(","));
    },
    decode: (r) => {
      const raw = r.single(param);
      if (raw === undefined) return undefined;
      const numbers = raw.split(",").map(parseNumber);
      if (numbers.length !== ORDER.length || numbers.some((n) => n === null)) {
        r.bad(param, raw, "expected five numbers: technology, production, sales, other, breadth");
        return undefined;
      }
      try {
        return resolveWeights(Object.fromEntries(ORDER.map((k, i) => [k, numbers[i]!])));
      } catch (error) {
        r.bad(param, raw, error instanceof Error ? error.message.replace(/^graph\/ranking: /, "") : "not usable weights");
        return undefined;
      }
    },
  });
}
