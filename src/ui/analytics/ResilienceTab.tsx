import { scaleOf } from "../../state/regionScale.ts";
import { useMemo } from "react";
import { cuts } from "../../graph/resilience/cuts.ts";
import { singleSupplierDivisions } from "../../graph/resilience/singleSupplierDivisions.ts";
import { soleSuppliers } from "../../graph/resilience/soleSuppliers.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { WhatIf } from "./WhatIf.tsx";
import { EgoScoped } from "../summary/EgoScope.tsx";
import { NationalResilience } from "../summary/NationalResilience.tsx";
import { SingleDependence } from "./SingleDependence.tsx";

export function ResilienceTab() {
  const t = useT();
  const actions = useActions();
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas(scaleOf);
  // Summary mode: sole suppliers and single-supplier divisions are the nation's (the summary
  // worker answers from the national tables); only cut points and bridges need every link.
  const summaryMode = useAtlas((s) => s.summary !== null);
  // Computed when the tab is shown, on the whole network (a what-if never changes these lists).
  const found = useMemo(
    () =>
      graph
        ? { cuts: cuts(graph), sole: summaryMode ? [] : soleSuppliers(graph), single: summaryMode ? [] : singleSupplierDivisions(graph, vintage) }
        : null,
    [graph, vintage, summaryMode],
  );
  if (!graph || !found) return null;
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const select = (id: string) => actions.select(id);
  return (
    <div className="resilience" data-testid="resilience">
      <WhatIf />
      {summaryMode && <NationalResilience />}
      {/* Computed on the graph: in summary mode only the ego networks, and headed so. */}
      <EgoScoped testId="resilience-scope">
        <h3 data-testid="articulation" data-count={found.cuts.articulationPoints.length}>{t("resilience.articulation", { count: found.cuts.articulationPoints.length })}</h3>
        <p>
          {found.cuts.articulationPoints.slice(0, 12).map((p) => (
            <button key={p.id} type="button" className="link chip" onClick={() => select(p.id)}>
              {name(p.id)}
            </button>
          ))}
        </p>
        <h3 data-testid="bridges" data-count={found.cuts.bridges.length}>{t("resilience.bridges", { count: found.cuts.bridges.length })}</h3>
        <p className="muted">{found.cuts.bridges.slice(0, 8).map((b) => `${name(b.a)} – ${name(b.b)}`).join(" · ")}</p>
        {!summaryMode && (
          <>
            <h3 data-testid="sole-suppliers" data-count={found.sole.length}>{t("resilience.sole", { count: found.sole.length })}</h3>
            <p>
              {found.sole.slice(0, 12).map((s) => (
                <button key={s.supplier} type="button" className="link chip" onClick={() => select(s.supplier)}>
                  {name(s.supplier)} ({s.buyers.length})
                </button>
              ))}
            </p>
            <SingleDependence items={found.single} supplierName={(d) => name(d.supplier)} />
          </>
        )}
      </EgoScoped>
    </div>
  );
}
