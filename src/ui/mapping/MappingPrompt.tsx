import { useMemo } from "react";
import { parseMappingText, type ColumnMapping } from "../../io/mapping/columnMapping.ts";
import { MappingDialog } from "./MappingDialog.tsx";
import { useT } from "../useT.ts";
import { useActions, useApp, useAtlas } from "../useAtlas.ts";

interface Trouble {
  file: string;
  /** A mapping the readers suggest (columns that name known companies), to start the dialog from. */
  suggestion: ColumnMapping | null;
  detail: string;
}

/** The files of the last load whose columns were not all recognised, with the readers' suggestion. */
function useMappingTroubles(): Trouble[] {
  const { mapping } = useApp();
  const report = useAtlas((s) => s.report);
  return useMemo((): Trouble[] => {
    if (!report) return [];
    const onScreen = new Set(mapping.fileNames());
    const base = (file: string) => file.split(" › ")[0]!;
    const out = new Map<string, Trouble>();
    for (const issue of report.rejected) {
      if ((issue.reason === "missing-column" || issue.reason === "unknown-format") && onScreen.has(base(issue.file))) {
        out.set(base(issue.file), { file: base(issue.file), suggestion: null, detail: issue.detail });
      }
    }
    for (const issue of report.warnings) {
      if (issue.reason !== "column-suggestion" || !onScreen.has(base(issue.file))) continue;
      const parsed = parseMappingText(issue.detail);
      out.set(base(issue.file), { file: base(issue.file), suggestion: parsed.ok ? parsed.mapping : null, detail: issue.detail });
    }
    return [...out.values()];
  }, [report, mapping]);
}

/** After a load whose columns were not all recognised: says so, offers the column-mapping dialog. */
export function MappingPrompt() {
  const t = useT();
  const actions = useActions();
  const troubles = useMappingTroubles();
  return (
    <>
      {troubles.length > 0 && (
        <section className="notice" aria-label={t("mapping.title")} data-testid="mapping-prompt">
          {troubles.map((x) => (
            <p key={x.file}>
              {x.suggestion?.supplier && x.suggestion.buyer
                ? t("mapping.suggested", { file: x.file, supplier: x.suggestion.supplier, buyer: x.suggestion.buyer })
                : t("mapping.prompt", { file: x.file })}{" "}
              <button type="button" data-testid="mapping-open" data-file={x.file} onClick={() => actions.setMappingFile(x.file)}>
                {t("mapping.open")}
              </button>
            </p>
          ))}
        </section>
      )}
    </>
  );
}

/**
 * The mapping dialog, opened from a notice (MappingPrompt, UnplacedNotice). Rendered at the
 * app's top level, outside the notices strip, so its backdrop covers the whole app.
 */
export function MappingDialogHost() {
  const open = useAtlas((s) => s.mappingFile);
  const troubles = useMappingTroubles();
  if (!open) return null;
  const current = troubles.find((x) => x.file === open);
  return <MappingDialog key={open} initial={current?.suggestion ?? {}} />;
}
