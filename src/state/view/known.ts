import type { Dataset } from "../../model/types.ts";
import { DIVISIONS } from "../../regions/divisions.ts";
import type { KnownValues } from "./values.ts";

/** What a URL may name when `dataset` is loaded (divisions of every vintage; the decoder checks the vintage). */
export function knownFromDataset(dataset: Pick<Dataset, "companies"> | null): KnownValues {
  const ids = new Set<string>();
  const industries = new Set<string>();
  const tiers = new Set<string>(["none"]);
  for (const company of dataset?.companies ?? []) {
    ids.add(company.id);
    if (company.industry) industries.add(company.industry);
    if (company.tier) tiers.add(company.tier);
  }
  return {
    divisions: DIVISIONS.map((d) => d.code),
    industries: [...industries],
    tiers: [...tiers],
    companies: (id) => ids.has(id),
  };
}
