// What the status line counts and a "what is shown" export carries: the companies and links the
// map draws, by the map's own rule (app/map/linkShowing.ts).
import { selectedUnits } from "../../regions/units.ts";
import { scaleOf } from "../../state/regionScale.ts";
import { isCrossDivision } from "../../model/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import { linksPassingSelection } from "../../graph/flows/select.ts";
import type { Trace } from "../../graph/paths/trace.ts";
import type { AtlasState } from "../../state/store.ts";
import { memoLast } from "../../schedule/memo.ts";
import { countedParts, displayDivisionOf, type CountedParts } from "../map/linkShowing.ts";

/** What the status line counts: the companies and links the map draws, a hover aside. */
export interface ShownCounts {
  companies: number;
  links: number;
  /** Of `links`, those between two divisions (as the vintage shown draws them). */
  cross: number;
  /** What is lit: a supply chain, a path, or else what the filters and division selection leave. */
  lit: "chain" | "path" | null;
}

export interface ShownValues {
  /** Companies the filters and what-if removal keep. */
  shownCompanies(state: AtlasState): number;
  /**
   * The companies and links the map draws, for the status line: a lit chain or path, else what
   * the filters keep and the division selection passes. The selected company (its links alone
   * drawn) and the hover are a highlight, not counted as narrowing what is shown.
   */
  shownCounts(state: AtlasState): ShownCounts | null;
  /** The predicates behind shownCounts (linkShowing.ts countedParts): what a "what is shown" export carries. */
  counted(state: AtlasState): CountedParts | null;
}

export function shownValues(
  visible: (state: AtlasState) => Visible | null,
  trace: (state: AtlasState) => Trace | null,
  visibleMatrix: (state: AtlasState) => FlowMatrix | null,
): ShownValues {
  const shownOf = memoLast((v: Visible | null) => {
    if (!v) return 0;
    return v.all ? v.graph.order : v.graph.filterNodes((node) => v.keepNode(node)).length;
  });

  // A lit chain or path: its companies and links that the reducers draw, by their own rule
  // (countedParts, which a "what is shown" export carries too).
  const litCountsOf = memoLast((v: Visible | null, trace: Trace, s: Pick<AtlasState, "selectedDivisions" | "divisionMode" | "vintage" | "regionLevel" | "userGrouping" | "level" | "mode" | "zoomedIn">, lit: "chain" | "path"): ShownCounts | null => {
    if (!v) return null;
    const parts = countedParts(v.graph, v.all ? null : v, trace, s);
    const divisionOf = displayDivisionOf(v.graph, scaleOf(s));
    let companies = 0;
    for (const node of trace.nodes.keys()) if (parts.keepNode(node)) companies++;
    let links = 0;
    let cross = 0;
    for (const edge of trace.edges) {
      const [source, target] = v.graph.extremities(edge);
      if (!parts.keepEdge(edge, source, target)) continue;
      links++;
      if (isCrossDivision(divisionOf(source), divisionOf(target))) cross++;
    }
    return { companies, links, cross, lit };
  });
  const selectionOf = memoLast(
    (selectedDivisions: AtlasState["selectedDivisions"], divisionMode: AtlasState["divisionMode"], vintage: AtlasState["vintage"], regionLevel: AtlasState["regionLevel"], userGrouping: AtlasState["userGrouping"], level: AtlasState["level"], mode: AtlasState["mode"], zoomedIn: boolean) =>
      ({ selectedDivisions, divisionMode, vintage, regionLevel, userGrouping, level, mode, zoomedIn }),
  );
  // Counted from the matrix: the same links countedParts keeps (the division selection is by the
  // ends' divisions, which the matrix's cells are), without a pass over every link.
  const passingOf = memoLast((matrix: FlowMatrix | null, companies: number, selectedDivisions: AtlasState["selectedDivisions"], mode: AtlasState["divisionMode"]): ShownCounts | null =>
    matrix ? { companies, ...linksPassingSelection(matrix, selectedUnits(selectedDivisions, matrix.vintage), mode), lit: null } : null,
  );

  return {
    shownCompanies: (s) => shownOf(visible(s)),
    shownCounts: (s) => {
      const lit = trace(s);
      if (lit) return litCountsOf(visible(s), lit, selectionOf(s.selectedDivisions, s.divisionMode, s.vintage, s.regionLevel, s.userGrouping, s.level, s.mode, s.zoomedIn), s.pathEnds ? "path" : "chain");
      return passingOf(visibleMatrix(s), shownOf(visible(s)), s.selectedDivisions, s.divisionMode);
    },
    counted: (s) => {
      const v = visible(s);
      return v ? countedParts(v.graph, v.all ? null : v, trace(s), s) : null;
    },
  };
}
