// Divisions that get a whole link type from one company elsewhere: one list for the full data's
// resilience tab and the nation's, so both say it in the same words.
import { regionLabel } from "../../regions/units.ts";
import type { DivisionCode, LinkType } from "../../model/types.ts";
import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

export interface Dependence {
  division: DivisionCode;
  type: LinkType;
  supplierDivision: DivisionCode;
}

export function SingleDependence<D extends Dependence>({ items, supplierName, scope }: { items: readonly D[]; supplierName: (d: D) => string; scope?: string }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  return (
    <>
      <h3 data-testid="single-dependence" data-count={items.length} data-scope={scope}>{t("resilience.single", { count: items.length })}</h3>
      <ul className="muted">
        {items.slice(0, 10).map((d) => (
          <li key={`${d.division}-${d.type}`}>
            {regionLabel(d.division, lang)} · {t(`linkType.${d.type}`)} ← {supplierName(d)} ({regionLabel(d.supplierDivision, lang)})
          </li>
        ))}
      </ul>
    </>
  );
}
