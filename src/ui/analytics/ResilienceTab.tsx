import { useMemo } from "react";
import { cuts, removalImpact, singleSupplierDivisions, soleSuppliers } from "../../graph/resilience/index.ts";
import { divisionLabel } from "../../regions/divisions.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { DivisionSelect } from "./DivisionSelect.tsx";
import { EgoScoped } from "../summary/EgoScope.tsx";

function WhatIf() {
  const s = useActions();
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const selected = useAtlas((s) => s.selected);
  const removal = useAtlas((s) => s.removal);
  const profileDivision = useAtlas((s) => s.profileDivision);
  const impact = useMemo(() => {
    if (!graph || !removal) return null;
    try {
      return removalImpact(graph, removal, vintage);
    } catch {
      // A division of another vintage: nothing to report until a new removal is chosen.
      return null;
    }
  }, [graph, removal, vintage]);
  const name = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  return (
    <div className="whatif" data-testid="whatif">
      <h3>{t("whatif.title")}</h3>
      <div className="actions">
        <button type="button" disabled={!selected} data-testid="whatif-remove-company" onClick={() => selected && s.setRemoval({ companies: [selected], division: null })}>
          {t("whatif.company")}
        </button>
        <DivisionSelect label={t("whatif.division")} value={profileDivision} onChange={(d) => s.setProfileDivision(d)} testId="whatif-division" />
        <button type="button" disabled={!profileDivision} data-testid="whatif-remove-division" onClick={() => profileDivision && s.setRemoval({ companies: [], division: profileDivision })}>
          {t("whatif.division")}
        </button>
        <button type="button" disabled={!removal} data-testid="whatif-undo" onClick={() => s.setRemoval(null)}>
          {t("whatif.undo")}
        </button>
      </div>
      {!selected && !removal && <p className="muted">{t("whatif.pick")}</p>}
      {removal && impact && (
        <div data-testid="whatif-impact">
          <p>{t("whatif.active", { what: removal.division ? divisionLabel(removal.division, lang, "full") : removal.companies.map(name).join(", ") })}</p>
          <ul>
            <li data-testid="whatif-links-lost" data-count={impact.linksLost.count}>{t("whatif.linksLost", { count: impact.linksLost.count })}</li>
            <li data-testid="whatif-stranded" data-count={impact.stranded.length}>
              {t("whatif.orphans", { count: impact.stranded.length })}
              {impact.stranded.length > 0 && `: ${impact.stranded.slice(0, 6).map((c) => name(c.id)).join(", ")}`}
              {impact.stranded.length > 6 && (
                <details data-testid="whatif-stranded-all">
                  <summary>{t("whatif.showAll", { count: impact.stranded.length })}</summary>
                  <ul className="plain">
                    {impact.stranded.map((c) => (
                      <li key={c.id}>{name(c.id)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
            <li data-testid="whatif-flows" data-count={impact.flows.length}>
              {t("whatif.flows", { count: impact.flows.length })}
              {impact.flows.length > 0 &&
                `: ${impact.flows
                  .slice(0, 4)
                  .map((f) => `${divisionLabel(f.from, lang)}→${divisionLabel(f.to, lang)} ${f.before.count}→${f.after.count}`)
                  .join(", ")}`}
              {/* Every changed flow, so the count above can be checked row by row. */}
              {impact.flows.length > 4 && (
                <details data-testid="whatif-flows-all">
                  <summary>{t("whatif.showAll", { count: impact.flows.length })}</summary>
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">{t("whatif.flowFrom")}</th>
                        <th scope="col">{t("whatif.flowTo")}</th>
                        <th scope="col">{t("whatif.linksBefore")}</th>
                        <th scope="col">{t("whatif.linksAfter")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {impact.flows.map((f) => (
                        <tr key={`${f.from}>${f.to}`} data-testid="whatif-flow-row">
                          <td>{divisionLabel(f.from, lang)}</td>
                          <td>{divisionLabel(f.to, lang)}</td>
                          <td className="num">{f.before.count.toLocaleString()}</td>
                          <td className="num">{f.after.count.toLocaleString()}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

export function ResilienceTab() {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  // Computed when the tab is shown, on the whole network (a what-if never changes these lists).
  const found = useMemo(
    () => (graph ? { cuts: cuts(graph), sole: soleSuppliers(graph), single: singleSupplierDivisions(graph, vintage) } : null),
    [graph, vintage],
  );
  if (!graph || !found) return null;
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const select = (id: string) => actions.select(id);
  return (
    <div className="resilience" data-testid="resilience">
      <WhatIf />
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
        <h3 data-testid="sole-suppliers" data-count={found.sole.length}>{t("resilience.sole", { count: found.sole.length })}</h3>
        <p>
          {found.sole.slice(0, 12).map((s) => (
            <button key={s.supplier} type="button" className="link chip" onClick={() => select(s.supplier)}>
              {name(s.supplier)} ({s.buyers.length})
            </button>
          ))}
        </p>
        <h3 data-testid="single-dependence" data-count={found.single.length}>{t("resilience.single", { count: found.single.length })}</h3>
        <ul className="muted">
          {found.single.slice(0, 10).map((d) => (
            <li key={`${d.division}-${d.type}`}>
              {divisionLabel(d.division, lang)} · {t(`linkType.${d.type}`)} ← {name(d.supplier)} ({divisionLabel(d.supplierDivision, lang)})
            </li>
          ))}
        </ul>
      </EgoScoped>
    </div>
  );
}
