import { DataTable } from "./DataTable.tsx";
import { useT } from "../useT.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { SummaryTable } from "../summary/SummaryTable.tsx";

const SUMMARY_RECT = { width: 900, height: 320 };

/** The data table of what is shown: it follows the filters and any what-if removal. In summary mode it lists every company of the summary. */
export function TableDock() {
  const open = useAtlas((s) => s.tableOpen);
  const summary = useAtlas((s) => s.summary);
  const visible = useDerived((d, s) => d.visible(s));
  const actions = useActions();
  const t = useT();
  if (!open || !visible) return null;
  if (summary) {
    return (
      <section className="data-table" role="dialog" aria-modal="false" aria-labelledby="data-table-title" data-testid="data-table" data-tab="summary">
        <header>
          <h2 id="data-table-title">{t("table.title")}</h2>
          <button type="button" className="close" aria-label={t("panel.close")} onClick={() => actions.setTableOpen(false)}>×</button>
        </header>
        <div className="data-table-panel">
          <SummaryTable summary={summary} initialRect={SUMMARY_RECT} overscan={8} />
        </div>
      </section>
    );
  }
  const predicates = visible.all ? {} : { keepNode: visible.keepNode, keepEdge: visible.keepEdge };
  return <DataTable graph={visible.graph} {...predicates} onClose={() => actions.setTableOpen(false)} />;
}
