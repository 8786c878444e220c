// Summary mode's resilience lists that the nation can answer: sole suppliers and divisions that
// depend on one company for a link type, from the bundle's national tables in the summary worker.
// The rest of the resilience tab (cut points, bridges) needs every link and speaks of the ego
// networks only.
import { stringAt } from "../../graph/summary/columns.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { useSummaryAnswer } from "./useSummaryAnswer.ts";
import { SingleDependence } from "../analytics/SingleDependence.tsx";

const SHOWN = 12;

export function NationalResilience() {
  const t = useT();
  const app = useApp();
  const summary = useAtlas((s) => s.summary);
  const vintage = useAtlas((s) => s.vintage);
  const { result: answer, error, current } = useSummaryAnswer(summary ? (port) => port.resilience(vintage, SHOWN) : null, [summary, vintage]);
  if (!summary) return null;
  if (current && error) return <p className="muted" data-testid="national-resilience-missing">{t("whatif.nationalMissing")}</p>;
  if (!answer || !current) return <p className="muted" role="status" data-testid="national-resilience-pending">{t("whatif.nationalPending")}</p>;
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
      <SingleDependence items={answer.single} supplierName={(d) => name(d.supplier)} scope="nation" />
    </div>
  );
}
