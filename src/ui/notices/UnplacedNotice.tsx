import { useMemo } from "react";
import { unplacedCount } from "../../model/unplaced.ts";
import type { FileSummary } from "../../model/types.ts";
import { useActions, useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

// Files whose rows can be companies: the mapping dialog opens on the first of them.
const COMPANY_KINDS = new Set<FileSummary["kind"]>(["companies", "links-with-companies", "graphology-json", "gexf", "graphml", "spreadsheet"]);

/**
 * Says how many companies have no division (and so are not on the map), and opens the
 * mapping dialog on the file that holds them, to say which column or attribute is the division.
 */
export function UnplacedNotice() {
  const t = useT();
  const { mapping } = useApp();
  const actions = useActions();
  const companies = useAtlas((s) => s.dataset?.companies);
  const files = useAtlas((s) => s.report?.files);
  const count = useMemo(() => (companies ? unplacedCount(companies) : 0), [companies]);
  const file = useMemo(() => {
    const onScreen = new Set(mapping.fileNames());
    const candidates = (files ?? []).filter((f) => onScreen.has(f.name));
    return (candidates.find((f) => COMPANY_KINDS.has(f.kind)) ?? candidates[0])?.name ?? null;
  }, [files, mapping]);
  if (count === 0) return null;
  return (
    <section className="notice unplaced" aria-label={t("unplaced.label")} data-testid="unplaced-notice" data-count={count}>
      <p>
        {t("unplaced.notice", { count })}{" "}
        {file && (
          <button type="button" data-testid="unplaced-map" data-file={file} onClick={() => actions.setMappingFile(file)}>
            {t("unplaced.open")}
          </button>
        )}
      </p>
    </section>
  );
}
