// Summary mode's resilience lists that the nation can answer: sole suppliers and divisions that
// depend on one company for a link type, from the bundle's national tables in the summary worker.
// The rest of the resilience tab (cut points, bridges) needs every link and speaks of the ego
// networks only.
import { useEffect, useState } from "react";
import type { NationalResilience as Answer } from "../../graph/summary/nationalWhatIf.ts";
import { stringAt } from "../../graph/summaryColumns.ts";
import { divisionLabel } from "../../regions/divisions.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

const SHOWN = 12;

export function NationalResilience() {
  const t = useT();
  const app = useApp();
  const lang = useAtlas((s) => s.lang);
  const summary = useAtlas((s) => s.summary);
  const vintage = useAtlas((s) => s.vintage);
  const [state, setState] = useState<{ key: unknown[]; answer: Answer | null; error: string | null }>({ key: [], answer: null, error: null });
  useEffect(() => {
    if (!summary) return;
    let live = true;
    const key = [summary, vintage];
    app.summary.port()?.resilience(vintage, SHOWN).then(
      (answer) => live && setState({ key, answer, error: null }),
      (e: unknown) => live && setState({ key, answer: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [app, summary, vintage]);
  if (!summary) return null;
  const current = state.key[0] === summary && state.key[1] === vintage;
  if (current && state.error) return <p className="muted" data-testid="national-resilience-missing">{t("whatif.nationalMissing")}</p>;
  const answer = current ? state.answer : null;
  if (!answer) return <p className="muted" role="status" data-testid="national-resilience-pending">{t("whatif.nationalPending")}</p>;
  const name = (row: number) => stringAt(summary.companies.text.name, row) || stringAt(summary.companies.text.id, row);
  return (
    <div data-testid="national-resilience" data-scope="nation">
      <p className="muted">{t("whatif.national", { total: summary.manifest.rows.links })}</p>
      <h3 data-testid="sole-suppliers" data-count={answer.soleSuppliers} data-scope="nation">{t("resilience.sole", { count: answer.soleSuppliers })}</h3>
      <p>
        {answer.topSole.map((s) => (
          <button key={s.row} type="button" className="link chip" data-buyers={s.buyers} onClick={() => app.summary.choose(s.row)}>
            {name(s.row)} ({s.buyers.toLocaleString()})
          </button>
        ))}
      </p>
      <h3 data-testid="single-dependence" data-count={answer.single.length} data-scope="nation">{t("resilience.single", { count: answer.single.length })}</h3>
      <ul className="muted">
        {answer.single.slice(0, 10).map((d) => (
          <li key={`${d.division}-${d.type}`}>
            {divisionLabel(d.division, lang)} · {t(`linkType.${d.type}`)} ← {name(d.supplier)} ({divisionLabel(d.supplierDivision, lang)})
          </li>
        ))}
      </ul>
    </div>
  );
}
