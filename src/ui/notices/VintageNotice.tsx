import { useMemo } from "react";
import { vintageChange } from "../../graph/flows/divisionFlows.ts";
import { STORED_VINTAGE } from "../../model/types.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/** Says what the merged-boundary vintage changed, while it is in force. */
export function VintageNotice() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const { derived } = useApp();
  const change = useMemo(
    () => (graph && vintage !== STORED_VINTAGE ? vintageChange(derived.flowMatrix(graph, STORED_VINTAGE), derived.flowMatrix(graph, vintage)) : null),
    [derived, graph, vintage],
  );
  if (!change) return null;
  return (
    <div className="notice vintage" role="status" data-testid="vintage-notice" data-moved={change.crossToInternal}>
      {t("vintage.changed", { moved: change.crossToInternal, before: change.crossLinksBefore, after: change.crossLinksAfter })}
    </div>
  );
}
